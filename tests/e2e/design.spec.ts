import { expect, test, type Page } from '@playwright/test';
import { flagship, openHydrated } from './helpers.ts';

/** Words (letters only) inside tables that the browser split across two lines, e.g. "Allowli / st". */
function brokenWordsInTables(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const table of document.querySelectorAll('main table')) {
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/[A-Za-z’']{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}

for (const width of [320, 390]) {
  test.describe(`tables on a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('never break a word in the middle', async ({ page }) => {
      for (const path of [flagship, '/allowlist/', '/practice/directory/?scenario=free', '/articles/allowlist-procore-email/']) {
        await page.goto(path);
        // Let islands render their tables as readers see them.
        await page.waitForLoadState('networkidle');
        await expect(page.locator('main table').first()).toBeVisible();
        expect(await brokenWordsInTables(page), `${path} at ${width} px`).toEqual([]);
      }
    });
  });
}

test.describe('copy and save buttons show that they worked', () => {
  // The page's clock only moves when the test says so: "Copied" stays until then, however slow the machine.
  test.beforeEach(async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.install();
  });

  test('a section link icon says "Copied" beside itself, then goes back', async ({ page }) => {
    await page.goto(flagship);
    const link = page.getByRole('link', { name: 'Copy link to section: One tool is silent' });
    const tip = () => link.evaluate((el) => getComputedStyle(el, '::after').content);
    await link.hover();
    expect(await tip()).toContain('Copy link');
    await link.click();
    await expect.poll(tip).toContain('Copied');
    await page.mouse.move(0, 0);
    await page.clock.runFor(2100);
    await expect.poll(tip).toContain('Copy link');
  });

  test('"Copy link to this step" turns into "Copied" with a check, then back', async ({ page }) => {
    await page.goto('/troubleshoot/not-receiving-email/');
    const button = page.getByRole('button', { name: 'Copy link to this step' });
    const before = await button.boundingBox();
    await button.click();
    const copied = page.getByRole('button', { name: 'Copied' });
    await expect(copied).toBeVisible();
    expect(await copied.locator('.done-label > span').evaluate((el) => getComputedStyle(el, '::before').maskImage)).toContain('svg');
    // Neither wider nor taller: the buttons beside it stay in line.
    const after = (await copied.boundingBox())!;
    expect(after.width).toBeCloseTo(before!.width, 1);
    expect(after.height).toBeCloseTo(before!.height, 1);
    await page.clock.runFor(2100);
    await expect(button).toBeVisible();
  });

  test('each allowlist row and "Copy everything" change to "Copied" without moving anything', async ({ page }) => {
    await page.goto('/allowlist/');
    const row = page.getByRole('button', { name: 'Copy procore.com' });
    const before = await row.boundingBox();
    await row.click();
    const done = page.locator('#entry-procore-domain').getByRole('button', { name: 'Copied' });
    await expect(done).toBeVisible();
    expect((await done.boundingBox())!.width).toBeCloseTo(before!.width, 0);
    const all = page.getByRole('button', { name: /^Copy everything for / });
    await all.click();
    await expect(page.locator('.allowlist__all').getByRole('button', { name: 'Copied' })).toBeVisible();
  });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the header stays under 110 px, and Menu opens the links and the theme switch', async ({ page }) => {
    await page.goto(flagship);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(110);
    await expect(page.getByRole('searchbox', { name: 'Search the help center' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Troubleshooters' })).toBeHidden();

    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('link', { name: 'Troubleshooters' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('link', { name: 'Troubleshooters' })).toBeHidden();
    await expect(menu).toBeFocused();

    // Tabbing through it and on into the page closes it, rather than leaving it open over the page.
    await menu.click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('link', { name: 'Troubleshooters' })).toBeHidden();
  });

  test('the home page shows one search box, the large one under "How can we help?"', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('searchbox').filter({ visible: true })).toHaveCount(1);
    await expect(page.getByRole('searchbox', { name: 'Describe your problem' })).toBeVisible();
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(70);
  });

  test('the search page shows one search box, its own', async ({ page }) => {
    await page.goto('/search/?q=spam');
    await expect(page.getByRole('searchbox').filter({ visible: true })).toHaveCount(1);
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toBeVisible();
  });

  test('in a guided practice exercise, the step banner spans the Directory card exactly, no wider', async ({ page }) => {
    await openHydrated(page, '/practice/directory/?scenario=setting-off');
    const banner = (await page.locator('.dir__progress').boundingBox())!;
    const card = (await page.locator('.dir__main').boundingBox())!;
    expect(banner.x).toBeGreaterThanOrEqual(card.x);
    expect(banner.x + banner.width).toBeLessThanOrEqual(card.x + card.width);
    expect(banner.width).toBeGreaterThan(card.width - 4); // edge to edge, inside the card's border
  });

  test('"On this page" is one folded line under the summary until opened', async ({ page }) => {
    await page.goto(flagship);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link', { name: 'One tool is silent' })).toBeHidden();
    expect((await toc.boundingBox())!.height).toBeLessThan(60);
    await toc.getByText('On this page').click();
    await expect(toc.getByRole('link', { name: 'One tool is silent' })).toBeVisible();
  });
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  test('the site name ends before the Menu button starts, and the header stays under 110 px', async ({ page }) => {
    await page.goto(flagship);
    const brand = (await page.locator('.site-header__brand').boundingBox())!;
    const menu = (await page.getByRole('button', { name: 'Menu' }).boundingBox())!;
    expect(brand.x + brand.width).toBeLessThanOrEqual(menu.x);
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(110);
  });

  test('in the practice Directory each person card says which setting "Via Email" is', async ({ page }) => {
    await page.goto('/practice/directory/?scenario=free');
    const row = page.getByRole('row', { name: /Dana Whitfield/ });
    await expect(row.getByText('Send This User Messages:')).toBeVisible();
  });
});

// Tablets and small laptops: one header row left the search field ~80 px wide ("Sea…") and wrapped
// "All topics" at 800 px; below 64rem the header is the phone's (Menu, search on a row of its own).
for (const width of [768, 800, 900, 1000, 1024, 1100, 1280]) {
  test(`at ${width} px the header's search field is wide enough to read and its links keep to one line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(flagship);
    const field = (await page.locator('.site-header').getByRole('searchbox', { name: 'Search the help center' }).boundingBox())!;
    expect(field.width, `search field at ${width} px`).toBeGreaterThanOrEqual(200);
    // The site name's link ends with its text: a tap beside it, short of Menu, does not go home.
    expect((await page.locator('.site-header__brand').boundingBox())!.width, `site name at ${width} px`).toBeLessThan(260);
    const menu = page.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) await menu.click();
    for (const name of ['All topics', 'Troubleshooters']) {
      const link = page.locator('.site-header').getByRole('link', { name });
      await expect(link).toBeVisible();
      // The lines its text takes: one line box per distinct top.
      const lines = await link.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect(lines, `"${name}" at ${width} px`).toBe(1);
    }
  });
}
