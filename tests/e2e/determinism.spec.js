// The browser and the command line say the same thing for the same input and seed: the web app's
// headline, key points and pitch equal `valuelens compose` for every audience, at seed 0 and after
// "Say it another way" (the next seed with a different wording, as kept in storage).
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MAIL, openApp, description, headline, show, stored } from './helpers.js';

const CLI = ['target/debug/valuelens', 'target/release/valuelens'].find((p) => existsSync(p));

function cli(audience, seed) {
  const input = JSON.stringify({ name: 'Mail', description: MAIL });
  const out = execFileSync(CLI, ['compose', '--audience', audience, '--seed', String(seed), '--structured', '--format', 'json'], { input });
  return JSON.parse(out.toString()).messages[0];
}

test('the web app and the CLI compose the same words', async ({ page }) => {
  expect(CLI, 'the CLI is built before the end-to-end tests (scripts/test.sh runs cargo test first)').toBeTruthy();
  await openApp(page);
  await show(page, 'Compose');
  await page.getByRole('textbox', { name: 'Service name' }).fill('Mail');
  await description(page).fill(MAIL);
  const audiences = [
    ['board', 'The board'],
    ['team-lead', 'A team lead'],
    ['peer', 'A peer'],
    ['manager', 'Your manager'],
  ];
  for (const [id, label] of audiences) {
    await page.getByRole('radio', { name: label }).first().check();
    const expected = cli(id, 0);
    await expect(headline(page)).toHaveText(expected.headline);
    await expect(page.getByText(expected.pitch, { exact: true }).first()).toBeVisible();
    for (const point of expected.points) {
      await expect(page.getByText(point.text, { exact: true }).first()).toBeVisible();
    }
  }
  await page.getByRole('button', { name: 'Say it another way' }).click();
  await expect.poll(async () => (await stored(page))?.services[0].seed).toBeGreaterThan(0);
  const seed = (await stored(page)).services[0].seed;
  await expect(headline(page)).toHaveText(cli('manager', seed).headline);
});
