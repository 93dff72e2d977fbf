// The value model in the app: what the user's figures are worth, chain by chain, with every
// assumption changeable in place and the message following at once.
import { test, expect } from '@playwright/test';
import { openApp, description, headline, expectNoSeriousA11yViolations, screenshot } from './helpers.js';

const RESETS =
  'Password resets used to take the desk 10 minutes each and now take 1 minute; we do 1,800 resets a month.';

test('the figures worked out show their chain, and the missing one is named', async ({ page }, testInfo) => {
  await openApp(page);
  await description(page).fill(RESETS);
  const worked = page.getByRole('region', { name: 'Worked out from your figures' });
  const chain = worked.locator('.chains > li').filter({ hasText: 'the time of 2 full-time people' });
  await expect(chain.locator('.chain li')).toHaveText([
    /10 minutes − 1 minute = 9 minutes per reset saved/,
    /9 minutes per reset × 1,800 resets a month = 270 hours a month/,
    /270 hours a month × 12 months = 3,240 hours a year/,
    /3,240 hours a year ÷ 1,650 working hours/,
  ]);
  await expect(worked.locator('.missing-figure')).toHaveText(/what an hour of staff time costs .* 3,240 hours a year into money/);
  await expect(headline(page)).toContainText('3,240 hours');
  await expectNoSeriousA11yViolations(page, 'worked out');
  await screenshot(page, testInfo, 'value-chain');
});

test('an assumption changed in place changes the figures and the message', async ({ page }) => {
  await openApp(page);
  await description(page).fill(RESETS);
  const cost = page.getByRole('textbox', { name: 'What an hour of staff time costs' });
  await expect(cost).toHaveValue('');
  await cost.fill('£30');
  await expect(headline(page)).toContainText('worth about £97,200');
  await expect(page.locator('.missing-figure')).toHaveCount(0);
  const days = page.getByRole('textbox', { name: "A person's working days in a year" });
  await expect(page.locator('#assumption-working_days_per_year-note')).toHaveText(/Default: 220/);
  await days.fill('200');
  await expect(page.getByRole('region', { name: 'Worked out from your figures' })).toContainText('3,240 hours a year ÷ 1,500 working hours');
  await days.fill('900');
  await expect(page.locator('#assumption-working_days_per_year-note')).toContainText('up to 366');
  await expect(days).toHaveValue('900');
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('region', { name: 'Worked out from your figures' })).toContainText('÷ 1,500 working hours');
  await cost.fill('');
  await expect(headline(page)).not.toContainText('worth about');
});

test('the assumptions a user sets are kept with the service', async ({ page }) => {
  await openApp(page);
  await description(page).fill(RESETS);
  await page.getByRole('textbox', { name: 'What an hour of staff time costs' }).fill('£30');
  await expect(headline(page)).toContainText('worth about £97,200');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'What an hour of staff time costs' })).toHaveValue('£30');
  await expect(headline(page)).toContainText('worth about £97,200');
});
