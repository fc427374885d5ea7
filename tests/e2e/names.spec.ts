// Voice-control users say what they see ("click Copy CDN hosts"): every control's accessible name
// must contain its visible text (WCAG 2.5.3), and names go only on elements that can take one.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { flagship, openHydrated } from './helpers.ts';

/** Opens every disclosure so the checks also see what is inside (axe skips hidden content). */
const openDisclosures = (page: Page) =>
  page.locator('details:not([open])').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));

async function expectNamesMatchLabels(page: Page) {
  await openDisclosures(page);
  const { violations } = await new AxeBuilder({ page })
    .withRules(['label-content-name-mismatch', 'aria-prohibited-attr', 'aria-allowed-attr', 'aria-allowed-role'])
    .analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}

test('the allowlist panel’s copy buttons are named by what they show', async ({ page }) => {
  await openHydrated(page, '/allowlist/');
  await expect(page.getByRole('button', { name: /^Copy CDN hosts for / })).toBeVisible();
  await openDisclosures(page);
  await expect(page.getByRole('region', { name: /^What will be copied for / })).toBeVisible();
  await expectNamesMatchLabels(page);
});

test('the troubleshooter’s support summary and the flagship article pass the name checks', async ({ page }) => {
  await openHydrated(page, '/troubleshoot/not-receiving-email/contact-support/?path=everyone,runs-mail,not-solved');
  await expect(page.getByRole('region', { name: 'Summary of your answers' })).toBeVisible();
  await expectNamesMatchLabels(page);
  await page.goto(flagship);
  await expectNamesMatchLabels(page);
});

test('the practice Directory passes the name checks', async ({ page }) => {
  await openHydrated(page, '/practice/directory/');
  await expectNamesMatchLabels(page);
});
