import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, flagship, openHydrated, tabTo } from '../helpers.ts';

const base = '/troubleshoot/not-receiving-email/';
const stepHeading = (page: Page) => page.locator('.ts__heading');

/** Answers by keyboard alone: Tab to each answer, Enter, and check focus lands on the new step. */
async function answerByKeyboard(page: Page, answers: string[]) {
  for (const answer of answers) {
    await tabTo(page, answer);
    await page.keyboard.press('Enter');
    await expect(stepHeading(page)).toBeFocused();
  }
}

test.describe('keyboard only', () => {
  for (const [answers, outcome] of [
    [['Only me, or a few people at my company', "Yes, I'm a Directory admin", 'Not at All'], "Step 4: Switch 'Send This User Messages' to 'Via Email'"],
    [['Everyone at my company', 'No, our IT team or a provider does'], "Step 3: Ask your IT team to allowlist Procore's senders"],
    [['Email arrives, but late or in the middle of the night', 'Overnight — mostly reminders about overdue items'], 'Step 3: Overnight reminders are expected'],
  ] as const) {
    test(`reaches "${outcome}"`, async ({ page }) => {
      const errors = collectErrors(page);
      await openHydrated(page, base);
      await expect(stepHeading(page)).toHaveText('Step 1: Who is missing email from Procore?');
      await answerByKeyboard(page, [...answers]);
      await expect(stepHeading(page)).toHaveText(outcome);
      await expect(page).toHaveTitle(new RegExp(`^${outcome.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`));
      await expect(page.getByRole('group', { name: 'Did this solve it?' })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('escalates to support with the path summarised for copying', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openHydrated(page, base);
    await answerByKeyboard(page, ['Everyone at my company', "Yes, I can change its settings", 'No, still not working']);
    await expect(stepHeading(page)).toHaveText('Step 4: Contact Procore Support');
    await tabTo(page, 'Copy summary');
    await page.keyboard.press('Enter');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('1. Who is missing email from Procore?\n   Answer: Everyone at my company');
    expect(copied).toContain(`Page: ${baseURL}${base}contact-support/?path=everyone,runs-mail,not-solved`);
    await expect(page.getByRole('link', { name: 'Email support with this summary' })).toHaveAttribute('href', /^mailto:.*body=.*Everyone%20at%20my%20company/);
  });
});

test('with JavaScript off, answers are links from page to page until an outcome', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Step 1: Who is missing email from Procore?');
  // The first step has no Back, Start over or copy button here: no empty row for them either.
  await expect(page.locator('.ts__controls')).toBeHidden();
  await page.getByRole('link', { name: 'A password reset email never arrives' }).click();
  await expect(page.locator('.ts__controls')).toBeVisible();
  await expect(page).toHaveURL(/\/reset-checked-spam\/\?path=password-reset$/);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Have you looked for the reset email in your spam, junk and quarantine folders?');
  await page.getByRole('link', { name: "Yes, and it isn't there" }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Ask an administrator to check your profile, then request a new reset');
  await page.getByRole('link', { name: 'No, still not working' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Contact Procore Support');
  await expect(page.getByRole('link', { name: 'Contact support by email' })).toHaveAttribute('href', /^mailto:/);
  await context.close();
});

test('with JavaScript off, a longer way round claims no answers, steps or transcript the page cannot know', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base);
  for (const answer of ['Only me, or a few people at my company', "Yes, I'm a Directory admin", 'Via Email', "Yes, it's correct", "Yes, and it isn't there either"]) {
    await page.getByRole('link', { name: answer }).click();
    await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText(/Step \d/);
    await expect(page).not.toHaveTitle(/Step \d/);
    await expect(page.getByRole('link', { name: 'Start over' })).toHaveAttribute('href', `${base}who-is-affected/`);
    await expect(page.getByRole('link', { name: 'See every question and answer on one page' })).toHaveAttribute('href', `${base}map/`);
  }
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Is the person missing email from every tool, or only from some?');
  await page.getByRole('link', { name: 'From every tool' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Contact Procore Support');
  const mail = new URL((await page.getByRole('link', { name: 'Contact support by email' }).getAttribute('href'))!);
  const body = mail.searchParams.get('body')!;
  expect(body).toContain('reached “Contact Procore Support”');
  expect(body).toMatch(/please list them/);
  expect(body).not.toMatch(/Answer:|collaborator|Only me|Directory admin/);
  await context.close();
});

test('a click on an answer before the island hydrates ends on a page that claims only what it knows', async ({ page }) => {
  // The island's code never loads on the first page (islands import it after the load event, so
  // unrouting after goto would race it); the next page loads normally.
  await page.route('**/_astro/**', (route) => (route.request().frame().url().includes('/check-spam/') ? route.abort() : route.continue()));
  await page.goto(`${base}check-spam/?path=only-me,admin,via-email,right`);
  await page.getByRole('link', { name: "Yes, and it isn't there either" }).click();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${base}one-tool-only/\\?from=check-spam&path=not-there$`));
  await expect(stepHeading(page)).toHaveText('Is the person missing email from every tool, or only from some?');
  const answers = page.getByRole('navigation', { name: 'Your answers so far' });
  await expect(answers).toContainText('from a link, so only the answers since then are known');
  await expect(answers.getByRole('listitem')).toHaveCount(2);
  await expect(answers).not.toContainText("No, or I'm not sure");
});

test('an answer clicked before the island loads keeps the answers the page’s address carries', async ({ page }) => {
  // Only the island's code is held back on the first page: the page's shared script loads, as it would
  // long before the island on a slow phone.
  await page.route('**/_astro/**', (route) =>
    route.request().frame().url().includes('/check-spam/') && !/\/_astro\/site\.[\w-]+\.js$/.test(route.request().url()) ? route.abort() : route.continue(),
  );
  await page.goto(`${base}check-spam/?path=only-me,admin,via-email,right`);
  await page.getByRole('link', { name: "Yes, and it isn't there either" }).click();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${base}one-tool-only/\\?path=only-me,admin,via-email,right,not-there$`));
  await expect(stepHeading(page)).toHaveText(/^Step 6: /);
  const answers = page.getByRole('navigation', { name: 'Your answers so far' });
  await expect(answers).not.toContainText('from a link');
  await expect(answers).toContainText('Only me, or a few people at my company');
});

test('on a pasted link the question stays where it was when the answers so far appear', async ({ page }) => {
  // The island's code is held back until the page has been measured, as on a slow phone.
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/_astro/Troubleshooter*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${base}check-spam/?path=only-me,admin,via-email,right`);
  const firstAnswer = page.getByRole('link', { name: 'Yes, and the email was there' });
  const before = await firstAnswer.boundingBox();
  release();
  const answers = page.getByRole('navigation', { name: 'Your answers so far' });
  await expect(answers.getByRole('listitem')).toHaveCount(5);
  await expect(stepHeading(page)).toHaveText(/^Step 5: /);
  expect((await firstAnswer.boundingBox())?.y).toBe(before?.y);
  // The answers come after the step, before Back and Start over.
  expect(await answers.evaluate((nav) => !!(nav.compareDocumentPosition(document.querySelector('.ts__answers')!) & Node.DOCUMENT_POSITION_PRECEDING))).toBe(true);
});

test('after "Change" from lower down, the troubleshooter shows from its top with the earlier question', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await openHydrated(page, `${base}check-spam/?path=only-me,admin,via-email,right`);
  await page.getByRole('link', { name: 'Change answer to “Who is missing email from Procore?”' }).click();
  await expect(stepHeading(page)).toHaveText('Step 1: Who is missing email from Procore?');
  await expect(stepHeading(page)).toBeFocused();
  const card = (await page.locator('.ts').boundingBox())!;
  // Neither cut off at the top nor flush with the screen's edge.
  expect(card.y).toBeGreaterThan(4);
  expect(card.y).toBeLessThan(40);
});

test('the browser’s Back and Forward show each step with its heading on screen, wherever the reader had scrolled', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await openHydrated(page, `${base}check-spam/?path=only-me,admin,via-email,right`);
  await page.getByRole('link', { name: "Yes, and it isn't there either" }).click();
  await expect(stepHeading(page)).toHaveText(/^Step 6: /);
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await page.goBack();
  await expect(stepHeading(page)).toHaveText(/^Step 5: /);
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await page.goForward();
  await expect(stepHeading(page)).toHaveText(/^Step 6: /);
  await expect(stepHeading(page)).toBeFocused();
  await expect(stepHeading(page)).toBeInViewport();
});

test('a reload mid-way keeps the answers, and Back returns to the previous question', async ({ page }) => {
  await openHydrated(page, base);
  await page.getByRole('link', { name: 'Only me, or a few people at my company' }).click();
  await page.getByRole('link', { name: "Yes, I'm a Directory admin" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}check-setting/\\?path=only-me,admin$`));

  await page.reload();
  await expect(stepHeading(page)).toHaveText("Step 3: What does 'Send This User Messages' say for the person missing email?");
  await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toContainText("Yes, I'm a Directory admin");
  await expect(page.getByText('You opened this step from a link')).toHaveCount(0);

  await page.goBack();
  await expect(stepHeading(page)).toHaveText('Step 2: Do you have Admin access to the Directory tool?');
  await expect(page).toHaveURL(new RegExp(`${base}are-you-admin/\\?path=only-me$`));
  await page.goForward();
  await expect(stepHeading(page)).toHaveText(/^Step 3: /);
});

test('changing an earlier answer jumps back to that question', async ({ page }) => {
  await openHydrated(page, `${base}check-email-address/?path=only-me,admin,via-email`);
  await page.getByRole('link', { name: 'Change answer to “Who is missing email from Procore?”' }).click();
  await expect(stepHeading(page)).toHaveText('Step 1: Who is missing email from Procore?');
  await page.getByRole('link', { name: 'Everyone at my company' }).click();
  await expect(stepHeading(page)).toHaveText("Step 2: Do you manage your company's mail server or email security service?");
});

test('a deep link to a step page opens that question, claiming no answers before it', async ({ page }) => {
  await openHydrated(page, `${base}one-tool-only/`);
  await expect(stepHeading(page)).toHaveText('Is the person missing email from every tool, or only from some?');
  await expect(page).toHaveTitle(/^Is the person missing email from every tool, or only from some\? \|/);
  await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Only from some tools' }).click();
  await expect(stepHeading(page)).toHaveText("Turn on that tool's email notifications");
  await expect(page).toHaveURL(new RegExp(`${base}tool-notifications/\\?from=one-tool-only&path=some-tools$`));
  const answers = page.getByRole('navigation', { name: 'Your answers so far' });
  await expect(answers.getByRole('listitem')).toHaveText(['Is the person missing email from every tool, or only from some? Only from some tools Change', "Now: Turn on that tool's email notifications"]);
  // On screen the step's question shows once, as its heading: the list's "Now:" line is for screen readers.
  expect((await answers.getByText("Now: Turn on that tool's email notifications").boundingBox())!.height).toBeLessThanOrEqual(1);
  await page.reload();
  await expect(answers.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('link', { name: '← Back' }).click();
  await expect(stepHeading(page)).toHaveText('Is the person missing email from every tool, or only from some?');
  await expect(page).toHaveURL(new RegExp(`${base}one-tool-only/$`));
});

test('reload, then Back and Forward, show the step each URL names', async ({ page }) => {
  await openHydrated(page, base);
  await page.getByRole('link', { name: 'Only me, or a few people at my company' }).click();
  await expect(stepHeading(page)).toHaveText('Step 2: Do you have Admin access to the Directory tool?');
  await page.reload();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await expect(stepHeading(page)).toHaveText('Step 1: Who is missing email from Procore?');
  await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toHaveCount(0);
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`${base}are-you-admin/\\?path=only-me$`));
  await expect(stepHeading(page)).toHaveText('Step 2: Do you have Admin access to the Directory tool?');
});

test('a double click on an answer records it once', async ({ page }) => {
  await openHydrated(page, base);
  // The second click lands on whatever the first one brought up: here, the next question's first answer.
  await page.getByRole('link', { name: 'Everyone at my company' }).dblclick();
  await expect(stepHeading(page)).toHaveText("Step 2: Do you manage your company's mail server or email security service?");
  await expect(page).toHaveURL(new RegExp(`${base}do-you-run-mail/\\?path=everyone$`));
  await expect(page.getByRole('navigation', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(2);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await expect(stepHeading(page)).toHaveText('Step 1: Who is missing email from Procore?');
});

test('two activations of an answer before the page updates add one history entry', async ({ page }) => {
  await openHydrated(page, base);
  await page.getByRole('link', { name: 'Only me, or a few people at my company' }).evaluate((a) => {
    for (const detail of [1, 2]) a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, detail }));
  });
  await expect(stepHeading(page)).toHaveText('Step 2: Do you have Admin access to the Directory tool?');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await expect(stepHeading(page)).toHaveText('Step 1: Who is missing email from Procore?');
});

test('a tampered ?path= says so and continues from what still fits', async ({ page }) => {
  const errors = collectErrors(page);
  await openHydrated(page, `${base}check-setting/?path=only-me,not-a-real-answer,via-email`);
  await expect(page.getByRole('note').filter({ hasText: 'answers in this link' })).toHaveText(
    'Only the first 1 of the 3 answers in this link still fit this troubleshooter, so it picks up from there.',
  );
  await expect(stepHeading(page)).toHaveText('Step 2: Do you have Admin access to the Directory tool?');
  await expect(page).toHaveURL(new RegExp(`${base}are-you-admin/\\?path=only-me$`));
  expect(errors).toEqual([]);
});

test('a link whose answers lead elsewhere than the step it names follows the answers, and says so', async ({ page }) => {
  await openHydrated(page, `${base}turn-on-messages/?path=everyone`);
  await expect(page.getByRole('note').filter({ hasText: 'answers in this link' })).toHaveText(
    'The answers in this link lead to a different step from the one it names, so this is the step they lead to.',
  );
  await expect(stepHeading(page)).toHaveText("Step 2: Do you manage your company's mail server or email security service?");
  await expect(page).toHaveURL(new RegExp(`${base}do-you-run-mail/\\?path=everyone$`));
});

test('on a phone, each “Change” link is big enough to tap', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openHydrated(page, `${base}check-email-address/?path=only-me,admin,via-email`);
  const links = page.getByRole('link', { name: /^Change answer to / });
  await expect(links).toHaveCount(3);
  for (const box of await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThanOrEqual(24);
  }
});

test('“Yes, it’s solved” by keyboard leaves focus on the answer, not at the top of the page', async ({ page }) => {
  await openHydrated(page, `${base}turn-on-messages/?path=only-me,admin,not-at-all`);
  await page.getByRole('button', { name: 'Yes, it’s solved' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Great, glad that sorted it.')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).not.toBe('Skip to main content');
});

test('copy link to this step puts the step URL with its path on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHydrated(page, `${base}are-you-admin/?path=only-me`);
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await expect(page.locator('.ts [role="status"]').first()).toHaveText('Link to this step copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${base}are-you-admin/?path=only-me`);
});

test('the flagship article embeds the troubleshooter, hydrated when it scrolls into view', async ({ page }) => {
  await page.goto(flagship);
  const island = page.locator('astro-island', { has: page.locator('.ts') });
  await expect(island).toHaveAttribute('client', 'visible');
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  await page.getByRole('link', { name: 'Everyone at my company' }).click();
  await expect(page).toHaveURL(new RegExp(`${flagship}\\?path=everyone#troubleshooter$`));
  await expect(page.locator('.ts__heading')).toHaveText("Step 2: Do you manage your company's mail server or email security service?");
  await page.reload();
  await expect(page.locator('.ts__heading')).toHaveText("Step 2: Do you manage your company's mail server or email security service?");
});

test('the embedded troubleshooter leaves out a step’s link to the very article it sits in; the step’s own page keeps it', async ({ page }) => {
  await page.goto(`${flagship}?path=everyone,runs-mail,not-solved#troubleshooter`);
  const embedded = page.locator('#troubleshooter');
  await expect(embedded.locator('.ts__heading')).toContainText('Contact Procore Support');
  await expect(embedded.locator(`a[href="${flagship}"]`)).toHaveCount(0);
  await page.goto(`${base}contact-support/`);
  await expect(page.locator('.ts__links a')).toHaveAttribute('href', flagship);
});

test('the embedded troubleshooter keeps a link to a section of the article, and a jump to a section moves nothing', async ({ page }) => {
  const section = 'only-you-check-the-send-this-user-messages-setting';
  await page.goto(`${flagship}?path=everyone#${section}`);
  const island = page.locator('astro-island', { has: page.locator('.ts') });
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  await expect(page.locator('.ts__heading')).toHaveText("Step 2: Do you manage your company's mail server or email security service?");
  await expect(page).toHaveURL(new RegExp(`${flagship}\\?path=everyone#${section}$`));
  await page.locator('a[href="#one-tool-is-silent"]').first().click();
  await expect(page).toHaveURL(new RegExp(`${flagship}\\?path=everyone#one-tool-is-silent$`));
  await expect(page.locator('.ts__heading')).not.toBeFocused();
  await expect(page.locator('.ts [role="status"]')).toHaveText('');
});

test('the map shows every step once, with outcomes marked and links to each step page', async ({ page }) => {
  await openHydrated(page, `${base}map/`);
  const nodes = page.locator('.map-node');
  const total = await nodes.count();
  expect(total).toBeGreaterThanOrEqual(15);
  expect(new Set(await nodes.evaluateAll((els) => els.map((e) => e.id))).size).toBe(total);
  await expect(page.locator('.map-node--outcome').first()).toBeVisible();
  await expect(page.locator('.map-node--escalation')).toHaveCount(1);
  await page.getByRole('link', { name: 'Overnight reminders are expected' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}overnight-batch/$`));
});

test.describe('accessibility', () => {
  for (const [name, path] of [
    ['question', `${base}are-you-admin/?path=only-me`],
    ['outcome', `${base}turn-on-messages/?path=only-me,admin,not-at-all`],
    ['escalation', `${base}contact-support/?path=everyone,runs-mail,not-solved`],
    ['map', `${base}map/`],
  ]) {
    test(`axe finds no violations on the ${name} page`, async ({ page }) => {
      await openHydrated(page, path!);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  }
});
