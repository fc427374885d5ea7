import { expect, test } from '@playwright/test';
import { flagship } from '../helpers.ts';

test('the table of contents lists the h2/h3 headings and jumps to each one', async ({ page }) => {
  await page.goto(flagship);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  const headings = page.locator('article .heading > :is(h2, h3)[id]');
  // One entry per article heading, in the same order, each pointing at its id.
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    await headings.evaluateAll((hs) => hs.map((h) => `#${h.id}`)),
  );

  await toc.getByRole('link', { name: 'One tool is silent' }).click();
  await expect(page).toHaveURL(/#one-tool-is-silent$/);
  await expect(page.locator('#one-tool-is-silent')).toBeInViewport();
});

test('copy link to this section puts the section URL on the clipboard and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(flagship);
  await page.getByRole('link', { name: 'Copy link to section: One tool is silent' }).click();

  await expect(page.locator('#site-status')).toHaveText('Link to "One tool is silent" copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${flagship}#one-tool-is-silent`);
  await expect(page).toHaveURL(/#one-tool-is-silent$/);
});

test('every section heading has a visible copy-link control', async ({ page }) => {
  await page.goto(flagship);
  const headings = await page.locator('article .heading > :is(h2, h3)[id]').count();
  const controls = page.getByRole('link', { name: /^Copy link to section: / });
  await expect(controls).toHaveCount(headings);
  for (const control of await controls.all()) await expect(control).toBeVisible();
});

test('when the browser refuses the clipboard, the reader is told where the link is instead', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto(flagship);
  await page.getByRole('link', { name: 'Copy link to section: Find your situation' }).click();
  await expect(page.locator('#site-status')).toContainText('did not allow copying');
  await expect(page.locator('#site-status')).toContainText('address bar');
  await expect(page).toHaveURL(/#find-your-situation$/);
});

test('quick answers open and close as disclosures', async ({ page }) => {
  await page.goto(flagship);
  const question = page.getByText('Can Procore force a message into my inbox?');
  const answer = page.getByText(/Procore can send the message, but your mail system decides/);
  await expect(answer).toBeHidden();
  await question.click();
  await expect(answer).toBeVisible();
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing is wider than the screen and the outline comes before the text', async ({ page }) => {
    for (const path of ['/', '/categories/email-and-notifications/', flagship]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    const tocTop = (await page.getByRole('navigation', { name: 'On this page' }).boundingBox())!.y;
    const bodyTop = (await page.locator('article').boundingBox())!.y;
    expect(tocTop).toBeLessThan(bodyTop);
  });
});

test('on a wide desktop the outline sits beside the text', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(flagship);
  const toc = (await page.getByRole('navigation', { name: 'On this page' }).boundingBox())!;
  const body = (await page.locator('article').boundingBox())!;
  expect(toc.x).toBeGreaterThan(body.x + body.width);
});

test('printing keeps the article and drops the site chrome', async ({ page }) => {
  await page.goto(flagship);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.steps').first()).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.locator('.support')).toBeHidden();
  await expect(page.getByRole('link', { name: /^Copy link to section/ }).first()).toBeHidden();
  // Folded quick answers are printed open.
  await expect(page.getByText(/Procore can send the message, but your mail system decides/)).toBeVisible();
});
