import { test } from '@playwright/test';
import { expectNoAxeViolations, flagship } from './helpers.ts';

const pages = [
  ['home', '/'],
  ['category', '/categories/email-and-notifications/'],
  ['article', flagship],
  ['article with callouts and steps', '/articles/send-this-user-messages-setting/'],
  ['404', '/no-such-page/'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colours`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of pages) {
      test(`axe finds no violations on the ${name} page`, async ({ page }) => {
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test('axe finds no violations on a legacy redirect page', async ({ page }) => {
  // Hold the page still: serve it without its redirects so axe reads the page itself.
  await page.route('**/faq/**', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '').replace(/<script>[^<]*location\.replace[^<]*<\/script>/, '');
    await route.fulfill({ response, body });
  });
  await page.goto('/faq/why-cant-i-receive-email-from-procore/');
  await expectNoAxeViolations(page);
});
