// The site runs under its own strict Content-Security-Policy: every page type, every island and
// search work with zero violations, and an injected inline script is refused.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { adminToken } from './feedback-helpers.ts';
import { flagship, openHydrated } from './helpers.ts';

const expect = baseExpect.configure({ timeout: 20_000 });

/** Records every CSP violation (event and console report) from the first script on. */
async function watchViolations(page: Page) {
  const reports: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) reports.push(m.text());
  });
  await page.exposeFunction('__reportViolation', (text: string) => reports.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(t: string): void }).__reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample}) at ${location.pathname}`);
    });
  });
  return reports;
}

async function expectPolicy(page: Page) {
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'none'; script-src 'self'/);
}

test('every page type and every island works under the policy with zero violations', async ({ page }) => {
  const reports = await watchViolations(page);

  for (const path of ['/', '/categories/email-and-notifications/', '/articles/email-arrives-overnight/', '/troubleshoot/', '/troubleshoot/not-receiving-email/map/', '/404.html']) {
    await page.goto(path);
    await expectPolicy(page);
  }

  // A legacy URL's page sends the reader on with its inline script.
  await page.goto('/faq/why-cant-i-receive-email-from-procore');
  await expect(page).toHaveURL(flagship);

  // The flagship article: every island on it hydrates (the embedded troubleshooter, "Was this helpful?").
  await page.goto(flagship);
  await expectPolicy(page);
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);

  // "Was this helpful?": it loads when it scrolls into view, and a vote reaches the feedback service (connect-src).
  const helpful = page.getByRole('region', { name: 'Was this helpful?' });
  await helpful.scrollIntoViewIfNeeded();
  await helpful.getByRole('button', { name: 'Yes' }).click();
  await expect(helpful).toContainText('Thank you');

  // Troubleshooter: answer a question.
  await openHydrated(page, '/troubleshoot/not-receiving-email/');
  await page.getByRole('link', { name: 'Only me, or a few people at my company' }).click();
  await expect(page.locator('.ts__heading')).toHaveText(/^Step 2/);

  // Allowlist panel: pick a system and copy.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHydrated(page, '/allowlist/');
  await page.getByLabel('My mail system').selectOption('mimecast');
  await page.getByRole('button', { name: /^Copy everything for / }).click();
  await expect(page.locator('.allowlist > [role="status"]')).toHaveText(/^Copied /);

  // Practice Directory: edit and save a person.
  await openHydrated(page, '/practice/directory/?scenario=setting-off');
  await page.getByLabel('Search people').fill('Whitfield');
  await page.getByRole('button', { name: 'Edit Dana Whitfield' }).click();
  await page.getByLabel('Send This User Messages').selectOption('via-email');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.dir > [role="status"]')).toHaveText('Saved 1 change.');

  // The support dashboard: log in, then the report with its chart.
  await openHydrated(page, '/support/feedback/');
  await page.getByLabel('Support token').fill(adminToken);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.locator('.dash__chart canvas')).toHaveCount(1);

  // Search: the header dialog (Pagefind's WebAssembly) and the search page.
  await page.goto('/articles/email-arrives-overnight/');
  await page.getByRole('searchbox', { name: 'Search the help center' }).first().fill('spam');
  await expect(page.getByRole('dialog', { name: 'Search the help center' }).getByRole('option').first()).toBeVisible();
  await page.goto('/search/?q=password');
  await expect(page.locator('main').getByRole('link', { name: /password reset/i }).first()).toBeVisible();

  expect(reports).toEqual([]);
});

test('an inline script that is not part of the build is refused', async ({ page }) => {
  const reports = await watchViolations(page);
  await page.goto('/');
  await expectPolicy(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => reports.length).toBeGreaterThan(0);
  expect(reports.join('\n')).toContain('script-src');
});
