import { XMLValidator } from 'fast-xml-parser';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, flagship, tabTo, tabToElement, openHydrated } from '../helpers.ts';
import type { SystemFile } from '../../../src/lib/allowlist/system-file.ts';

const copyAll = (page: Page) => page.getByRole('button', { name: /^Copy everything for / });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('.allowlist > [role="status"]');
/** What the panel shows for one mail system: panelData's texts, as the build writes them for the island. */
const panelTexts = async (request: APIRequestContext, id: string) => ((await (await request.get(`/allowlist/formats/${id}.json`)).json()) as SystemFile).system;

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('keyboard only: choose Mimecast, copy everything, and hear what was copied', async ({ page }) => {
  await openHydrated(page, '/allowlist/');
  await tabToElement(page, page.getByLabel('My mail system'));
  await page.keyboard.type('Mim'); // type-ahead in the closed select picks "Mimecast…"
  await expect(page.getByLabel('My mail system')).toHaveValue('mimecast');
  await tabTo(page, 'Copy everything for Mimecast: Permitted Senders policy');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Copied 4 IP ranges for Mimecast: Permitted Senders policy, all of them examples.');
  await expect(page.locator('.allowlist__all')).toContainText('All 4 values are examples, not real senders');
  expect(await clipboard(page)).toBe(['192.0.2.0/24', '198.51.100.16/28', '203.0.113.128/25', '2001:db8:4a0::/48'].join('\n'));
  await expect(page).toHaveURL(/\?system=mimecast$/);
});

for (const [system, expected] of [
  [
    'exchange-online',
    '# Example values, not real senders (replace them before use): 192.0.2.0/24, 198.51.100.16/28, 203.0.113.128/25\nSet-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add="192.0.2.0/24","198.51.100.16/28","203.0.113.128/25"}',
  ],
  ['barracuda', '192.0.2.0 255.255.255.0\n198.51.100.16 255.255.255.240\n203.0.113.128 255.255.255.128'],
  ['exchange-tabl-domains', 'New-TenantAllowBlockListItems -ListType Sender -Allow -Entries "procore.com","sendgrid.net"'],
  ['cisco-secure-email', 'smtp1.mail.procore.example\nsmtp2.mail.procore.example\n192.0.2.0/24\n198.51.100.16/28\n203.0.113.128/25\n2001:db8:4a0::/48'],
] as const) {
  test(`?system=${system} preselects it, and copy everything gives its exact format`, async ({ page }) => {
    await page.goto(`/allowlist/?system=${system}`);
    await expect(page.getByLabel('My mail system')).toHaveValue(system);
    await copyAll(page).click();
    expect(await clipboard(page)).toBe(expected);
    await expect(status(page)).toHaveText(/^Copied \d+ /);
  });
}

test('on a wide screen every Copy button sits inside its table', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openHydrated(page, '/allowlist/?system=mimecast');
  const overflow = await page.locator('table.allowlist__table').evaluateAll((tables) =>
    tables.flatMap((t) => [...t.querySelectorAll('button')].map((b) => b.getBoundingClientRect().right - t.getBoundingClientRect().right)),
  );
  expect(overflow.length).toBeGreaterThan(0);
  expect(Math.max(...overflow)).toBeLessThanOrEqual(0);
});

test('a group has a stable anchor and copies on its own', async ({ page }) => {
  await page.goto('/allowlist/?system=google-workspace#ip-addresses');
  await expect(page.locator('#ip-addresses')).toBeInViewport();
  await page.getByRole('button', { name: 'Copy IP addresses for Google Workspace: Gmail email allowlist' }).click();
  expect(await clipboard(page)).toBe('192.0.2.0/24, 198.51.100.16/28, 203.0.113.128/25, 2001:db8:4a0::/48');
  await expect(status(page)).toHaveText('Copied 4 IP ranges for Google Workspace: Gmail email allowlist, all of them examples.');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a link to a group lands on that group once the panel has drawn the chosen system', async ({ page }) => {
    await page.goto('/allowlist/?system=google-workspace#ip-addresses');
    await expect(page.getByRole('button', { name: 'Copy IP addresses for Google Workspace: Gmail email allowlist' })).toBeVisible();
    await expect.poll(async () => (await page.locator('#ip-addresses').boundingBox())!.y).toBeLessThan(120);
    expect((await page.locator('#ip-addresses').boundingBox())!.y).toBeGreaterThanOrEqual(0);
  });

  test('a link to one entry lands a little above it, with the entry highlighted', async ({ page }) => {
    await openHydrated(page, '/allowlist/#entry-ipv4-bulk');
    const row = page.locator('#entry-ipv4-bulk');
    await expect.poll(async () => (await row.boundingBox())!.y).toBeGreaterThanOrEqual(48);
    expect((await row.boundingBox())!.y).toBeLessThan(200);
    const background = (where: string) => page.locator(where).first().evaluate((tr) => getComputedStyle(tr).backgroundColor);
    expect(await background('#entry-ipv4-bulk')).not.toBe(await background('tr[id^="entry-"]:not(:target)'));
  });

  test('the preview of a one-line format wraps inside the screen instead of widening the page', async ({ page }) => {
    await openHydrated(page, '/allowlist/?system=comma');
    await page.getByText('Preview what will be copied').click();
    await expect(page.getByRole('region', { name: /^What will be copied for / })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test('each group heading has a link that copies the address of that group, with the chosen system', async ({ page }) => {
  await openHydrated(page, '/allowlist/?system=mimecast');
  await page.getByRole('link', { name: 'Copy link to section: IP addresses' }).click();
  expect(await clipboard(page)).toMatch(/\/allowlist\/\?system=mimecast#ip-addresses$/);
  await expect(page.locator('#site-status')).toHaveText(/Link to "IP addresses.*" copied\./);
});

test('the chosen system is remembered on the next visit', async ({ page }) => {
  await page.goto('/allowlist/');
  await page.getByLabel('My mail system').selectOption('proofpoint-essentials');
  await page.goto('/allowlist/');
  await expect(page.getByLabel('My mail system')).toHaveValue('proofpoint-essentials');
});

test('an unknown ?system= is explained, and the page still works', async ({ page }) => {
  await page.goto('/allowlist/?system=%3Cscript%3E');
  await expect(page.getByText('This link asks for a mail system called “\u2068<script>\u2069”')).toBeVisible();
  await copyAll(page).click();
  expect(await clipboard(page)).toContain('procore.com');
});

test('a refused clipboard shows the text selected in a box, with instructions', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await page.goto('/allowlist/?system=mimecast');
  await copyAll(page).click();
  await expect(status(page)).toContainText('Could not copy automatically');
  const box = page.getByLabel('Your browser did not allow copying. Select and copy this instead:');
  await expect(box).toHaveValue('192.0.2.0/24\n198.51.100.16/28\n203.0.113.128/25\n2001:db8:4a0::/48');
  expect(await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe((await box.inputValue()).length);
});

test('/senders.json parses and lists exactly what the page shows; the CSV matches too', async ({ page, request }) => {
  const json = await (await request.get('/senders.json')).json();
  await page.goto('/allowlist/');
  const shown = await page.locator('.allowlist__value').allTextContents();
  expect(json.entries.map((e: { value: string }) => e.value)).toEqual(shown);
  expect(json.examples).toBe(true);
  await expect(page.getByText(`Version ${json.version}, published`)).toBeVisible();
  const csv = (await (await request.get('/senders.csv')).text()).trim().split('\n');
  expect(csv.slice(1).map((line) => line.split(',')[2])).toEqual(shown);
});

test('the change feed is well-formed Atom and the page shows the same history', async ({ page, request }) => {
  const response = await request.get('/senders/changes.xml');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  const changes = await (await request.get('/senders/changes.json')).json();
  await page.goto('/allowlist/#what-changed');
  for (const v of changes.versions) {
    const section = page.locator(`#version-${v.version}`);
    await expect(section).toContainText(v.summary);
    for (const e of v.removed) await expect(section).toContainText(e.value);
  }
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/senders/changes.xml');
});

test('the flagship article sends IT readers to the sender list with a card, not the whole panel', async ({ page }) => {
  await page.goto(flagship);
  await expect(page.locator('.allowlist')).toHaveCount(0);
  await page.getByRole('link', { name: 'Open the sender allowlist' }).click();
  await expect(page).toHaveURL(/\/allowlist\/$/);
  await expect(page.getByLabel('My mail system')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole list is readable as tables', async ({ page }) => {
    await page.goto('/allowlist/');
    await expect(page.getByRole('table')).toHaveCount(4);
    await expect(page.getByRole('cell').filter({ hasText: '2001:db8:4a0::/48' })).toBeVisible();
    await expect(page.locator('.allowlist').getByRole('button')).toHaveCount(0); // nothing that needs JavaScript pretends to work
    await expect(page.getByText('Example values.')).toBeVisible();
  });

  test('keyboard only: from the list, follow a mail system’s link to its own page and get exactly the panel’s texts', async ({ page, request }) => {
    await page.goto('/allowlist/');
    await expect(page.getByText(/needs JavaScript/)).toHaveCount(0);
    await page.goto('/allowlist/proofpoint-essentials/');
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0); // no button that could not work
    await page.goto('/allowlist/');
    await tabToElement(page, page.getByRole('link', { name: 'Proofpoint Essentials: Safe Sender List', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/allowlist\/proofpoint-essentials\/$/);

    const system = await panelTexts(request, 'proofpoint-essentials');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(system.name);
    for (const step of system.instructions) await expect(page.getByRole('listitem').filter({ hasText: step })).toBeVisible();
    await expect(page.getByRole('list', { name: `Limits of ${system.name}` }).getByRole('listitem')).toHaveText(system.caveats);
    for (const [id, copy] of Object.entries(system.groups)) {
      const group = page.locator('section').filter({ has: page.locator(`h2#${id}`) });
      if (copy.count > 0) expect(await group.locator('pre').textContent()).toBe(copy.text); // folded or not
      else await expect(group.locator('pre')).toHaveCount(0);
      if (copy.warning) await expect(group.getByRole('note')).toHaveText(copy.warning);
    }
    for (const [id, one] of Object.entries(system.values)) {
      const value = page.locator(`#entry-${id} .allowlist__value`);
      if ('text' in one) expect(await value.innerText()).toBe(one.text);
      else await expect(value).toHaveCount(0);
    }
    // Each entry shown is labelled an example exactly where the panel labels it.
    const labelled = () => page.locator('tr:has(.allowlist__badge)').evaluateAll((rows) => rows.map((r) => r.id));
    const shown = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.id));
    const here = await labelled();
    await page.goto('/allowlist/');
    expect(here.length).toBeGreaterThan(0);
    expect(here).toEqual((await labelled()).filter((id) => shown.includes(id)));
  });

  test('a support link to a group of a mail system’s page lands on that group', async ({ page }) => {
    await page.goto('/allowlist/mimecast/#ip-addresses');
    await expect(page.getByRole('heading', { name: /^IP addresses/ })).toBeInViewport();
    await expect(page.locator('#ip-addresses')).toHaveCount(1);
  });
});

test('a mail system’s own page: each text’s Copy button copies exactly that text, and says so', async ({ page, request }) => {
  await page.goto('/allowlist/exchange-online/');
  const ips = (await panelTexts(request, 'exchange-online')).groups['ip-addresses']!;
  const button = page.getByRole('button', { name: 'Copy the IP addresses text' });
  await tabToElement(page, button);
  await page.keyboard.press('Enter');
  expect(await clipboard(page)).toBe(ips.text);
  await expect(page.locator('#site-status')).toHaveText(ips.copied);
  await expect(button).toHaveText('Copied');
});

test('a mail system’s own page: a refused clipboard leaves the text selected, with instructions', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await page.goto('/allowlist/exchange-online/');
  await page.getByRole('button', { name: 'Copy the IP addresses text' }).click();
  await expect(page.locator('#site-status')).toHaveText('Your browser did not allow copying. The text is selected: copy it with your keyboard or your browser’s menu.');
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(await page.locator('#paste-ip-addresses').innerText());
});

test('a generic format’s page calls itself a format, not a mail system, and points to the mail systems’ own', async ({ page }) => {
  await page.goto('/allowlist/csv/');
  const lede = page.locator('.lede');
  await expect(lede).toContainText('in this format, for a script or a spreadsheet');
  await expect(lede).not.toContainText('this mail system');
  await expect(lede.getByRole('link', { name: 'sender allowlist' })).toHaveAttribute('href', '/allowlist/');
  await page.goto('/allowlist/exchange-online/');
  await expect(page.locator('.lede')).toContainText('in the exact form this mail system takes');
});

test('a format that takes every group shows everything once, and each group’s own text folded under it', async ({ page, request }) => {
  await page.goto('/allowlist/csv/');
  const system = await panelTexts(request, 'csv');
  expect(await page.locator('#paste-everything').textContent()).toBe(system.all.text);
  const ips = page.locator('#paste-ip-addresses');
  await expect(ips).toBeHidden();
  await page.locator('section').filter({ has: page.locator('h2#ip-addresses') }).getByText(/^Just this group:/).click();
  await expect(ips).toBeVisible();
  expect(await ips.textContent()).toBe(system.groups['ip-addresses']!.text);
  await expect(page.getByRole('button', { name: 'Copy the IP addresses text' })).toBeVisible();
});

test('a mail system’s own page says which entries of a group it takes, and why not the others', async ({ page }) => {
  await page.goto('/allowlist/exchange-online/');
  // The IPv6 range is left out: the heading counts it, and its row says why on screen.
  await expect(page.getByRole('heading', { name: /^IP addresses/ })).toHaveText('IP addresses (4, 3 used here)');
  await expect(page.locator('tr', { hasText: '2001:db8:4a0::/48' })).toContainText(/Not used: .*IPv6/);
  // The panel counts the same way for the chosen system.
  await openHydrated(page, '/allowlist/?system=exchange-online');
  await expect(page.getByRole('heading', { name: /^IP addresses/ })).toHaveText('IP addresses (4, 3 used here)');
});

test.describe('a mail system’s own page on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the longest texts stay inside the screen, each line one line (scrolled in its own box), and nothing on the page needs JavaScript', async ({ page, request }) => {
    await page.goto('/allowlist/exchange-online/');
    const system = await panelTexts(request, 'exchange-online');
    const text = page.locator('pre').first();
    expect(await text.innerText()).toBe(system.groups['ip-addresses']!.text);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // A line wider than the screen scrolls in its box rather than wrapping into what looks like two lines.
    expect(await text.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const lineHeight = await text.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const lines = system.groups['ip-addresses']!.text.split('\n').length;
    expect(await text.locator('code').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(lines * lineHeight + 1);
    await expect(page.locator('astro-island, script[type="module"]')).toHaveCount(0);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on a mail system’s own page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/allowlist/exchange-online/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Microsoft 365/);
      await expectNoAxeViolations(page);
    });

    test(`axe finds no violations on the allowlist page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/allowlist/?system=barracuda');
      await expect(page.getByLabel('My mail system')).toHaveValue('barracuda');
      await page.getByText(/entries are left out for/).click();
      await expectNoAxeViolations(page);
    });
  }
});
