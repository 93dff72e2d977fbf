// Stored data that cannot be used — corrupt, another program's, from a newer version, too large —
// is set aside with a notice, never crashes the app and never costs what is on screen; a full
// storage quota is reported, not ignored.
import { test, expect } from '@playwright/test';
import { MAIL, KEY, SET_ASIDE_KEY, openApp, description, describeMail, screenshot, stored } from './helpers.js';

async function startWithStored(page, value) {
  await openApp(page);
  await page.evaluate(([key, v]) => localStorage.setItem(key, v), [KEY, value]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'ValueLens' })).toBeVisible();
}

const cases = [
  ['corrupt', '{"format":"valuelens","version":1,"services":[{"id":1', 'The saved data in this browser is unreadable.'],
  ['foreign', '{"theme":"dark","fontSize":14}', 'The saved data in this browser was not written by ValueLens.'],
  ['newer', '{"format":"valuelens","version":99,"services":"?"}', 'written by a newer version of ValueLens (format 99)'],
  ['damaged', '{"format":"valuelens","version":1,"current":1,"services":[{"id":1}]}', 'The saved data in this browser is damaged'],
];

for (const [kind, value, notice] of cases) {
  test(`a ${kind} stored value is set aside with a notice and the app works`, async ({ page }, testInfo) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await startWithStored(page, value);
    const alert = page.getByRole('alert').filter({ hasText: notice });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('It was set aside (under “valuelens.unreadable”');
    expect(await page.evaluate((k) => localStorage.getItem(k), SET_ASIDE_KEY)).toBe(value);
    if (kind === 'corrupt') await screenshot(page, testInfo, 'storage-set-aside');

    await describeMail(page);
    expect((await stored(page)).services[0].input.description).toBe(MAIL);
    expect(await page.evaluate((k) => localStorage.getItem(k), SET_ASIDE_KEY)).toBe(value);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('an oversized stored value is set aside, not read', async ({ page }) => {
  const huge = JSON.stringify({ format: 'valuelens', version: 1, pad: 'x'.repeat(2_100_000) });
  await startWithStored(page, huge);
  await expect(page.getByRole('alert')).toContainText('The saved data in this browser is too large to read');
  await describeMail(page);
  expect((await stored(page)).services[0].input.description).toBe(MAIL);
});

test('hostile values inside a readable library are put right and told', async ({ page }) => {
  const library = {
    format: 'valuelens',
    version: 1,
    current: 7,
    services: [{ id: 7, input: { name: '<b>Mail</b>', description: MAIL }, audience: '"><script>alert(1)</script>', seed: 3 }],
  };
  await startWithStored(page, JSON.stringify(library));
  await expect(page.getByRole('status').filter({ hasText: '1 detail saved could not be used' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Service name' })).toHaveValue('<b>Mail</b>');
  await expect(page.getByRole('radio', { name: 'The board' })).toBeChecked();
});

test('unreadable data that cannot be set aside is not overwritten until the user says so', async ({ page }) => {
  await page.addInitScript((aside) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === aside) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  }, SET_ASIDE_KEY);
  await startWithStored(page, 'not json at all');
  await expect(page.getByRole('alert').filter({ hasText: 'There was no room to set it aside.' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'ValueLens is not saving' })).toBeVisible();
  await description(page).fill(MAIL);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe('not json at all');
  await page.getByRole('button', { name: 'Save my work over it' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'ValueLens is not saving' })).toHaveCount(0);
  await expect.poll(async () => (await stored(page))?.services?.[0]?.input?.description).toBe(MAIL);
});

test('a full storage quota is reported and what is on screen is kept', async ({ page }) => {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, value) {
      if (k === key && window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, k, value);
    };
  }, KEY);
  await openApp(page);
  await describeMail(page);
  await page.evaluate(() => { window.__full = true; });
  await description(page).fill(`${MAIL} More text that cannot be saved.`);
  const full = page.getByRole('alert').filter({ hasText: 'storage for ValueLens is full' });
  await expect(full).toBeVisible();
  await expect(description(page)).toHaveValue(`${MAIL} More text that cannot be saved.`);
  expect((await stored(page)).services[0].input.description).toBe(MAIL);

  await page.evaluate(() => { window.__full = false; });
  await description(page).fill(`${MAIL} Saved now.`);
  await expect(full).toHaveCount(0);
  expect((await stored(page)).services[0].input.description).toBe(`${MAIL} Saved now.`);
});

test('storage the browser refuses (private mode) is reported and the app works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await openApp(page);
  await expect(page.getByRole('alert').filter({ hasText: 'does not let ValueLens save' })).toBeVisible();
  await describeMail(page);
  await expect(page.locator('.headline-card .headline')).not.toBeEmpty();
});
