import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './helpers.ts';
import { articleVotes } from './feedback-helpers.ts';

type Page = import('@playwright/test').Page;
const control = (page: Page) => page.getByRole('region', { name: 'Was this helpful?' });

/** Opens an article and scrolls to its feedback control, which hydrates when it comes into view. */
async function openControl(page: Page, url: string) {
  await page.goto(url);
  await control(page).scrollIntoViewIfNeeded();
  await expect(control(page)).not.toHaveAttribute('data-state', 'static');
}

test.describe('"Was this helpful?" on articles', () => {
  test('a "No" is counted, offers a comment and the support route, and is remembered for the day', async ({ page, request }) => {
    test.slow();
    const article = 'password-reset-email-not-arriving';
    const before = await articleVotes(request, article);
    const errors = collectErrors(page);
    await openControl(page, `/articles/${article}/`);
    // While the reader can answer, the way to support stays next to the buttons.
    await expect(control(page).getByRole('link', { name: /contact .*support/i })).toBeVisible();
    await control(page).getByRole('button', { name: 'No' }).focus();
    await page.keyboard.press('Enter');
    await expect(control(page)).toContainText('Thank you for telling us');
    // The buttons are gone: focus moves on to the comment box rather than being lost.
    await expect(control(page).getByLabel('What were you looking for? (optional)')).toBeFocused();
    await expect(control(page).getByRole('link', { name: /contact .*support/i }).first()).toHaveAttribute('href', '#support-heading');
    const box = control(page).getByLabel('What were you looking for? (optional)');
    await expect(box).toHaveAttribute('maxlength', '1000');
    await expect(control(page)).toContainText('do not include personal data');
    await box.fill('Nothing about single sign-on');
    await control(page).getByRole('button', { name: 'Send comment' }).click();
    await expect(control(page)).toContainText('Your comment was sent');
    await expect(control(page).getByRole('status')).toBeFocused();
    expect((await articleVotes(request, article)).no).toBe(before.no + 1);
    await expectNoAxeViolations(page);

    await page.reload();
    await openControl(page, page.url());
    await expect(control(page)).toContainText('You already answered for this page today');
    await expect(control(page).getByRole('button', { name: 'Yes' })).toHaveCount(0);
    // A reader who answered "No" and comes back still has the way to support.
    await expect(control(page).getByRole('link', { name: /contact .*support/i })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a reader who answered “No” and comes back the same day can still add the comment, once', async ({ page, request }) => {
    const article = 'email-arrives-overnight';
    const before = await articleVotes(request, article);
    await openControl(page, `/articles/${article}/`);
    await control(page).getByRole('button', { name: 'No' }).click();
    await expect(control(page).getByLabel('What were you looking for? (optional)')).toBeVisible();

    await page.reload();
    await openControl(page, page.url());
    await expect(control(page)).toContainText('You answered “No” for this page earlier today');
    await expect(control(page).getByRole('button', { name: 'No' })).toHaveCount(0);
    await control(page).getByLabel('What were you looking for? (optional)').fill('Which time zone the reminders use');
    await control(page).getByRole('button', { name: 'Send comment' }).click();
    await expect(control(page)).toContainText('Your comment was sent');
    // Still one vote: the comment joined the "No" given before the reload.
    expect((await articleVotes(request, article)).no).toBe(before.no + 1);

    await page.reload();
    await openControl(page, page.url());
    await expect(control(page)).toContainText('You already answered for this page today');
    await expect(control(page).getByLabel('What were you looking for? (optional)')).toHaveCount(0);
  });

  test('a double click sends one vote', async ({ page, request }) => {
    const article = 'email-arrives-overnight';
    const before = await articleVotes(request, article);
    await openControl(page, `/articles/${article}/`);
    await expect(control(page).getByRole('button', { name: 'Yes' })).toBeEnabled();
    await control(page).getByRole('button', { name: 'Yes' }).dblclick();
    await expect(control(page)).toContainText('Thank you! Your answer helps');
    expect((await articleVotes(request, article)).yes).toBe(before.yes + 1);
  });

  test('works when the browser blocks storage (it just is not remembered)', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await openControl(page, '/articles/send-this-user-messages-setting/');
    await control(page).getByRole('button', { name: 'Yes' }).click();
    await expect(control(page)).toContainText('Thank you! Your answer helps');
  });

  test('says plainly when the feedback service cannot be reached, and offers support', async ({ page }) => {
    await page.route('**/api/feedback/**', (route) => route.abort('connectionrefused'));
    await openControl(page, '/articles/who-to-ask-employee-or-collaborator/');
    await expect(control(page)).toContainText('Feedback cannot be sent right now');
    await expect(control(page).getByRole('link', { name: /contact .*support/i })).toBeVisible();
    await expect(control(page).getByRole('button')).toHaveCount(0);
  });

  test('says when a vote could not be sent, and lets the reader try again', async ({ page }) => {
    await openControl(page, '/articles/allowlist-procore-email/');
    await expect(control(page).getByRole('button', { name: 'Yes' })).toBeEnabled();
    await page.route('**/api/feedback/votes/**', (route) => route.abort('connectionrefused'));
    await control(page).getByRole('button', { name: 'Yes' }).click();
    await expect(control(page)).toContainText('Your answer could not be sent');
    await page.unroute('**/api/feedback/votes/**');
    await control(page).getByRole('button', { name: 'Yes' }).click();
    await expect(control(page)).toContainText('Thank you! Your answer helps');
  });
});

test.describe('on a phone, before scrolling down', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the control that has not loaded yet (it waits until it scrolls into view) does not claim JavaScript is off', async ({ page }) => {
    await page.goto('/articles/make-sure-project-email-reaches-everyone/');
    await expect(control(page)).toHaveAttribute('data-state', 'static');
    await expect(control(page).getByText('Answering needs JavaScript')).toBeHidden();
    await expect(control(page).getByRole('link', { name: /contact .*support/i })).toBeAttached();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the article says voting needs JavaScript and offers support, with no dead buttons', async ({ page }) => {
    await page.goto('/articles/make-sure-project-email-reaches-everyone/');
    await expect(control(page).getByText('Answering needs JavaScript, which is off in this browser.')).toBeVisible();
    await expect(control(page).getByRole('button')).toHaveCount(0);
    await expect(control(page).getByRole('link', { name: /contact .*support/i })).toHaveAttribute('href', '#support-heading');
  });
});
