// Share and export: a link carrying the service in its fragment (opened in a fresh browser it
// shows the same message), Markdown and plain text downloads, copying with fallbacks for browsers
// without the Clipboard API, and a print stylesheet giving a one-page briefing card.
import { test, expect } from '@playwright/test';
import fs from 'node:fs/promises';
import { MAIL, openApp, describeMail, description, headline, show, screenshot, stored } from './helpers.js';

async function linkFor(page) {
  return page.getByRole('textbox', { name: 'Link to this service' }).inputValue();
}

test('a shared link opens the same service and message in a fresh browser', async ({ page, browser }, testInfo) => {
  await openApp(page);
  await describeMail(page);
  await page.getByRole('radio', { name: 'A peer' }).check();
  await page.getByRole('button', { name: 'Say it another way' }).click();
  const said = await headline(page).textContent();
  const link = await linkFor(page);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#service=1\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const requests = [];
  other.on('request', (r) => requests.push(r.url()));
  await other.goto(link);
  await expect(other.getByRole('status').filter({ hasText: 'Opened the shared service “Mail”. It is now in your library.' })).toBeVisible();
  await expect(description(other)).toHaveValue(MAIL);
  await expect(other.getByRole('radio', { name: 'A peer' })).toBeChecked();
  await expect(headline(other)).toHaveText(said);
  expect(new URL(other.url()).hash).toBe('');
  expect(requests.every((url) => !url.includes('#') && !url.includes('service='))).toBe(true);
  await screenshot(other, testInfo, 'shared-link-opened');

  await other.reload();
  await show(other, 'Library');
  await expect(other.getByText('1 service kept in this browser')).toBeVisible();
  await fresh.close();
});

test('a link pasted into the open app opens beside what is there', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  const link = await linkFor(page);
  await page.getByRole('button', { name: 'Say it another way' }).click();
  await description(page).fill('The service desk helps 300 agents.');
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await expect(description(page)).toHaveValue(MAIL);
  await expect(page.getByRole('status').filter({ hasText: 'Opened the shared service “Mail”' })).toBeVisible();
  await show(page, 'Library');
  await expect(page.getByText('2 services kept in this browser')).toBeVisible();
});

test('a damaged or foreign link is refused with a reason and changes nothing', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  for (const [hash, reason] of [
    ['#service=1.bm90IGpzb24', 'This link is damaged or incomplete'],
    ['#service=7.e30', 'made by a newer version of ValueLens'],
    ['#service=1.%%%', 'This link is damaged or incomplete'],
  ]) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('alert').last()).toContainText(reason);
    await expect(page.getByRole('alert').last()).toContainText('Nothing on screen was changed.');
    await expect(description(page)).toHaveValue(MAIL);
  }
  await page.reload();
  await page.goto('./#workspace');
  await expect(description(page)).toHaveValue(MAIL);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the message exports as Markdown and as plain text', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  const said = await headline(page).textContent();
  const pitch = await page.locator('.pitch').textContent();

  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
  expect(md.suggestedFilename()).toBe('mail-for-the-board.md');
  const markdown = await fs.readFile(await md.path(), 'utf8');
  expect(markdown).toMatch(/^# .+ — for the board\n/);
  expect(markdown).toContain(`**${said}**`);
  expect(markdown).toContain(`## 30-second pitch\n\n${pitch}`);
  expect(markdown).toContain('## How the figures were worked out');

  const [txt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download plain text' }).click()]);
  expect(txt.suggestedFilename()).toBe('mail-for-the-board.txt');
  const plain = await fs.readFile(await txt.path(), 'utf8');
  expect(plain).toContain(said);
  expect(plain).toContain(pitch);
  expect(plain).not.toContain('**');
  await expect(page.getByRole('status')).toHaveText('Downloaded mail-for-the-board.txt.');
});

test('copying works without the Clipboard API, through the older copy command', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    window.__copied = [];
    document.execCommand = (command) => {
      window.__copied.push([command, document.activeElement?.value]);
      return true;
    };
  });
  await openApp(page);
  await describeMail(page);
  const button = page.getByRole('button', { name: 'Copy the headline' });
  await button.click();
  await expect(page.getByRole('status')).toHaveText('Copied the headline.');
  expect(await page.evaluate(() => window.__copied)).toEqual([['copy', await headline(page).textContent()]]);
  await expect(button).toBeFocused();
  await expect(page.locator('textarea.visually-hidden')).toHaveCount(0);
});

test('when the browser will not copy at all, the text is offered selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    });
    document.execCommand = () => false;
  });
  await openApp(page);
  await describeMail(page);
  await page.getByRole('button', { name: 'Copy the pitch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy the pitch' });
  await expect(dialog).toBeVisible();
  const text = dialog.getByRole('textbox');
  await expect(text).toBeFocused();
  await expect(text).toHaveValue(await page.locator('.pitch').textContent());
  expect(await text.evaluate((el) => el.selectionEnd - el.selectionStart)).toBe((await text.inputValue()).length);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('printing gives a one-page briefing card', async ({ page }, testInfo) => {
  await openApp(page);
  await describeMail(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('ValueLens briefing card · Mail · for the board')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(description(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Say it another way' })).toBeHidden();
  await expect(headline(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Likely questions' })).toBeVisible();
  await screenshot(page, testInfo, 'print-briefing-card');
  const pdf = await page.pdf({ format: 'A4' });
  await fs.writeFile(testInfo.outputPath('briefing-card.pdf'), pdf);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBe(1);
});

test('a service too long for a link says so and offers export instead', async ({ page }) => {
  await openApp(page);
  await description(page).fill(`${MAIL} `.repeat(400));
  await expect(page.locator('#share-link-error')).toContainText('too long to share as a link');
  await expect(page.getByRole('textbox', { name: 'Link to this service' })).toHaveCount(0);
  expect((await stored(page)).services[0].input.description.length).toBeGreaterThan(50_000);
});
