import { expect, test } from '@playwright/test';
import { flagship, focused } from '../helpers.ts';

test('the first Tab shows a skip link that moves focus to the main content', async ({ page }) => {
  await page.goto(flagship);
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  expect(skip).toMatchObject({ tag: 'a', text: 'Skip to main content', outline: true, onScreen: true });

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  expect((await focused(page))?.id).toBe('main');
  // The next Tab lands inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
});

test('a keyboard-only reader reaches an article from the home page, with focus always visible', async ({ page }) => {
  await page.goto('/');
  let target = null;
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now?.outline, `focus on ${now?.tag} "${now?.text}" has no visible outline`).toBe(true);
    if (now?.text === 'Email and notifications') {
      target = now;
      break;
    }
  }
  expect(target, 'the category link was never reached with Tab').not.toBeNull();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/categories\/email-and-notifications\/$/);

  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now?.outline, `focus on ${now?.tag} "${now?.text}" has no visible outline`).toBe(true);
    if (now?.href === flagship) break;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${flagship}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Why can't I receive email from Procore?");
});

test('the theme toggle and copy-link controls work from the keyboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(flagship);
  await page.getByRole('button', { name: 'Dark theme' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');

  await page.getByRole('link', { name: 'Copy link to section: Find your situation' }).focus();
  expect((await focused(page))?.outline).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#site-status')).toHaveText('Link to "Find your situation" copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${flagship}#find-your-situation`);
});
