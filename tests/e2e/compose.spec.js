// Compose: describe a service (facts highlighted in the text, listed, correctable), choose who is
// listening, read the message, copy any part of it, and ask for other wording.
import { test, expect } from '@playwright/test';
import { MAIL, openApp, describeMail, description, headline, factList, screenshot } from './helpers.js';

test('the app starts on Compose with the service form, four audiences and an example offer', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle('ValueLens');
  await expect(description(page)).toBeVisible();
  const audiences = page.getByRole('group', { name: 'Who is listening?' });
  await expect(audiences.getByRole('radio')).toHaveCount(4);
  await expect(page.getByRole('radio', { name: 'The board' })).toBeChecked();
  await expect(page.getByText('No facts found yet')).toBeVisible();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(page.getByRole('textbox', { name: 'Service name' })).toHaveValue('Mail');
  await expect(page.getByText('5 facts found')).toBeVisible();
  await expect(headline(page)).not.toBeEmpty();
});

test('facts found are highlighted in the text and listed as the user types', async ({ page }, testInfo) => {
  await openApp(page);
  await description(page).fill('We run the mail service for 1,200 staff.');
  await expect(page.getByText('1 fact found')).toBeVisible();
  await description(page).fill(MAIL);
  await expect(page.getByText('5 facts found')).toBeVisible();
  const marks = page.locator('.highlight-layer mark');
  await expect(marks).toHaveText([
    '1,200 staff',
    '99.95% uptime',
    '2.3 million phishing emails last year',
    '12 minutes instead of 2 hours',
    '£40k a year',
  ]);
  await expect(factList(page).locator('.fact-words')).toHaveText([
    '1,200 staff',
    '99.95% uptime',
    '2.3 million phishing emails last year',
    '12 minutes instead of 2 hours',
    '£40k a year',
  ]);
  await expect(factList(page).first()).toContainText('people · in the description');
  const worked = page.getByRole('region', { name: 'Worked out from your figures' });
  await expect(worked).toContainText('4.4 hours of downtime a year');
  await expect(worked).toContainText('100% − 99.95% = 0.05% of 8,760 hours');
  await screenshot(page, testInfo, 'compose-facts');
});

test('a fact is corrected in words, removed, restored and added', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  const facts = page.getByRole('region', { name: 'Facts found' });

  await facts.getByRole('button', { name: 'Correct “1,200 staff”' }).click();
  const words = facts.getByRole('textbox', { name: 'Correct “1,200 staff”' });
  await expect(words).toBeFocused();
  await words.fill('1,500 staff');
  await expect(facts.getByText('Reads as: 1,500 staff (people)')).toBeVisible();
  await words.press('Enter');
  await expect(factList(page).first()).toContainText('1,500 staff');
  await expect(factList(page).first()).toContainText('corrected');
  await expect(page.getByRole('region', { name: 'Worked out from your figures' })).toContainText(
    '£26.67 a year per member of staff',
  );
  await expect(page.locator('.highlight-layer mark.mark-corrected')).toHaveText('1,200 staff');
  await facts.getByRole('button', { name: 'Undo the correction of “1,200 staff”' }).click();
  await expect(factList(page).first()).toContainText('1,200 staff');

  await facts.getByRole('button', { name: 'Remove “2.3 million phishing emails last year”' }).click();
  await expect(page.getByText('4 facts found')).toBeVisible();
  await expect(facts.getByRole('heading', { name: 'Removed from the facts' })).toBeVisible();
  await facts.getByRole('button', { name: 'Restore “2.3 million phishing emails last year”' }).click();
  await expect(page.getByText('5 facts found')).toBeVisible();

  await facts.getByRole('button', { name: 'Add a fact' }).click();
  const add = facts.getByRole('textbox', { name: 'Add a fact' });
  await add.fill('lots of happy people');
  await expect(facts.getByText('No figure found in that yet.')).toBeVisible();
  await facts.getByRole('button', { name: 'Save fact' }).click();
  await expect(add).toHaveAttribute('aria-invalid', 'true');
  await expect(facts.getByText('There is no figure in that.')).toBeVisible();
  await add.fill('20 minutes a day saved');
  await facts.getByRole('button', { name: 'Save fact' }).click();
  await expect(page.getByText('6 facts found')).toBeVisible();
  await expect(factList(page).last()).toContainText('20 minutes a day');
  await expect(factList(page).last()).toContainText('added by hand');
  await facts.getByRole('button', { name: 'Add a fact' }).click();
  await facts.getByRole('textbox', { name: 'Add a fact' }).press('Escape');
  await expect(facts.getByRole('textbox', { name: 'Add a fact' })).toHaveCount(0);
});

test('"Show" selects the fact in the description', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  await page.getByRole('button', { name: 'Show “£40k a year” in the description' }).click();
  await expect(description(page)).toBeFocused();
  const selected = await description(page).evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe('£40k a year');
});

test('a figure that cannot be right is shown as a problem, not used', async ({ page }) => {
  await openApp(page);
  await description(page).fill('Uptime was 101% last month.');
  const problems = page.getByRole('region', { name: 'Figures not used' });
  await expect(problems).toContainText('101% availability is not possible');
  await expect(page.locator('.highlight-layer mark.mark-problem')).toHaveText('Uptime was 101%');
});

test('the message follows the audience chosen and the words typed', async ({ page }, testInfo) => {
  await openApp(page);
  await describeMail(page);
  const board = await headline(page).textContent();
  await page.getByRole('radio', { name: 'A peer' }).check();
  await expect(page.locator('.eyebrow')).toHaveText('Headline for a peer');
  await expect(headline(page)).not.toHaveText(board);
  for (const part of ['Key points', '30-second pitch', '2-minute talk track', 'Likely questions']) {
    await expect(page.getByRole('region', { name: part })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Key points' }).getByRole('listitem')).not.toHaveCount(0);
  await expect(page.getByRole('region', { name: '30-second pitch' })).toContainText(/\d+ words, about \d+ seconds to say/);
  await expect(page.getByRole('status')).toHaveText('Showing the message for a peer.');
  await expect(headline(page)).toHaveAttribute('aria-live', 'polite');

  const before = await page.locator('.message').textContent();
  await page.getByRole('textbox', { name: 'Service name' }).fill('Email');
  await expect(page.locator('.message')).not.toHaveText(before);
  await screenshot(page, testInfo, 'compose-peer');
});

test('"Say it another way" gives other wording for the same facts', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  const message = page.locator('.message');
  const first = await message.textContent();
  // Every wording once, each new, then back to the first, and the user is told so.
  const seen = [first];
  const status = page.getByRole('status');
  for (let i = 0; i < 50; i += 1) {
    await page.getByRole('button', { name: 'Say it another way' }).click();
    await expect(status).toHaveText(/^(Wording \d+ of \d+ shown|That was every wording \(\d+\): back to the first)\.$/);
    if ((await status.textContent()).startsWith('That was every wording')) break;
    const now = await message.textContent();
    expect(seen).not.toContain(now);
    seen.push(now);
  }
  expect(seen.length).toBeGreaterThan(1);
  await expect(status).toHaveText(`That was every wording (${seen.length}): back to the first.`);
  await expect(message).toHaveText(first);
});

test('each part of the message has its own copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await describeMail(page);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole('button', { name: 'Copy the headline' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied the headline.');
  expect(await clipboard()).toBe(await headline(page).textContent());
  await expect(page.getByRole('button', { name: 'Copy the headline' })).toHaveText('Copied');

  await page.getByRole('button', { name: 'Copy the pitch' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied the pitch.');
  expect(await clipboard()).toBe(await page.locator('.pitch').textContent());

  await page.getByRole('button', { name: 'Copy the key points' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied the key points.');
  const points = await page.getByRole('region', { name: 'Key points' }).locator('li > p:first-child').allTextContents();
  expect(await clipboard()).toBe(points.map((p) => `- ${p}`).join('\n'));

  for (const what of ['the talk track', 'the questions']) {
    await page.getByRole('button', { name: `Copy ${what}` }).click();
    await expect(page.getByRole('status')).toHaveText(`Copied ${what}.`);
  }
});
