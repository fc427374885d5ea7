import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, focused } from './helpers.ts';

// Loading Pagefind's WebAssembly can take a few seconds on a busy 2-core CI machine.
test.describe.configure({ timeout: 60_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const page0 = '/articles/email-arrives-overnight/';
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the help center' });
const options = (page: Page) => dialog(page).getByRole('option');

async function searchFor(page: Page, text: string) {
  await page.goto(page0);
  await page.getByRole('searchbox', { name: 'Search the help center' }).first().fill(text);
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).locator('[data-search-status]')).toContainText(`for “${text}”`);
}

test('the troubleshooter itself is found by what readers call the problem, under its own title', async ({ page }) => {
  await searchFor(page, 'not getting email');
  const option = options(page).filter({ has: page.locator('.search-result__title', { hasText: /^Not receiving email from Procore\?$/ }) }).filter({ has: page.locator('.search-result__kind', { hasText: /^Troubleshooter$/ }) });
  await expect(option).toHaveCount(1);
  await expect(option).toHaveAttribute('data-url', /\/troubleshoot\/not-receiving-email\/$/);
});

test('"whitelist" finds the allowlist article', async ({ page }) => {
  await searchFor(page, 'whitelist');
  await expect(options(page).filter({ hasText: 'Allowlist Procore’s email senders in your mail system' })).toHaveCount(1);
});

test('each result says what kind of page it is, so an article and a troubleshooter step with similar titles are told apart', async ({ page }) => {
  await searchFor(page, 'allowlist');
  const article = options(page).filter({ hasText: 'Allowlist Procore’s email senders in your mail system' });
  await expect(article.locator('.search-result__kind')).toHaveText('Article');
  await expect(dialog(page).locator('[role="option"][data-url^="/troubleshoot/"] .search-result__kind').first()).toHaveText('Troubleshooter step');
  await expect(dialog(page).locator('[role="option"][data-url="/allowlist/"] .search-result__kind')).toHaveText('Tool');
});

test('Enter with nothing highlighted opens the first result', async ({ page }) => {
  await searchFor(page, 'password reset');
  const target = (await options(page).first().getAttribute('data-url'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
});

test('"password reset" finds the reset article first, with the words highlighted', async ({ page }) => {
  await searchFor(page, 'password reset');
  const first = options(page).first();
  await expect(first.locator('.search-result__title')).toHaveText('The password reset email never arrived');
  await expect(first).toHaveAttribute('data-url', /^\/articles\/password-reset-email-not-arriving\/(#[a-z-]+)?$/);
  await expect(first.locator('mark').first()).toBeVisible();
});

test('"spam" and Enter open the article section about spam folders, not a question from the middle of a troubleshooter', async ({ page }) => {
  await searchFor(page, 'spam');
  await expect(options(page).first()).toHaveAttribute('data-url', '/articles/why-cant-i-receive-email/#also-check-your-spam-and-junk-folders');
  // A troubleshooter's later questions are not search results: found alone, they have no context.
  await expect(dialog(page).locator('[role="option"][data-url="/troubleshoot/not-receiving-email/reset-checked-spam/"]')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\/why-cant-i-receive-email\/#also-check-your-spam-and-junk-folders$/);
});

test('a question about spam leads into the section about spam, not the one that says “email” most often', async ({ page }) => {
  await searchFor(page, 'emails going to spam');
  const flagship = options(page).filter({ has: page.locator('.search-result__title', { hasText: 'Why can’t I receive email from Procore?' }) });
  await expect(flagship).toHaveAttribute('data-url', '/articles/why-cant-i-receive-email/#also-check-your-spam-and-junk-folders');
  await expect(flagship.locator('mark', { hasText: /^spam/i }).first()).toBeVisible();
});

test('a result on the page the reader is on closes the dialog and shows the section, by click or by Enter', async ({ page }) => {
  const section = '#also-check-your-spam-and-junk-folders';
  for (const how of ['Enter', 'click'] as const) {
    await page.goto('/articles/why-cant-i-receive-email/');
    await page.getByRole('searchbox', { name: 'Search the help center' }).first().fill('spam');
    await expect(options(page).first()).toHaveAttribute('data-url', `/articles/why-cant-i-receive-email/${section}`);
    if (how === 'Enter') await page.keyboard.press('Enter');
    else await options(page).first().click();
    await expect(dialog(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${section}$`));
    const heading = page.locator(section);
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  }
});

test('a question one of the quick answers answers leads to that answer, unfolded', async ({ page }) => {
  await searchFor(page, 'is allowlist the same as whitelist');
  const first = options(page).first();
  await expect(first).toHaveAttribute('data-url', '/articles/allowlist-procore-email/#faq-is-an-allowlist-the-same-as-a-whitelist');
  await expect(first).toContainText('Is an allowlist the same as a whitelist?');
  await page.keyboard.press('Enter');
  const answer = page.locator('#faq-is-an-allowlist-the-same-as-a-whitelist');
  await expect(answer).toHaveAttribute('open', '');
  await expect(answer.getByText('Allowlist is the current name')).toBeVisible();
});

test('"not getting emails" finds the flagship article or the troubleshooter', async ({ page }) => {
  await searchFor(page, 'not getting emails');
  const urls = await options(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
  expect(urls.some((u) => u!.startsWith('/articles/why-cant-i-receive-email/') || u!.startsWith('/troubleshoot/'))).toBe(true);
});

test('an IP address from the sender list finds the allowlist page', async ({ page, request }) => {
  const senders = await (await request.get('/senders.json')).json();
  const ip = senders.entries.find((e: { kind: string }) => e.kind === 'ipv4').value.split('/')[0].split('.').slice(0, 3).join('.');
  await searchFor(page, ip);
  await expect(options(page).first()).toHaveAttribute('data-url', /^\/allowlist\/#ip-addresses$/);
  // Each mail system's page shows the same values, but is not a result for them.
  await expect(options(page).and(page.locator('[data-url^="/allowlist/"]:not([data-url^="/allowlist/#"])'))).toHaveCount(0);
});

test('a mail system’s name finds its own allowlist page, labelled as such', async ({ page }) => {
  await searchFor(page, 'mimecast');
  await expect(options(page).first()).toHaveAttribute('data-url', /^\/allowlist\/mimecast\/(#[a-z-]+)?$/);
  await expect(options(page).first().locator('.search-result__kind')).toHaveText('Allowlist format');
});

for (const q of ['allow list', 'sender list', 'ip addresses']) {
  test(`"${q}" ranks the sender allowlist above every mail system’s own page (their settings’ generic names are not indexed)`, async ({ page }) => {
    await searchFor(page, q);
    const urls = await options(page).evaluateAll((all) => all.map((o) => (o.getAttribute('data-url') ?? '').split('#')[0]));
    const tool = urls.indexOf('/allowlist/');
    const firstSystem = urls.findIndex((u) => /^\/allowlist\/[a-z-]+\/$/.test(u!));
    expect(tool).toBeGreaterThanOrEqual(0);
    if (firstSystem >= 0) expect(tool).toBeLessThan(firstSystem);
  });
}

test('"allowlist" puts the article and the sender allowlist before the troubleshooter steps that point to them', async ({ page }) => {
  await searchFor(page, 'allowlist');
  const urls = await options(page).evaluateAll((all) => all.map((o) => (o.getAttribute('data-url') ?? '').split('#')[0]));
  expect(urls.slice(0, 2).sort()).toEqual(['/allowlist/', '/articles/allowlist-procore-email/']);
});

test('keyboard: "/" opens the dialog, arrows move, Enter opens, Escape closes and returns focus', async ({ page }) => {
  await page.goto(page0);
  await page.getByRole('button', { name: 'Dark theme' }).focus();
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Search the help center' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type('allowlist');
  // Wait for the last search's results, so a slower earlier one cannot redraw the list under the arrows.
  await expect(dialog(page).locator('[data-search-status]')).toContainText('for “allowlist”');
  await expect(options(page).first()).toBeVisible();
  // "↵" marks the result Enter opens: the first, until the arrows choose another.
  const marked = (n: number) => options(page).nth(n).locator('.search-result__title').evaluate((el) => getComputedStyle(el, '::after').content.includes('↵'));
  expect([await marked(0), await marked(1)]).toEqual([true, false]);
  const combobox = page.getByRole('combobox', { name: 'Search the help center' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = options(page).nth(1);
  expect([await marked(0), await marked(1)]).toEqual([false, true]);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(combobox).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  const target = (await second.getAttribute('data-url'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
});

test('a filter narrows the results, with counts', async ({ page }) => {
  await searchFor(page, 'email');
  const before = await options(page).count();
  await dialog(page).getByText('Filters', { exact: true }).click();
  const box = dialog(page).getByRole('checkbox', { name: /^Signing in and passwords \(\d+\)$/ });
  const expected = Number((await box.locator('xpath=..').innerText()).match(/\((\d+)\)/)![1]);
  await box.check();
  await expect(dialog(page).locator('[data-search-status]')).toContainText('with the chosen filters');
  await expect(options(page)).toHaveCount(expected);
  expect(expected).toBeLessThan(before);
  for (const url of await options(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-url')))) expect(url).toMatch(/^\/articles\/password-reset/);
});

test('no search JavaScript or index is requested before the field is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(page0);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('search-client') || p.startsWith('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search the help center' }).first().focus();
  await expect.poll(() => requested.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
  expect(requested).toContain('/search-client.js');
});

test('/search/?q=spam shows results on load, and the URL follows the filters', async ({ page }) => {
  await page.goto('/search/?q=spam');
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('spam');
  await expect(page.locator('#search-page .search-result a').first()).toBeVisible();
  await expect(page.locator('#search-page [data-search-status]')).toContainText('for “spam”');
  await page.getByRole('checkbox', { name: /^Troubleshooter/ }).check();
  await expect(page).toHaveURL(/\/search\/\?q=spam&category=Troubleshooter$/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Troubleshooter/ })).toBeChecked();
  for (const href of await page.locator('#search-page .search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/troubleshoot\//);
});

test('the search page reaches every result it counts: twenty at first, then “Show more”', async ({ page }) => {
  await page.goto('/search/?q=email');
  const status = page.locator('#search-page [data-search-status]');
  await expect(status).toContainText('for “email”');
  const total = Number((await status.textContent())!.match(/(\d+) results/)![1]);
  expect(total).toBeGreaterThan(20); // the real site's content: a search this broad finds more than a batch
  const links = page.locator('#search-page .search-result a');
  await expect(links).toHaveCount(20);
  const more = page.getByRole('button', { name: `Show ${Math.min(total - 20, 20)} more results` });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(links).toHaveCount(Math.min(total, 40));
  await expect(links.nth(20)).toBeFocused();
  if (total <= 40) await expect(more).toBeHidden();
});

test('nothing found suggests the troubleshooter, the sender allowlist and the top articles', async ({ page }) => {
  await searchFor(page, 'xylophone');
  await expect(dialog(page).locator('[data-search-status]')).toHaveText('No results for “xylophone”.');
  await expect(dialog(page).getByRole('link', { name: 'Troubleshooter: not receiving email?' })).toBeVisible();
  await expect(dialog(page).getByRole('link', { name: 'Sender allowlist, in your mail system’s form' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header field is a form that opens the search page, which links to help', async ({ page }) => {
    await page.goto(page0);
    // No "/" shortcut hint: nothing would answer the key.
    await expect(page.locator('.site-search__key').first()).toBeHidden();
    await page.getByRole('searchbox', { name: 'Search the help center' }).fill('spam');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=spam$/);
    await expect(page.getByRole('link', { name: 'Troubleshooter: not receiving email?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sender allowlist, in your mail system’s form' })).toHaveAttribute('href', '/allowlist/');
    await expect(page.getByRole('link', { name: 'Why can’t I receive email from Procore?' })).toBeVisible();
    // It says why it shows no results, instead of "Try other words".
    await expect(page.getByText('Searching needs JavaScript, which is off in this browser.')).toBeVisible();
    await expect(page.getByText('Try other words')).toBeHidden();
    // That message follows the search field closely: no gap for the status and results that stay empty.
    const form = (await page.locator('#search-page form').boundingBox())!;
    const message = (await page.getByText('Searching needs JavaScript, which is off in this browser.').boundingBox())!;
    expect(message.y - (form.y + form.height)).toBeLessThan(40);
  });
});

test('axe finds no violations with the dialog open, or on the search page', async ({ page }) => {
  await searchFor(page, 'password');
  await page.keyboard.press('ArrowDown');
  await expectNoAxeViolations(page);
  await page.goto('/search/?q=allowlist');
  await expect(page.locator('#search-page .search-result').first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await focused(page))?.tag).not.toBe('dialog');
});

test('axe finds no violations with the dialog open in dark colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await searchFor(page, 'email');
  await dialog(page).getByText('Filters', { exact: true }).click();
  await dialog(page).getByRole('checkbox').first().check();
  await expectNoAxeViolations(page);
});

test('a question with a word no page uses still finds pages, and says so', async ({ page }) => {
  await searchFor(page, 'xylophone spam folder');
  await expect(dialog(page).locator('[data-search-status]')).toContainText('No page has every word; showing pages that match most of them.');
  await expect(options(page).first()).toBeVisible();
  await expect(dialog(page).getByRole('link', { name: 'Troubleshooter: not receiving email?' })).toBeHidden();
});

test('snippets come from the body text: no keyword list, no highlighted stop words', async ({ page }) => {
  await searchFor(page, 'locked out');
  const reset = options(page).filter({ hasText: 'The password reset email never arrived' });
  await expect(reset.locator('.search-result__excerpt')).not.toBeEmpty();
  await expect(reset.locator('.search-result__excerpt')).not.toContainText('forgot password, reset email');
  await page.getByRole('combobox', { name: 'Search the help center' }).fill('at night');
  await expect(dialog(page).locator('[data-search-status]')).toContainText('for “at night”');
  await expect(options(page).locator('mark').first()).toBeVisible();
  expect((await options(page).locator('mark').allInnerTexts()).map((t) => t.toLowerCase())).not.toContain('at');
});

test('the dialog is drawn only when search is first used', async ({ page, request }) => {
  const html = await (await request.get(page0)).text();
  expect(html).not.toContain('search-dialog');
  await page.goto(page0);
  await expect(page.locator('dialog')).toHaveCount(0);
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
});

test('Esc closes the dialog at once, even with text typed, and a second Esc does not open it again', async ({ page }) => {
  await searchFor(page, 'spam');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  // Focus is back in the header field, which holds what was typed; Esc there clears it, nothing more.
  const header = page.getByRole('searchbox', { name: 'Search the help center' }).first();
  await expect(header).toBeFocused();
  await expect(header).toHaveValue('spam');
  await page.keyboard.press('Escape');
  await expect(header).toHaveValue('');
  await expect(dialog(page)).toBeHidden();
});

test('opened first with "/", then closed: a second Esc clears the header field and opens nothing', async ({ page }) => {
  await page.goto(page0);
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type('spam');
  await expect(dialog(page).locator('[data-search-status]')).toContainText('for “spam”');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  const header = page.getByRole('searchbox', { name: 'Search the help center' }).first();
  await expect(header).toHaveValue('spam');
  // The "/" hint is for reaching the field; in it, "/" types a slash.
  await expect(page.locator('.site-search__key').first()).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(header).toHaveValue('');
  // Give a wrongly reopened dialog the time to show.
  await page.waitForTimeout(300);
  await expect(dialog(page)).toBeHidden();
});

test('reopened with its shortcut, the last search comes back selected: typing starts a new one', async ({ page }) => {
  await page.goto(page0);
  await page.keyboard.press('/');
  await page.keyboard.type('not getting email');
  await expect(dialog(page).locator('[data-search-status]')).toContainText('for “not getting email”');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('Control+k');
  const combobox = page.getByRole('combobox', { name: 'Search the help center' });
  await expect(combobox).toHaveValue('not getting email');
  await page.keyboard.type('spam');
  await expect(combobox).toHaveValue('spam');
  await expect(dialog(page).locator('[data-search-status]')).toContainText('for “spam”');
});

test('the search page opened with a query says it is searching, and offers no "try other words" before its results', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/search/?q=spam');
  const status = page.locator('#search-page [data-search-status]');
  await expect(status).toHaveText('Searching…');
  await expect(page.getByText('Try other words, or start from one of these:')).toBeHidden();
  await expect(page.locator('#search-page .search-result').first()).toBeVisible();
  await expect(status).toContainText('for “spam”');
  await expect(page.getByText('Try other words, or start from one of these:')).toBeHidden();
});

test('if search cannot load, the search page says so and offers its starting points', async ({ page }) => {
  await page.route('**/search-client.js', (route) => route.abort());
  await page.goto('/search/?q=spam');
  await expect(page.locator('#search-page [data-search-status]')).toContainText('Search is not available right now');
  await expect(page.getByText('Try other words, or start from one of these:')).toBeVisible();
});

test('reopened, the dialog starts from the top of its results', async ({ page }) => {
  await page.goto(page0);
  await page.keyboard.press('/');
  await page.keyboard.type('email');
  await expect(dialog(page).locator('[data-search-status]')).toContainText('for “email”');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowDown');
  const list = dialog(page).locator('[data-search-results]');
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(options(page).first()).toBeInViewport();
  expect(await list.evaluate((el) => el.scrollTop)).toBe(0);
});

test('what was typed in the header field moves into the dialog, every letter', async ({ page }) => {
  await page.route('**/search-client.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(page0);
  const header = page.getByRole('searchbox', { name: 'Search the help center' }).first();
  await header.click();
  await header.pressSequentially('quarantine', { delay: 60 });
  const combobox = page.getByRole('combobox', { name: 'Search the help center' });
  await expect(combobox).toHaveValue('quarantine');
  await expect(combobox).toBeFocused();
  await expect(header).toHaveValue('');
  await page.keyboard.type(' folder');
  await expect(combobox).toHaveValue('quarantine folder');
});

for (const shortcut of ['/', 'Control+k']) {
  test(`typing straight after ${shortcut} keeps every keystroke while search loads slowly`, async ({ page }) => {
    await page.route('**/search-client.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(page0);
    await page.keyboard.press(shortcut);
    await page.keyboard.type('quarantine', { delay: 60 });
    const combobox = page.getByRole('combobox', { name: 'Search the help center' });
    await expect(combobox).toHaveValue('quarantine');
    await expect(combobox).toBeFocused();
    await expect(dialog(page).locator('[data-search-status]')).toContainText('for “quarantine”');
  });
}

test('with no search field on screen, keys typed while search loads are handed to the dialog', async ({ page }) => {
  await page.route('**/search-client.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(page0);
  // A constructed stylesheet: the site's Content-Security-Policy refuses injected inline <style>.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.site-search { display: none !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  await page.keyboard.press('/');
  await page.keyboard.type('quarantine', { delay: 60 });
  const combobox = page.getByRole('combobox', { name: 'Search the help center' });
  await expect(combobox).toHaveValue('quarantine');
  await expect(combobox).toBeFocused();
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the dialog fills the screen, with the filters folded away and none that would give nothing', async ({ page }) => {
    await searchFor(page, 'password');
    const box = (await dialog(page).boundingBox())!;
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    const filters = dialog(page).getByText('Filters', { exact: true });
    await expect(filters).toBeVisible();
    await expect(dialog(page).getByRole('checkbox').first()).toBeHidden();
    await filters.click();
    const labels = await dialog(page).locator('.search-filter').allInnerTexts();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => l.includes('(0)'))).toEqual([]);
    await expect(options(page).first()).toBeInViewport();
  });
});
