import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, flagship, tabTo, tabToElement, openHydrated } from '../helpers.ts';

const practice = '/practice/directory/';
const progress = (page: Page) => page.locator('.dir__progress');

test('keyboard only: finish the setting-off exercise', async ({ page }) => {
  const errors = collectErrors(page);
  await openHydrated(page, `${practice}?scenario=setting-off`);
  await expect(progress(page)).toHaveText(/^Step 1 of 5: Find Dana Whitfield/);

  await tabToElement(page, page.getByLabel('Search people'));
  await page.keyboard.type('Whitfield');
  await expect(progress(page)).toHaveText(/^Step 2 of 5/);

  await tabTo(page, 'Edit Dana Whitfield');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Dana Whitfield/ })).toBeFocused();
  await expect(progress(page)).toHaveText(/^Step 3 of 5/);

  await tabToElement(page, page.getByLabel('Send This User Messages'));
  await page.keyboard.press('ArrowUp'); // Via Email is the option above
  await expect(page.getByLabel('Send This User Messages')).toHaveValue('via-email');
  await expect(progress(page)).toHaveText(/^Step 4 of 5/);

  await tabTo(page, 'Save');
  await page.keyboard.press('Enter');
  await expect(progress(page)).toHaveText(/^Step 5 of 5/);
  await expect(page.locator('.dir > [role="status"]')).toHaveText('Saved 1 change.');

  await tabTo(page, 'Send a practice test email to Dana Whitfield');
  await page.keyboard.press('Enter');
  await expect(page.locator('.dir__test-title')).toHaveText('Practice test email to Dana Whitfield: delivered');
  await expect(progress(page)).toHaveText('All 5 steps done.');
  await expect(page.getByText(/Dana’s messages are on/)).toBeFocused();
  expect(errors).toEqual([]);
});

test('a Standard user cannot change the admin-only fields, and Read Only sees no Edit', async ({ page }) => {
  await page.goto(`${practice}?scenario=free`);
  await page.getByLabel('Viewing as').selectOption('standard-edit');
  await page.getByRole('button', { name: 'Edit Marco Ruiz' }).click();
  await expect(page.getByLabel('Send This User Messages')).toBeDisabled();
  for (const field of [/^Email Address/, /^Login/]) {
    const input = page.getByLabel(field);
    await expect(input).toHaveAttribute('readonly', '');
    await input.press('End');
    await input.pressSequentially('x');
    await expect(input).not.toHaveValue(/x$/);
  }
  await expect(page.getByLabel('Active?')).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Viewing as').selectOption('read-only');
  await expect(page.getByRole('button', { name: /^Edit / })).toHaveCount(0);
  await expect(page.getByText(/there is no Edit button/)).toBeVisible();
});

test('an invalid email blocks saving, with the error announced and shown beside the field', async ({ page }) => {
  await page.goto(`${practice}?scenario=free`);
  await page.getByRole('button', { name: 'Edit Theo Brandt' }).click();
  await page.getByLabel(/^Email Address/).fill('theo.brandt@harborline');
  await page.getByRole('button', { name: 'Save' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('One field needs fixing before you can save.');
  await expect(alert).toBeFocused();
  await expect(page.getByLabel(/^Email Address/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.dir__error')).toHaveText('Enter a full email address, such as name@company.example.');
  await alert.getByRole('link').click();
  await expect(page.getByLabel(/^Email Address/)).toBeFocused();
  await page.getByRole('button', { name: '← Back to the Directory' }).click();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('row', { name: /Theo Brandt/ })).toContainText('theo.brandt@harborline.example');
});

test('edits and progress survive a reload, and Reset restores the seed data', async ({ page }) => {
  await page.goto(`${practice}?scenario=setting-off`);
  await page.getByRole('button', { name: 'Edit Dana Whitfield' }).click();
  await page.getByLabel('Send This User Messages').selectOption('via-email');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(progress(page)).toHaveText(/^Step 5 of 5/);

  await page.reload();
  await expect(progress(page)).toHaveText(/^Step 5 of 5/);
  await expect(page.getByRole('row', { name: /Dana Whitfield/ })).toContainText('Via Email');
  await page.getByRole('button', { name: 'Edit Dana Whitfield' }).click();
  await page.getByRole('tab', { name: 'Change History (1)' }).click();
  await expect(page.getByRole('row', { name: /Send This User Messages/ })).toContainText('Not at All');
  await page.getByRole('button', { name: '← Back to the Directory' }).click();

  await page.getByRole('button', { name: 'Reset practice data' }).click();
  await expect(page.getByRole('row', { name: /Dana Whitfield/ })).toContainText('Not at All');
  await expect(progress(page)).toHaveText(/^Step 1 of 5/);
  await page.reload();
  await expect(page.getByRole('row', { name: /Dana Whitfield/ })).toContainText('Not at All');
});

test('with storage blocked the sandbox works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto(`${practice}?scenario=not-allowlisted`);
  await expect(page.getByText(/works in memory only/)).toBeVisible();
  await page.getByRole('button', { name: 'Send a practice test email to Keiko Tanaka' }).click();
  await expect(page.getByText('their company’s mail server does not allowlist Procore’s senders.', { exact: false })).toBeVisible();
  // The verdict holds no controls: the mail-server switch sits apart, outside the Directory.
  await expect(page.locator('.dir__test').locator('input, button, select')).toHaveCount(0);
  await page.getByRole('group', { name: 'Outside the Directory' }).getByLabel('Summit Steel Erectors’ mail server allowlists Procore').check();
  await page.getByRole('button', { name: 'Send a practice test email to Keiko Tanaka' }).click();
  await expect(progress(page)).toHaveText('All 4 steps done.');
});

test('the flagship article opens the practice exercise on its own page, at the right exercise', async ({ page }) => {
  await page.goto(flagship);
  await expect(page.locator('.dir')).toHaveCount(0);
  await page.getByRole('link', { name: 'Start the exercise' }).click();
  await expect(page).toHaveURL(new RegExp(`${practice}\\?scenario=setting-off$`));
  await expect(page.locator('.dir__progress')).toHaveText(/^Step 1 of 5/);
});

test.describe('accessibility', () => {
  test('axe finds no violations on the list, the edit page and the history tab', async ({ page }) => {
    test.setTimeout(120_000); // four full axe scans, slow on a loaded machine
    await page.goto(`${practice}?scenario=setting-off`);
    await expect(page.getByLabel('Viewing as')).toBeEnabled();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send a practice test email to Dana Whitfield' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Edit Dana Whitfield' }).click();
    await page.getByLabel(/^Email Address/).fill('dana@');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('fixing');
    await expectNoAxeViolations(page);
    await page.getByRole('tab', { name: /Change History/ }).click();
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations in dark colours as Read Only', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${practice}?scenario=collaborator`);
    await expect(page.getByLabel('Viewing as')).toHaveValue('read-only');
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says the practice Directory needs JavaScript and links to the written steps, with no buttons that cannot work', async ({ page }) => {
    await page.goto(`${practice}?scenario=setting-off`);
    await expect(page.getByText('The practice Directory needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Check and change the ‘Send This User Messages’ setting' })).toBeVisible();
    // The exercise cards' Start links could only reload this page.
    await expect(page.getByRole('link', { name: /^Start: / })).toHaveCount(0);
    await expect(page.locator('main').getByRole('button')).toHaveCount(0);
  });
});

test('on a 320 px phone the sticky step banner takes at most two lines; the guide shows the whole step', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openHydrated(page, `${practice}?scenario=setting-off`);
  // Screen readers still hear the whole step: only what is drawn is cut.
  await expect(progress(page)).toHaveText(/^Step 1 of 5: Find Dana Whitfield in the list \(this practice copy lets you search by name, email or company\)\.$/);
  const box = await progress(page).evaluate((e) => {
    const s = getComputedStyle(e);
    return { height: e.getBoundingClientRect().height, line: parseFloat(s.lineHeight), frame: parseFloat(s.paddingTop) + parseFloat(s.paddingBottom) + parseFloat(s.borderBottomWidth) };
  });
  expect(box.height).toBeLessThanOrEqual(2 * box.line + box.frame + 1);
  await expect(page.locator('.dir__steps [aria-current="step"]')).toContainText('this practice copy lets you search by name, email or company');
});
