import { expect, test } from '@playwright/test';
import { flagship } from '../helpers.ts';

test('a reader goes from the home page to a category and on to an article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How can we help?');

  const card = page.locator('.category-card', { has: page.getByRole('link', { name: 'Email and notifications' }) });
  const countText = await card.locator('.category-card__count').innerText();
  await card.getByRole('link', { name: 'Email and notifications' }).click();

  await expect(page).toHaveURL(/\/categories\/email-and-notifications\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Email and notifications');
  const listed = page.locator('.article-list__item');
  expect(countText).toBe(`${await listed.count()} articles`);

  await page.getByRole('link', { name: "Why can't I receive email from Procore?" }).click();
  await expect(page).toHaveURL(new RegExp(`${flagship}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Why can't I receive email from Procore?");

  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
  await expect(crumbs).toHaveText(['Home', 'Email and notifications', "Why can't I receive email from Procore?"]);
  await expect(crumbs.last()).toHaveAttribute('aria-current', 'page');
  await crumbs.nth(1).click();
  await expect(page).toHaveURL(/\/categories\/email-and-notifications\/$/);
});

test('the home page lists the most useful articles first', async ({ page }) => {
  await page.goto('/');
  const popular = page.getByRole('region', { name: 'Most useful articles' }).getByRole('heading', { level: 3 });
  await expect(popular.first()).toHaveText("Why can't I receive email from Procore?");
  expect(await popular.count()).toBeGreaterThanOrEqual(3);
});

test('an article shows who it is for, when it was updated, its steps as a numbered list, related articles and a way to support', async ({ page }) => {
  await page.goto(flagship);
  await expect(page.getByRole('list', { name: 'Written for' }).first()).toContainText('Directory admins');
  await expect(page.locator('.article-meta__updated time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('heading', { name: 'Related articles' })).toBeVisible();
  const support = page.getByRole('region', { name: 'Still stuck? Contact support' });
  await expect(support.getByRole('link', { name: /Email .*Support/ })).toHaveAttribute('href', /^mailto:.+\?subject=Help%20with%3A%20/);
  // Steps are a real ordered list.
  expect(await page.locator('.steps > ol > li').count()).toBeGreaterThanOrEqual(5);
});

test('an old vendor URL lands on the article that replaced it', async ({ page }) => {
  await page.goto('/faq/why-cant-i-receive-email-from-procore');
  await page.waitForURL(`**${flagship}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Why can't I receive email from Procore?");
});

test("old section links keep working: renamed headings and the vendor page's fragments", async ({ page }) => {
  await page.goto(`${flagship}#add-procore-to-your-companys-senders-whitelist`);
  await expect(page.getByRole('heading', { name: "Nobody at your company: allowlist Procore’s senders" })).toBeInViewport();
  await page.goto('/faq/why-cant-i-receive-email-from-procore#change-the-send-this-user-messages-setting');
  await page.waitForURL(`**${flagship}#change-the-send-this-user-messages-setting`);
  await expect(page.getByRole('heading', { name: "Only you: check the ‘Send This User Messages’ setting" })).toBeInViewport();
});

test('a missing page explains itself and offers a way back', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  await expect(page.getByRole('link', { name: 'Go to the help center home' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('region', { name: 'People often look for' }).getByRole('link').first()).toBeVisible();
  await page.getByRole('link', { name: 'Go to the help center home' }).click();
  await expect(page).toHaveURL(/\/$/);
});
