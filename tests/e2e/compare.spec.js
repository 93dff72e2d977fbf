// Compare: the same service as every audience hears it, side by side.
import { test, expect } from '@playwright/test';
import { openApp, describeMail, show, headline, screenshot } from './helpers.js';

test('all four audiences side by side, each different, each openable in full', async ({ page }, testInfo) => {
  await openApp(page);
  await describeMail(page);
  await show(page, 'Compare');
  await expect(page.getByRole('heading', { name: 'Compare audiences' })).toBeVisible();
  const cards = page.locator('.compare-card');
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText(['The board', 'A team lead', 'A peer', 'Your manager']);
  const headlines = await cards.locator('.headline').allTextContents();
  expect(headlines).toHaveLength(4);
  expect(new Set(headlines).size).toBe(4);
  for (const card of await cards.all()) {
    await expect(card.getByRole('heading', { name: 'Key points' })).toBeVisible();
    await expect(card.getByRole('listitem')).not.toHaveCount(0);
    await expect(card.locator('.pitch')).not.toBeEmpty();
  }
  await screenshot(page, testInfo, 'compare');

  const manager = headlines[3];
  await page.getByRole('button', { name: 'Open the full message for your manager' }).click();
  await expect(page.getByRole('radio', { name: 'Your manager' })).toBeChecked();
  await expect(headline(page)).toHaveText(manager);
});

test('compare with nothing described yet offers the example', async ({ page }) => {
  await openApp(page);
  await show(page, 'Compare');
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(page.locator('.compare-card')).toHaveCount(4);
});

test('all four messages export as one document', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  await show(page, 'Compare');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mail-for-every-audience.md');
  const fs = await import('node:fs/promises');
  const text = await fs.readFile(await download.path(), 'utf8');
  for (const who of ['the board', 'a team lead', 'a peer', 'your manager']) {
    expect(text).toContain(`— for ${who}`);
  }
});
