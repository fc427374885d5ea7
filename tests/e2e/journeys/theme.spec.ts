import { expect, test, type Page } from '@playwright/test';
import { flagship } from '../helpers.ts';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const white = 'rgb(255, 255, 255)';

test('follows the system colour scheme until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(flagship);
  expect(await background(page)).not.toBe(white);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(white);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
});

test("switching back to the system's own theme follows the system again, not a pinned copy of it", async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(flagship);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('#site-status')).toContainText("Light theme on, matching your system: the site now follows your system's setting.");
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();

  // The system turns dark (say, at nightfall): the page, and the next one, follow it.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).not.toBe(white);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  expect(await background(page)).not.toBe(white);
});

test('the theme toggle is remembered across a reload and on other pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(flagship);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).not.toBe(white);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).not.toBe(white);

  await page.goto('/');
  expect(await background(page)).not.toBe(white);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  expect(await background(page)).toBe(white);
});

test('a theme chosen in one tab applies to the tabs already open', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(flagship);
  }
  await first.getByRole('button', { name: 'Dark theme' }).click();
  await expect(second.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background(second)).not.toBe(white);
  await first.getByRole('button', { name: 'Dark theme' }).click();
  await expect(second.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  expect(await background(second)).toBe(white);
});

test('with storage blocked the toggle still works and says it will not be remembered', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(flagship);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await background(page)).not.toBe(white);
  await expect(page.locator('#site-status')).toContainText('Dark theme on for this page only');
  await expect(page.locator('#site-status')).toContainText('will not be remembered');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the article reads normally, the toggle is hidden and section links are plain links', async ({ page }) => {
    await page.goto(flagship);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#theme-toggle')).toBeHidden();
    // Without the script that copies, the control is named for what it does: a link to the section.
    await page.getByRole('link', { name: 'Link to section: One tool is silent', exact: true }).click();
    await expect(page).toHaveURL(/#one-tool-is-silent$/);
  });
});
