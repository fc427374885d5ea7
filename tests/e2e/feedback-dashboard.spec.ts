import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { adminToken } from './feedback-helpers.ts';

const dashboard = '/support/feedback/';

async function logIn(page: Page) {
  await page.goto(dashboard);
  await page.getByLabel('Support token').fill(adminToken);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Articles: “Was this helpful?”' })).toBeVisible();
}

test('a reader’s votes on an article and a troubleshooter outcome show on the dashboard', async ({ page, browser }) => {
  test.slow();
  // The reader, in a browser of their own.
  const reader = await browser.newPage();
  await reader.goto('/articles/email-delayed-by-security-service/');
  const control = reader.getByRole('region', { name: 'Was this helpful?' });
  await control.scrollIntoViewIfNeeded();
  await control.getByRole('button', { name: 'No' }).click();
  await control.getByLabel('What were you looking for? (optional)').fill('Which quarantine setting to change');
  await control.getByRole('button', { name: 'Send comment' }).click();
  await expect(control).toContainText('Your comment was sent');

  await reader.goto('/troubleshoot/not-receiving-email/');
  await reader.getByRole('link', { name: 'Email arrives, but late or in the middle of the night' }).click();
  await reader.getByRole('link', { name: 'Overnight, for example reminders about overdue items' }).click();
  await expect(reader.getByRole('group', { name: 'Did this solve it?' })).toBeVisible();
  await reader.getByRole('button', { name: 'Yes, it’s solved' }).click();
  await expect(reader.getByText('Thanks: your answer was recorded, to help us improve this troubleshooter.')).toBeVisible();
  await reader.close();

  // Support staff.
  await logIn(page);
  const rowLinkingTo = (href: string) => page.getByRole('row').filter({ has: page.locator(`a[href="${href}"]`) });
  // Cells after the row header: Yes, No, Votes, Helpful.
  await expect(rowLinkingTo('/articles/email-delayed-by-security-service/').getByRole('cell').nth(1)).not.toHaveText('0');
  await expect(page.getByRole('listitem').filter({ hasText: 'Which quarantine setting to change' })).toBeVisible();
  // Cells after the row header: Solved, Not solved, paths.
  const outcome = page.getByRole('row').filter({ hasText: 'Overnight reminders are expected' });
  await expect(outcome.getByRole('cell').first()).not.toHaveText('0');
});

test('the dashboard asks for the token, refuses a wrong one, and keeps comments as plain text', async ({ page }) => {
  await page.goto(dashboard);
  await page.getByLabel('Support token').fill('not the token');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('That token is not right');
  await page.getByLabel('Support token').fill(adminToken);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Searches that found nothing' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Searches and what readers opened' })).toBeVisible();
  await expect(page.locator('.dash__chart canvas')).toHaveCount(1);
});

test('sorts by a column, filters by category, offers CSV downloads, and passes axe', async ({ page }) => {
  test.slow();
  await logIn(page);
  const header = page.getByRole('columnheader', { name: /Article/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const titles = await page.locator('.dash__table').first().locator('tbody th a').allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');

  await page.getByLabel('Category').selectOption({ label: 'Signing in and passwords' });
  await expect(page.locator('.dash__table').first().locator('tbody tr')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download votes (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^feedback-votes-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);

  await expectNoAxeViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('the dashboard fits the screen', async ({ page }) => {
    await logIn(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('searches that found nothing, and what a search led to, reach the dashboard', async ({ page, request }) => {
  test.slow();
  await page.goto('/search/?q=zyxwvut%20qqqjjj');
  await expect(page.locator('#search-status, [role="status"]').filter({ hasText: /no/i }).first()).toBeVisible();
  // Leaving the page sends what is batched.
  await page.goto('/search/?q=spam');
  const first = page.locator('.search-result a').first();
  await expect(first).toBeVisible();
  const opened = new URL((await first.getAttribute('href'))!, 'http://x').pathname;
  await first.click();
  await page.waitForURL((url) => url.pathname === opened);
  await expect
    .poll(async () => {
      const res = await request.get('/api/feedback/summary', { headers: { authorization: `Bearer ${adminToken}` } });
      const { searchesNothing, searchesOpened } = await res.json();
      return [searchesNothing.some((s: { query: string }) => s.query === 'zyxwvut qqqjjj'), searchesOpened.some((s: { query: string; opened: string }) => s.query === 'spam' && s.opened === opened)];
    })
    .toEqual([true, true]);
});
