// The board brief: a library of several services rolled into one account, with totals shown as
// sums, the three strongest stories, the talk track against the slot; printed as two pages and
// shown as one slide that fits a projector.
import { test, expect } from '@playwright/test';
import { openApp, show, description, expectNoSeriousA11yViolations } from './helpers.js';

const SERVICES = [
  ['Phones', "We merged the two offices' phone systems, cutting call costs by £30,000 a year."],
  ['Password resets', 'Self-service resets cut the desk\'s time from 10 minutes to 1 per reset; we do 1,800 resets a month for 1,200 staff.'],
  ['Mail', 'We run the mail service for 1,200 staff at 99.95% uptime.'],
  ['Collaboration', 'Moving to Teams calling saves us £11,000 a year in licences.'],
];

async function library(page) {
  await openApp(page);
  for (const [i, [name, text]] of SERVICES.entries()) {
    if (i > 0) {
      await show(page, 'Library');
      await page.getByRole('button', { name: 'New service' }).click();
    }
    await page.getByRole('textbox', { name: 'Service name' }).fill(name);
    await description(page).fill(text);
  }
  await show(page, 'Brief');
}

const pack = (page) => page.locator('.brief-pack');

test('a library becomes one brief: totals as sums, three stories, the talk track against the slot', async ({ page }, testInfo) => {
  await library(page);
  await expect(page.getByRole('heading', { level: 2, name: /^Across 4 services, IT saves £41,000 a year and gives back 3,240 hours of staff time a year\.$/ })).toBeVisible();
  const totals = pack(page).locator('.brief-totals li');
  await expect(totals.filter({ hasText: 'Money saved a year (GBP)' })).toContainText('£30,000 (Phones) + £11,000 (Collaboration) = £41,000 a year');
  // People are not added across services (the same staff use several): each row says whom it serves.
  await expect(pack(page).locator('.brief-table tbody tr').filter({ hasText: 'Password resets' })).toContainText('1,200 staff');
  await expect(totals.filter({ hasText: 'People served' })).toHaveCount(0);
  await expect(pack(page).locator('.brief-stories li')).toHaveCount(3);
  await expect(pack(page).locator('.brief-stories li').first()).toContainText('Phones');
  await expect(page.getByRole('heading', { name: /^Talk track: .* of a 15-minute slot$/ })).toBeVisible();

  // A term opens its service, where its working is.
  await totals.filter({ hasText: 'Money saved' }).getByRole('button', { name: 'Open “Collaboration” and its working' }).click();
  await expect(page.getByRole('textbox', { name: 'Service name' })).toHaveValue('Collaboration');
  await show(page, 'Brief');

  // Leaving a service out, a shorter slot, another audience.
  await page.getByRole('checkbox', { name: 'Phones' }).uncheck();
  await expect(totals.filter({ hasText: 'Money saved' })).toContainText('£11,000 (Collaboration) = £11,000 a year');
  await page.getByRole('textbox', { name: 'Slot, in minutes' }).fill('1');
  await expect(page.getByRole('heading', { name: /of a 1-minute slot$/ })).toBeVisible();
  await expect(pack(page).locator('.brief-track .over-slot').first()).toContainText('past the slot');
  await page.getByRole('textbox', { name: 'Slot, in minutes' }).fill('an hour');
  await expect(page.getByRole('alert')).toContainText('“an hour” is not a slot ValueLens can use');
  await page.getByRole('radio', { name: 'Your manager' }).check();
  await expect(pack(page).locator('.eyebrow')).toHaveText('For your manager');
  await expectNoSeriousA11yViolations(page, 'brief');
  await page.screenshot({ path: testInfo.outputPath('brief.png') });
});

test('the brief prints as a two-page pack', async ({ page }) => {
  await library(page);
  await expect(pack(page)).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(2);
});

test('one slide fits a 1280×720 projector and Escape goes back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await library(page);
  await page.getByRole('button', { name: 'One slide' }).click();
  const slide = page.locator('.brief-slide');
  await expect(slide.getByRole('heading', { level: 2 })).toContainText('Across 4 services');
  await expect(slide.locator('.slide-figures li')).toHaveCount(3);
  await expect(slide.locator('.slide-stories li')).toHaveCount(3);
  const fits = await slide.evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth);
  expect(fits).toBe(true);
  await expect(page.getByRole('button', { name: 'Back to the brief' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'one slide');
  await page.keyboard.press('Escape');
  await expect(slide).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'One slide' })).toBeFocused();
});

test('the brief works at 360 px and in a widget with mode="brief"', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await library(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.route('**/hosts/brief.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><script type="module" src="/valuelens-widget.js"></script></head><body><valuelens-widget id="w" mode="brief" storage="app"></valuelens-widget></body></html>',
  }));
  await page.goto('hosts/brief.html');
  const widget = page.locator('#w');
  await expect(widget.getByRole('button', { name: 'Brief', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(widget.getByRole('heading', { level: 2, name: /^Across 4 services/ })).toBeVisible();
});

test('the brief is rehearsed like a single message, against its slot', async ({ page }) => {
  await library(page);
  await page.getByRole('textbox', { name: 'Slot, in minutes' }).fill('5');
  await show(page, 'Rehearse');
  await page.getByRole('radio', { name: 'The brief of your whole library, a part at a time' }).check();
  await expect(page.locator('.step-label')).toHaveText(/^Opening, step 1 of \d+$/);
  await expect(page.locator('.timer-figures')).toContainText('Target 5:00');
  await expect(page.locator('.step-text')).toHaveText('A short account of what IT is worth to us, across 4 services.');
});
