// Keep: everything autosaves; the library lists services to open, rename, duplicate and delete
// (with undo); all of it survives a reload.
import { test, expect } from '@playwright/test';
import { MAIL, openApp, describeMail, description, show, headline, screenshot, stored } from './helpers.js';

function item(page, title) {
  return page.getByRole('region', { name: 'Library' }).getByRole('listitem').filter({
    has: page.getByRole('heading', { name: title, exact: true }),
  });
}

test('work survives a reload: text, audience, wording, corrections and draft', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  await page.getByRole('textbox', { name: 'Who uses it' }).fill('all 1,200 staff');
  await page.getByRole('radio', { name: 'Your manager' }).check();
  await page.getByRole('button', { name: 'Say it another way' }).click();
  await page.getByRole('button', { name: 'Remove “2.3 million phishing emails last year”' }).click();
  const said = await headline(page).textContent();
  await show(page, 'Check my draft');
  await page.getByRole('textbox', { name: 'Your draft' }).fill('We think the VPN is fine.');
  await show(page, 'Compose');

  await page.reload();
  await expect(description(page)).toHaveValue(MAIL);
  await expect(page.getByRole('textbox', { name: 'Service name' })).toHaveValue('Mail');
  await expect(page.getByRole('textbox', { name: 'Who uses it' })).toHaveValue('all 1,200 staff');
  await expect(page.getByRole('radio', { name: 'Your manager' })).toBeChecked();
  await expect(headline(page)).toHaveText(said);
  await expect(page.getByRole('button', { name: 'Restore “2.3 million phishing emails last year”' })).toBeVisible();
  await show(page, 'Check my draft');
  await expect(page.getByRole('textbox', { name: 'Your draft' })).toHaveValue('We think the VPN is fine.');

  const library = await stored(page);
  expect(library.format).toBe('valuelens');
  expect(library.version).toBe(1);
  expect(library.services[0].input.description).toBe(MAIL);
});

test('the library creates, opens, renames, duplicates and deletes services, with undo', async ({ page }, testInfo) => {
  await openApp(page);
  await describeMail(page);
  await show(page, 'Library');
  await page.getByRole('button', { name: 'New service' }).click();
  await expect(nav(page)).toHaveAttribute('aria-current', 'page');
  await page.getByRole('textbox', { name: 'Service name' }).fill('Service desk');
  await description(page).fill('The service desk helps 300 agents and answers 4,500 tickets a month.');

  await show(page, 'Library');
  await expect(page.getByText('2 services kept in this browser')).toBeVisible();
  await expect(item(page, 'Service desk')).toContainText('Open now');
  await expect(item(page, 'Mail')).toContainText('5 facts · for the board');

  await item(page, 'Mail').getByRole('button', { name: 'Rename “Mail”' }).click();
  const name = page.getByRole('textbox', { name: 'New name for “Mail”' });
  await name.fill('Email for everyone');
  await name.press('Enter');
  await expect(item(page, 'Email for everyone')).toBeVisible();

  await item(page, 'Email for everyone').getByRole('button', { name: 'Duplicate “Email for everyone”' }).click();
  await expect(item(page, 'Email for everyone (copy)')).toBeVisible();
  await screenshot(page, testInfo, 'library');

  await item(page, 'Email for everyone (copy)').getByRole('button', { name: 'Delete “Email for everyone (copy)”' }).click();
  await expect(item(page, 'Email for everyone (copy)')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Deleted “Email for everyone (copy)”.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(item(page, 'Email for everyone (copy)')).toBeVisible();

  await item(page, 'Email for everyone').getByRole('button', { name: 'Open “Email for everyone”' }).click();
  await expect(description(page)).toHaveValue(MAIL);

  await page.reload();
  await show(page, 'Library');
  await expect(page.locator('.library-item h3')).toHaveText(['Email for everyone', 'Email for everyone (copy)', 'Service desk']);
});

test('renaming can be cancelled with Escape', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  await show(page, 'Library');
  await item(page, 'Mail').getByRole('button', { name: 'Rename “Mail”' }).click();
  const name = page.getByRole('textbox', { name: 'New name for “Mail”' });
  await name.fill('Something else');
  await name.press('Escape');
  await expect(name).toHaveCount(0);
  await expect(item(page, 'Mail')).toBeVisible();
});

function nav(page) {
  return page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compose', exact: true });
}
