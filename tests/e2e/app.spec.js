// The first user flow: describe a service, choose an audience, read the result.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const MAIL = 'We run the mail service for 1,200 staff at 99.95% uptime and blocked 2.3 million phishing emails. '
  + 'Staff can reach their mail from any device, and the service desk answers mail questions within the hour. '
  + 'Next year we want to move the archive to cheaper storage.';

test('the app loads with its title, description box and audience choice', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('ValueLens');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ValueLens');
  await expect(page.getByLabel('Describe the service')).toBeVisible();
  const audiences = page.getByRole('radiogroup').or(page.getByRole('group', { name: 'Who is listening?' }));
  await expect(audiences.getByRole('radio')).toHaveCount(4);
  await expect(page.getByRole('radio', { name: 'The board' })).toBeChecked();
});

test('describe a service, choose an audience, read the result', async ({ page }, testInfo) => {
  await page.goto('./');
  await page.getByLabel('Describe the service').fill(MAIL);
  await page.getByRole('radio', { name: 'A peer' }).check();
  const result = page.getByRole('region', { name: 'For a peer' });
  await expect(result).toBeVisible();
  await expect(result).toContainText('What the service is in plain functional terms');
  await expect(result.getByText('Words').locator('..')).toHaveText(/^Words\s*46$/);
  await expect(result).toContainText(/Grade \d+\.\d: (within|above) the target of 9 for a peer/);
  await page.screenshot({ path: testInfo.outputPath('describe-and-choose.png'), fullPage: true });
});

test('a short description is not given a misleading score', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Describe the service').fill('Helpdesk');
  await expect(page.getByText('Too short to score readability honestly')).toBeVisible();
});

test('typed HTML stays text and runs nothing', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto('./');
  const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await page.getByLabel('Describe the service').fill(payload);
  await expect(page.getByLabel('Describe the service')).toHaveValue(payload);
  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the app works when hosted under a sub-path', async ({ page }) => {
  await page.goto('/intranet/tools/valuelens/');
  await page.getByLabel('Describe the service').fill(MAIL);
  await expect(page.getByRole('region', { name: 'For the board' })).toContainText('Words');
});

test('no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Describe the service').fill(MAIL);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
