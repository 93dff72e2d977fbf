// The README's pictures: each view at desktop size with the example service, saved as test output
// (scripts/screenshots.sh copies them into docs/). Each also checks the view shows what it should.
import { test, expect } from '@playwright/test';
import { DRAFT, openApp, show } from './helpers.js';

test.use({ viewport: { width: 1280, height: 960 }, colorScheme: 'light', reducedMotion: 'reduce' });

async function example(page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.getByRole('textbox', { name: 'Who uses it' }).fill('all 1,200 staff');
  await page.getByRole('textbox', { name: 'What you want from them (the ask)' }).fill('Approve £40k a year to renew the phishing filter.');
}

test('README picture: compose', async ({ page }, testInfo) => {
  await example(page);
  await expect(page.locator('.headline-card .headline')).not.toBeEmpty();
  await page.screenshot({ path: testInfo.outputPath('compose.png') });
});

test('README picture: compose on a phone', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  // The offer on the description pane fills in the example and shows its message.
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(page.getByRole('button', { name: 'Message', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator('.headline-card .headline')).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('compose-phone.png') });
});

test('README picture: compare', async ({ page }, testInfo) => {
  await example(page);
  await show(page, 'Compare');
  await expect(page.locator('.compare-card')).toHaveCount(4);
  await page.screenshot({ path: testInfo.outputPath('compare.png') });
});

test('README picture: check my draft', async ({ page }, testInfo) => {
  await example(page);
  await show(page, 'Check my draft');
  await page.getByRole('textbox', { name: 'Your draft' }).fill(DRAFT);
  await page.locator('.marked-text').getByRole('button', { name: 'SAN' }).focus();
  await expect(page.getByRole('tooltip').filter({ hasText: '“SAN” is jargon' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('check.png') });
});

test('README picture: library', async ({ page }, testInfo) => {
  await example(page);
  await show(page, 'Library');
  await page.getByRole('button', { name: 'Duplicate “Mail”' }).click();
  await page.getByRole('button', { name: 'New service' }).click();
  await page.getByRole('textbox', { name: 'Service name' }).fill('Service desk');
  await page.getByRole('textbox', { name: 'Describe the service' }).fill(
    'The service desk helps 300 agents and answers 4,500 tickets a month, 30% fewer than last year.',
  );
  await show(page, 'Library');
  await expect(page.locator('.library-item')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('library.png') });
});

test('README picture: brief', async ({ page }, testInfo) => {
  await openApp(page);
  const services = [
    ['Phones', "We merged the two offices' phone systems, cutting call costs by £30,000 a year."],
    ['Password resets', "Self-service resets cut the desk's time from 10 minutes to 1 per reset; we do 1,800 resets a month for 1,200 staff."],
    ['Mail', 'We run the mail service for 1,200 staff at 99.95% uptime.'],
  ];
  for (const [i, [name, text]] of services.entries()) {
    if (i > 0) {
      await show(page, 'Library');
      await page.getByRole('button', { name: 'New service' }).click();
    }
    await page.getByRole('textbox', { name: 'Service name' }).fill(name);
    await page.getByRole('textbox', { name: 'Describe the service' }).fill(text);
  }
  await show(page, 'Brief');
  await expect(page.locator('.brief-headline')).toContainText('Across 3 services');
  await page.screenshot({ path: testInfo.outputPath('brief.png') });
});
