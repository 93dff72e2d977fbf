// Check my draft: paste your own wording, choose the audience, see what is flagged and why, put
// it right, switch rules off and accept terms; readability and speaking time against targets.
import { test, expect } from '@playwright/test';
import { DRAFT, openApp, show, screenshot } from './helpers.js';

async function checkDraft(page, text = DRAFT) {
  await openApp(page);
  await show(page, 'Check my draft');
  await page.getByRole('textbox', { name: 'Your draft' }).fill(text);
}

function findings(page) {
  return page.getByRole('region', { name: 'Findings' });
}

test('findings are marked in the draft and listed with why and what to say instead', async ({ page }, testInfo) => {
  await checkDraft(page);
  await expect(findings(page).getByText(/^\d+ findings$/)).toBeVisible();
  const marked = page.locator('.marked-text');
  await expect(marked).toHaveText(DRAFT, { useInnerText: true });
  await expect(marked.getByRole('button', { name: 'SAN' })).toBeVisible();
  const san = findings(page).getByRole('listitem').filter({ hasText: '“SAN”' });
  await expect(san).toContainText('is jargon to most listeners');
  await expect(san).toContainText('Say instead: dedicated shared storage network');
  await expect(page.getByRole('listitem').filter({ hasText: 'IT supports the business' }).first()).toContainText(
    'IT versus the business',
  );
  await screenshot(page, testInfo, 'check');
});

test('a marked finding explains itself on hover and on keyboard focus', async ({ page }) => {
  await checkDraft(page);
  const mark = page.locator('.marked-text').getByRole('button', { name: 'SAN' });
  const tip = page.getByRole('tooltip').filter({ hasText: '“SAN” is jargon' });
  await expect(tip).toBeHidden();
  await mark.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Say instead: “dedicated shared storage network”');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await mark.focus();
  await expect(tip).toBeVisible();
  await expect(mark).toHaveAccessibleDescription(/is jargon to most listeners/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(mark).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('tooltip').filter({ hasText: '“We think” makes you sound unsure' })).toBeVisible();
  await mark.focus();
  await mark.press('Enter');
  const draft = page.getByRole('textbox', { name: 'Your draft' });
  await expect(draft).toBeFocused();
  expect(await draft.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('SAN');
});

test('a suggestion can be used, a term accepted and a rule switched off', async ({ page }) => {
  await checkDraft(page);
  const draft = page.getByRole('textbox', { name: 'Your draft' });
  await page.getByRole('button', { name: 'Use “dedicated shared storage network” instead of “SAN”' }).click();
  await expect(draft).toHaveValue(DRAFT.replace('SAN', 'dedicated shared storage network'));
  await expect(page.getByRole('status')).toHaveText('Replaced “SAN” with “dedicated shared storage network”.');

  await page.getByRole('button', { name: 'Accept “latency”: my listeners know it' }).click();
  await expect(findings(page).getByRole('listitem').filter({ hasText: '“latency”' })).toHaveCount(0);
  const rules = page.getByRole('region', { name: 'Rules' });
  await expect(rules.getByRole('listitem').filter({ hasText: 'latency' })).toBeVisible();

  await expect(findings(page).getByRole('listitem').filter({ hasText: '“We think”' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Switch off the “Hedging” rule' }).click();
  await expect(findings(page).getByRole('listitem').filter({ hasText: '“We think”' })).toHaveCount(0);
  await expect(rules.getByRole('checkbox', { name: 'Hedging' })).not.toBeChecked();
  await rules.getByRole('checkbox', { name: 'Hedging' }).check();
  await expect(findings(page).getByRole('listitem').filter({ hasText: '“We think”' })).toHaveCount(1);
  await rules.getByRole('button', { name: 'Flag “latency” again' }).click();
  await expect(findings(page).getByRole('listitem').filter({ hasText: '“latency”' })).toHaveCount(1);

  await page.reload();
  await show(page, 'Check my draft');
  await expect(page.getByRole('textbox', { name: 'Your draft' })).toHaveValue(
    DRAFT.replace('SAN', 'dedicated shared storage network'),
  );
});

test('readability and speaking time are shown against the audience target', async ({ page }) => {
  const long =
    'Our service desk answers questions from all staff every working day. ' +
    'Most questions are about passwords, printers and email. ' +
    'We answer nine in ten of them within the hour, and the rest the same day. ' +
    'People get back to their work quickly and the teams they serve lose less time.';
  await checkDraft(page, long);
  const panel = page.getByRole('region', { name: 'How it reads for the board' });
  await expect(panel.getByText('Words').locator('..')).toHaveText(/^Words\s*50$/);
  await expect(panel).toContainText(/Grade \d+\.\d: within the target of 12 for the board\./);
  await expect(panel).toContainText('Fits the 15 min the board usually gives you.');
  await page.getByRole('radio', { name: 'A peer' }).check();
  await expect(page.getByRole('region', { name: 'How it reads for a peer' })).toContainText('target of 9 for a peer');
  await page.getByRole('textbox', { name: 'Your draft' }).fill('Helpdesk');
  await expect(page.getByText('Too short to score readability honestly')).toBeVisible();
});
