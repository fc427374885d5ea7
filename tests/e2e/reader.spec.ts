import { expect, test, type Page } from '@playwright/test';
import { flagship, openHydrated } from './helpers.ts';

// What a first-time reader noticed on the built site, each checked where they saw it.

/** The page's visible text (no code, no hidden parts) with every straight quote in it, in context. */
function straightQuotes(page: Page) {
  return page.evaluate(() => {
    const hits: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (el.closest('code, pre, kbd, script, style, [hidden], [aria-hidden="true"]') || !el.checkVisibility()) continue;
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/['"]/g)) hits.push(text.slice(Math.max(0, m.index - 25), m.index + 25).trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value && /['"]/.test(value)) hits.push(`${name}: ${value}`);
      }
    }
    return hits;
  });
}

test.describe('typographic quotes', () => {
  for (const path of ['/', flagship, '/allowlist/', '/troubleshoot/', '/troubleshoot/not-receiving-email/check-setting/', '/troubleshoot/not-receiving-email/map/', '/practice/directory/', '/practice/directory/?scenario=collaborator', '/categories/email-and-notifications/', '/no-such-page/']) {
    test(`no straight quotes in what ${path} shows`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await straightQuotes(page)).toEqual([]);
    });
  }
});

test('the troubleshooters index says how many questions a reader may face, not how the tree is built', async ({ page }) => {
  await page.goto('/troubleshoot/');
  const card = page.locator('.article-list__item').first();
  await expect(card).toContainText(/At most \d+ questions before you reach a fix/);
  await expect(card).not.toContainText('possible answers');
  // The article's card makes the same promise, and no bigger one: a fix that did not work leads on to further steps.
  await page.goto('/articles/why-cant-i-receive-email/');
  await expect(page.locator('.link-card__eyebrow', { hasText: 'Not sure which is yours?' })).toContainText(/At most \d+ questions to a first fix$/);
});

test('after “Only me”, the next steps do not talk about “the person”', async ({ page }) => {
  // Steps are numbered by the island from the walk: answer once it has loaded (before, the links are plain pages).
  await openHydrated(page, '/troubleshoot/not-receiving-email/');
  await page.getByRole('link', { name: 'Only me, or a few people at my company' }).click();
  await page.getByRole('link', { name: 'Yes, I’m a Directory admin' }).click();
  const step = page.locator('.ts__step');
  await expect(step.getByRole('heading')).toContainText('Step 3');
  await expect(step).not.toContainText('the person');
  await step.getByRole('link', { name: 'Via Email' }).click();
  await expect(step.getByRole('heading')).toContainText('Step 4');
  await expect(step).not.toContainText('the person');
});

test.describe('keyboard hints', () => {
  test('show with a mouse and keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const key = page.locator('.site-search__key').first();
    await expect(key).toBeVisible();
    // Inside the field, clear of its border: not straddling its edge.
    const field = (await page.locator('#site-search').boundingBox())!;
    const hint = (await key.boundingBox())!;
    expect(hint.x).toBeGreaterThan(field.x);
    expect(hint.x + hint.width).toBeLessThanOrEqual(field.x + field.width - 4);
  });

  test.describe('on a touch screen', () => {
    test.use({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true });
    test('are left out, in the header and in the search dialog', async ({ page }) => {
      // An article: on a tablet the home page shows only its own large search box, not the header's.
      await page.goto(flagship);
      await expect(page.locator('.site-search__key').first()).toBeHidden();
      await page.getByRole('searchbox', { name: 'Search the help center' }).first().fill('spam');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByText('Esc to close')).toBeHidden();
    });
  });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the breadcrumb’s last item wraps under its own text, not under the “›”', async ({ page }) => {
    await page.goto('/articles/who-to-ask-employee-or-collaborator/');
    const last = page.locator('.breadcrumbs [aria-current="page"]');
    const lines = await last.evaluate((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.left));
    });
    const item = await last.evaluate((a) => Math.round(a.parentElement!.getBoundingClientRect().left));
    // Every line of the link starts at the same x, to the right of the item's "›".
    expect(lines.length).toBeGreaterThan(1);
    expect(new Set(lines).size).toBe(1);
    expect(lines[0]).toBeGreaterThan(item);
  });
});

test('the Directory’s exercise chooser offers practice test emails, labelled as a practice aid', async ({ page }) => {
  await page.goto('/practice/directory/');
  const free = page.locator('.dir__choice').filter({ hasText: 'Explore freely' });
  await expect(free).toContainText('practice test emails');
  await expect(free).not.toContainText(/\bsend test emails/);
  await expect(free.getByRole('link')).toHaveAttribute('href', '/practice/directory/?scenario=free');
});

test('the practice Directory’s Save button itself says “Saved”, then the list comes back with “Saved” on Edit', async ({ page }) => {
  // The page's clock only moves when the test says so, however slow the machine.
  await page.clock.install();
  await page.goto('/practice/directory/?scenario=free');
  await page.getByRole('button', { name: 'Edit Avery Collins' }).click();
  await page.getByLabel(/^Job Title/).fill('Project Executive II');
  await page.getByRole('button', { name: 'Save' }).click();
  const form = page.locator('.dir__edit form');
  await expect(form.getByRole('button', { name: 'Saved' })).toBeVisible();
  await page.clock.runFor(1100);
  await expect(page.getByRole('button', { name: 'Saved' })).toHaveAttribute('id', 'dir-edit-p01');
  await expect(page.getByRole('button', { name: 'Saved' })).toBeFocused();
});

test.describe('the flagship on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('is about 6,000 px long: the answer first, then cards to the troubleshooter, sender list and practice Directory', async ({ page }) => {
    await page.goto(flagship);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(6200);
    const main = page.locator('main');
    // The first thing under the summary is the answer: what to check for each situation.
    await expect(main.locator('.prose > p').first()).toContainText('your own Directory profile');
    await expect(main.locator('.prose h2').first()).toHaveText('Find your situation');
    await expect(main.locator('.prose table')).toHaveCount(1);
    // Cards, not embedded islands, and each card opens its own page.
    await expect(main.locator('astro-island')).toHaveCount(0);
    await expect(main.locator('[data-island="FeedbackControl"]')).toHaveCount(1); // the feedback control, loaded when it scrolls into view
    await expect(page.locator('#troubleshooter').getByRole('link', { name: 'Start the troubleshooter' })).toHaveAttribute('href', '/troubleshoot/not-receiving-email/');
    await expect(main.getByRole('link', { name: 'Open the sender allowlist' })).toHaveAttribute('href', '/allowlist/');
    await expect(main.getByRole('link', { name: 'Start the exercise' })).toHaveAttribute('href', '/practice/directory/?scenario=setting-off');
  });
});

test.describe('the allowlist page', () => {
  test('carries one mail system’s texts, and fetches another’s when the reader chooses it', async ({ page, request }) => {
    const html = await (await request.get('/allowlist/')).text();
    expect(html.length).toBeLessThan(40_000);
    await page.goto('/allowlist/');
    const fetched = page.waitForRequest('**/allowlist/formats/mimecast.json');
    await page.getByLabel('My mail system').selectOption('mimecast');
    await fetched;
    await expect(page.getByRole('button', { name: /^Copy everything for Mimecast/ })).toBeEnabled();
  });

  test('says so, and keeps the list usable, when a system’s texts cannot be fetched', async ({ page }) => {
    await page.route('**/allowlist/formats/*.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/allowlist/');
    await page.getByLabel('My mail system').selectOption('barracuda');
    await expect(page.getByRole('note').filter({ hasText: 'could not be loaded (the server answered 404)' })).toBeVisible();
    await expect(page.getByLabel('My mail system')).toHaveValue('plain');
    await expect(page.getByRole('button', { name: 'Copy everything for Plain list' })).toBeEnabled();
  });
});

/** Each long value's lines as the reader sees them (a value is split into pieces with a <wbr> between). */
function valueLines(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((values) =>
    values.map((value) => {
      const lines = new Map<number, string>();
      for (const node of value.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const top = Math.round(range.getClientRects()[0]!.top);
        lines.set(top, (lines.get(top) ?? '') + node.textContent);
      }
      return [...lines.values()];
    }),
  );
}

for (const width of [320, 390]) {
  test.describe(`long values on a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true });

    test('host names, addresses and emails wrap only before a separator, never after a dot', async ({ page }) => {
      await page.goto('/allowlist/');
      const values = await valueLines(page, '.allowlist__value');
      await page.goto('/practice/directory/?scenario=free');
      await expect(page.getByText('20 of 20 people')).toBeVisible();
      const emails = await valueLines(page, '.dir__email');
      const all = [...values, ...emails];
      expect(all.length).toBeGreaterThan(20);
      const badEnds = all.filter((lines) => lines.slice(0, -1).some((line) => /[.@/-]$/.test(line)));
      expect(badEnds).toEqual([]);
      if (width === 390) expect(values.filter((lines) => lines.length > 1)).toEqual([]);
    });
  });
}

test('a mention on the troubleshooter map names the step it links to, as that step’s own entry does', async ({ page }) => {
  await page.goto('/troubleshoot/not-receiving-email/map/');
  const refs = await page.locator('.map-ref').all();
  expect(refs.length).toBeGreaterThan(3);
  for (const ref of refs) {
    const id = (await ref.getAttribute('href'))!.slice(1);
    const step = await page.locator(`[id="${id}"] > .map-node__title .map-node__step`).textContent();
    await expect(ref).toContainText(`(${step})`);
  }
  await expect(page.locator('main')).not.toContainText('see above');
});

test.describe('an article on a wide screen, with the keyboard', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('after the breadcrumbs, Tab reaches the contents and then the article; the category’s side navigation, drawn on the left, comes after the article', async ({ page }) => {
    await page.goto(flagship);
    const side = page.getByRole('navigation', { name: 'Email and notifications' });
    const body = page.locator('.article-layout__body');
    // Drawn to the left of the article...
    const [sideBox, bodyBox] = [await side.boundingBox(), await body.boundingBox()];
    expect(sideBox!.x + sideBox!.width).toBeLessThanOrEqual(bodyBox!.x);
    // ...but reached after it: from the skip link, the article's first link comes before the side navigation's first link.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    const reached: string[] = [];
    for (let i = 0; i < 40 && !reached.includes('side'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => (document.activeElement?.closest('.article-layout__side') ? 'side' : document.activeElement?.closest('.article-layout__body') ? 'body' : document.activeElement?.closest('.article-layout__toc') ? 'toc' : 'other')));
    }
    expect(reached.indexOf('toc')).toBeGreaterThan(-1);
    expect(reached.indexOf('body')).toBeGreaterThan(reached.indexOf('toc'));
    const firstSide = reached.indexOf('side');
    expect(firstSide === -1 || firstSide > reached.indexOf('body')).toBe(true);
  });
});
