// Hostile text through every input of the app: markup and script, template syntax, right-to-left
// and zero-width characters, emoji sequences, combining marks, NUL, absurd figures and a 1 MB
// paste. Nothing runs, nothing crashes, the text is kept exactly, and the app still responds.
import { test, expect } from '@playwright/test';
import { openApp, description, show, headline } from './helpers.js';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:window.__pwned=3">x</a>',
  '{{service}} {x} ${x} %s %d %n {0} <%= x %> {{#each}}',
  '\u202eevil\u202c mail for 1,200 staff \u200b\u200d\u2060 مرحبا بالعالم',
  '👩‍💻🏳️‍🌈🇬🇧👍🏽 we run 👨‍👩‍👧‍👦 mail',
  'e\u0301\u0301\u0301 Z\u0351\u0352\u0353 5\u0301% uptime',
  'before\u0000after 1,200\u0000staff',
  '101% uptime, 1e309 users, 99999999999999999999 tickets, -5 days, NaN% inf staff, £-40k',
];

const COMPOSE_FIELDS = ['Service name', 'Describe the service', 'Who uses it', 'What you want from them (the ask)'];

test('hostile text in every field is kept as text and runs nothing', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  for (const payload of PAYLOADS) {
    await show(page, 'Compose');
    for (const name of COMPOSE_FIELDS) {
      const box = page.getByRole('textbox', { name, exact: true });
      await box.fill(payload);
      await expect(box).toHaveValue(payload);
    }
    await expect(headline(page)).not.toBeEmpty();
    await show(page, 'Check my draft');
    const draft = page.getByRole('textbox', { name: 'Your draft' });
    await draft.fill(payload);
    await expect(draft).toHaveValue(payload);
    for (const view of ['Compare', 'Rehearse', 'Library']) {
      await show(page, view);
    }
  }
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await expect(page.locator('#crash')).toHaveCount(0);
});

test('a 1 MB paste is kept whole and the app still responds', async ({ page }) => {
  await openApp(page);
  const big = 'We run the mail service for 1,200 staff at 99.95% uptime. '.repeat(18_000);
  expect(big.length).toBeGreaterThan(1_000_000);
  await description(page).fill(big);
  await expect(description(page)).toHaveValue(big);
  await expect(page.getByText(/The first 50 of \d+ are listed here\./)).toBeVisible();
  await expect(page.getByText(/ValueLens reads the figures in the first 49,\d{3} characters; the [\d,]+ from here on are kept/)).toBeVisible();
  await expect(headline(page)).not.toBeEmpty();
  await show(page, 'Compare');
  await show(page, 'Compose');
  await expect(description(page)).toHaveValue(big);
  await expect(page.locator('#crash')).toHaveCount(0);
});
