// Nothing a reader's browser holds (saved data, the address) can break an island for good, and
// text echoed from the address cannot reorder the sentence around it.
import { expect, test, type Page } from '@playwright/test';
import { openHydrated } from './helpers.ts';

const practice = '/practice/directory/';
const savedKey = 'directory-practice-v1';

async function savedDirectory(page: Page) {
  await openHydrated(page, `${practice}?scenario=setting-off`);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), savedKey)).not.toBeNull();
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), savedKey))!);
}

for (const [what, corrupt, part] of [
  ['a negative guide step', (s: { guide: { step: number } }) => void (s.guide.step = -1), 'the exercise progress'],
  ['an unknown company id', (s: { people: { companyId: string }[] }) => void (s.people[0]!.companyId = 'no-such-company'), 'the people’s details'],
  ['a null history entry', (s: { history: unknown[] }) => void s.history.push(null), 'the change history'],
] as const) {
  test(`saved data with ${what} is left out with a notice, and the sandbox keeps working`, async ({ page }) => {
    const saved = await savedDirectory(page);
    (corrupt as (s: unknown) => void)(saved);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [savedKey, JSON.stringify(saved)]);
    await openHydrated(page, `${practice}?scenario=setting-off`);
    await expect(page.getByRole('note').filter({ hasText: 'did not fit' })).toContainText(part);
    await expect(page.getByRole('button', { name: 'Edit Dana Whitfield' })).toBeVisible();
    await expect(page.locator('.dir__progress')).toHaveText(/^Step 1 of 5/);
    await page.getByRole('button', { name: 'Reset practice data' }).click();
    await expect(page.getByRole('button', { name: 'Edit Dana Whitfield' })).toBeVisible();
  });
}

for (const [tool, path, param, readyRole, ready] of [
  // Reset clears the exercise from the address, so the Directory starts again at its exercise chooser.
  ['The practice Directory', `${practice}?scenario=setting-off`, 'scenario', 'heading', 'Choose an exercise'],
  ['The allowlist panel', '/allowlist/?system=mimecast', 'system', 'button', /^Copy everything for /],
  ['The troubleshooter', '/troubleshoot/not-receiving-email/?path=x', 'path', 'link', 'Only me, or a few people at my company'],
] as const) {
  test(`${tool} that fails while starting says so, the page keeps working, and "Reset this tool" brings it back`, async ({ page }) => {
    // The first time the island reads its address, reading fails: as a bug or unexpected data would.
    await page.addInitScript((name) => {
      const get = URLSearchParams.prototype.get;
      let failed = false;
      URLSearchParams.prototype.get = function (key: string) {
        if (key === name && !failed) {
          failed = true;
          throw new Error('simulated failure while reading the address');
        }
        return get.call(this, key);
      };
    }, param);
    await page.goto(path);
    const alert = page.getByRole('alert').filter({ hasText: `${tool} stopped working.` });
    await expect(alert).toBeVisible();
    await alert.getByText('What happened').click();
    await expect(alert).toContainText('simulated failure while reading the address');
    await expect(page.getByRole('searchbox', { name: 'Search the help center' }).first()).toBeEditable();

    await alert.getByRole('button', { name: 'Reset this tool' }).click();
    await expect(alert).toBeHidden();
    await expect(page.getByRole(readyRole, { name: ready })).toBeVisible();
    expect(new URL(page.url()).searchParams.has(param)).toBe(false);
  });
}

test('a name echoed from the address is isolated, so right-to-left overrides cannot reorder the sentence', async ({ page }) => {
  const override = '\u202Eexe.lanigiro\u202C';
  await openHydrated(page, `${practice}?scenario=${encodeURIComponent(override)}`);
  const notice = page.getByRole('note').filter({ hasText: 'This link asks for a practice exercise' });
  await expect(notice).toContainText('“\u2068exe.lanigiro\u2069”, which does not exist');
  await expect(notice).not.toContainText('\u202E');

  await openHydrated(page, `/allowlist/?system=${encodeURIComponent(override)}`);
  const allowlistNotice = page.getByRole('note').filter({ hasText: 'This link asks for a mail system' });
  await expect(allowlistNotice).toContainText('“\u2068exe.lanigiro\u2069”, which this page does not know');
  await expect(allowlistNotice).not.toContainText('\u202E');
});
