// A newcomer's session: focus never falls back to the page after an action that removes or
// closes what had it; a rule switched off from a finding says so, with Undo; an empty draft gets
// no verdict; Compare's "Open full message" shows the message from the top.
import { test, expect } from '@playwright/test';
import { DRAFT, openApp, describeMail, show, expectNoSeriousA11yViolations } from './helpers.js';

/** The focused element, as a person would name it: its role and accessible name. */
async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return 'the page';
    const label = el.getAttribute('aria-label') ?? el.textContent.trim();
    return `${el.tagName.toLowerCase()}: ${label}`;
  });
}

const facts = (page) => page.getByRole('region', { name: 'Facts found' });

test('removing a fact moves focus to the next one, and the last to the one before', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  const remove = facts(page).getByRole('button', { name: /^Remove / });
  const second = await remove.nth(1).getAttribute('aria-label');
  const third = await remove.nth(2).getAttribute('aria-label');
  await remove.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: second.replace('Remove', 'Restore') })).toBeVisible();
  await expect.poll(() => focused(page)).toBe(`button: ${third}`);

  // The last one: focus goes to the one before it.
  const count = await remove.count();
  const before = await remove.nth(count - 2).getAttribute('aria-label');
  await remove.nth(count - 1).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe(`button: ${before}`);

  // Restoring moves on too: to the next removed fact, else the list's heading.
  const restore = facts(page).getByRole('button', { name: /^Restore / });
  await restore.first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatch(/^button: Restore /);
  await restore.first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('h3: Facts found');
});

test('a fact form takes focus when it opens and gives it back to its opener when it closes', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  const correct = facts(page).getByRole('button', { name: 'Correct “1,200 staff”' });
  await correct.click();
  await expect.poll(() => focused(page)).toBe('input: ');
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toBe('button: Correct “1,200 staff”');

  await correct.click();
  await page.keyboard.type('1,500 staff');
  await page.keyboard.press('Enter');
  await expect(facts(page).getByText('1,500 staff', { exact: true })).toBeVisible();
  await expect.poll(() => focused(page)).toBe('button: Correct “1,500 staff”');

  // Saving words with no figure keeps the form open, and focus in its box.
  await page.getByRole('button', { name: 'Add a fact' }).click();
  await page.keyboard.type('lots');
  await page.keyboard.press('Enter');
  await expect(page.getByText('There is no figure in that.')).toBeVisible();
  await expect.poll(() => focused(page)).toBe('input: ');
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toBe('button: Add a fact');
});

test('renaming puts the cursor in the name box; saving, cancelling and deleting keep focus in the list', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  await show(page, 'Library');
  await page.getByRole('button', { name: 'New service' }).click();
  await show(page, 'Library');
  await page.getByRole('button', { name: 'Rename “Mail”' }).click();
  const box = page.getByRole('textbox', { name: 'New name for “Mail”' });
  await expect(box).toBeFocused();
  // The old name is selected: typing replaces it.
  await page.keyboard.type('Mail and calendars');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('button: Rename “Mail and calendars”');

  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'New name for “Mail and calendars”' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toBe('button: Rename “Mail and calendars”');

  // Deleting the first service moves focus to the next one's Open button.
  await page.getByRole('button', { name: 'Delete “Mail and calendars”' }).click();
  await expect.poll(() => focused(page)).toMatch(/^button: Open “/);
  // Deleting the last one left (a blank one takes its place) keeps focus in the list.
  await page.getByRole('button', { name: /^Delete “/ }).first().click();
  await expect.poll(() => focused(page)).not.toBe('the page');
});

test('acting on a finding moves focus on; switching a rule off says so by name, with Undo', async ({ page }) => {
  await openApp(page);
  await show(page, 'Check my draft');
  const slot = page.locator('.readability .slot');
  // An empty draft gets no verdict on its length.
  await expect(slot).toHaveText(/shows here as you type/);
  await expect(slot).not.toHaveClass(/ok|over/);

  await page.getByRole('textbox', { name: 'Your draft' }).fill(DRAFT);
  await expect(slot).toHaveClass(/ok/);
  const findings = page.getByRole('region', { name: 'Findings' });
  // Rules are named in words, not by their ids.
  await expect(findings.locator('.finding-rule').first()).not.toHaveText(/[a-z]+-[a-z]+/);
  await expect(page.getByRole('checkbox', { name: 'Raw technical figures' })).toBeChecked();

  const use = findings.getByRole('button', { name: /^Use “/ }).first();
  await use.click();
  await expect.poll(() => focused(page)).toMatch(/^button: Find “/);

  const off = findings.getByRole('button', { name: 'Switch off the “Jargon” rule' }).first();
  const scrolled = await page.evaluate(() => window.scrollY);
  await off.click();
  await expect(findings.getByText('Switched off “Jargon”: its findings are hidden.')).toBeVisible();
  await expect.poll(() => focused(page)).toBe('button: Undo');
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(200);
  await expect(page.getByRole('checkbox', { name: 'Jargon' })).not.toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Jargon' })).toBeChecked();
  await expect(findings.getByText(/Switched off/)).toHaveCount(0);
  await expect.poll(() => focused(page)).toBe('h2: Findings');
  await expectNoSeriousA11yViolations(page, 'check after undo');
});

test('Open full message shows Compose from the top, with focus on what to say', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page);
  await describeMail(page);
  await show(page, 'Compare');
  const open = page.getByRole('button', { name: 'Open the full message for your manager' });
  await open.scrollIntoViewIfNeeded();
  await open.click();
  await expect(page.getByRole('heading', { name: 'What to say' })).toBeFocused();
  await expect(page.locator('.headline-card .headline')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('rehearse: slots are durations, the timer adds up, the summary reads as said, Done disables the run controls', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
  await openApp(page);
  await describeMail(page);
  await show(page, 'Rehearse');
  await page.clock.pauseAt(new Date('2026-11-23T09:10:00'));
  await expect(page.getByRole('radio', { name: 'Their usual slot, 15 minutes' })).toBeVisible();

  const prompter = page.getByRole('region', { name: 'Prompter' });
  const figures = page.locator('.timer-figures');
  await prompter.getByRole('button', { name: 'Start timer' }).click();
  // 3.6 seconds: the clock shows 0:03 elapsed and 0:27 to go, never 0:26.
  await page.clock.runFor(3_600);
  await expect(figures).toContainText('Elapsed 0:03 · Remaining 0:27 · Target 0:30');

  // 12 seconds in all, then Next to the end, however many steps the message has.
  await page.clock.runFor(8_400);
  const next = prompter.getByRole('button', { name: 'Next' });
  while ((await page.locator('.step-label').textContent()) !== 'Done') await next.click();
  await expect(page.locator('.step-label')).toHaveText('Done');
  await expect(page.getByRole('region', { name: 'How the run went' })).toContainText(
    '12 seconds, 18 seconds under the 30-second target.',
  );
  for (const name of ['Previous', 'Start timer', 'Next']) {
    await expect(prompter.getByRole('button', { name, exact: true })).toBeDisabled();
  }
  // Finishing with Next hands focus to Restart, which brings the controls back. (Focus moves
  // once the page has rendered: a zero timeout, which this test's paused clock must let run.)
  await page.clock.runFor(1);
  await expect(prompter.getByRole('button', { name: 'Restart' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompter.getByRole('button', { name: 'Next' })).toBeEnabled();
  await expect(prompter.getByRole('button', { name: 'Start timer' })).toBeEnabled();
});

test('rehearse: a card marked Ready and one marked Needs work look different, and say so', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  await show(page, 'Rehearse');
  const cards = page.getByRole('region', { name: 'Question drill' }).getByRole('listitem');
  const ready = cards.nth(0).getByRole('button', { name: 'Ready' });
  const work = cards.nth(1).getByRole('button', { name: 'Needs work' });
  await ready.click();
  await work.click();
  await expect(ready).toHaveAttribute('aria-pressed', 'true');
  await expect(work).toHaveAttribute('aria-pressed', 'true');
  const look = (b) => b.evaluate((el) => {
    const s = getComputedStyle(el);
    return `${s.backgroundColor} ${s.borderColor} ${getComputedStyle(el, '::before').content}`;
  });
  const [a, b] = [await look(ready), await look(work)];
  expect(a).not.toBe(b);
  const unpressed = await look(cards.nth(0).getByRole('button', { name: 'Needs work' }));
  expect(unpressed).not.toBe(a);
  expect(unpressed).not.toBe(b);
  await expectNoSeriousA11yViolations(page, 'drill with marks');
});

test('small confusions: labels say what happened without "by you", colours have a key, a damaged link reads plainly', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  const key = page.locator('.highlight-key');
  await expect(key).toHaveCount(0);
  await facts(page).getByRole('button', { name: 'Correct “1,200 staff”' }).click();
  await page.keyboard.type('1,500 staff');
  await page.keyboard.press('Enter');
  await expect(key).toHaveText(/a fact found.*a fact corrected/);
  await page.getByRole('button', { name: 'Add a fact' }).click();
  await page.keyboard.type('40 laptops');
  await page.keyboard.press('Enter');
  const added = facts(page).getByRole('listitem').filter({ hasText: '40 laptops' });
  await expect(added).toContainText('added by hand');
  await expect(added).not.toContainText('by you');
  await expect(facts(page)).not.toContainText('by you');
  // The two figure panels have different names.
  await expect(page.getByRole('heading', { name: 'Worked out from your figures' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The working behind this message' })).toBeVisible();

  await page.goto('./#service=1._w');
  const notice = page.getByText(/This link is damaged or incomplete/);
  await expect(notice).toContainText("Ask whoever sent it to copy the whole link again.");
  await expect(notice).not.toContainText('UTF-8');
});

test('on a phone: the menu is one row, Compose leads with the message one tap from the description, the prompter keeps its buttons in view', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  const menu = page.getByRole('navigation', { name: 'Views' });
  const button = await menu.getByRole('button', { name: 'Compose' }).boundingBox();
  const bar = await menu.boundingBox();
  expect(bar.height).toBeLessThan(button.height * 1.6);

  // A blank service starts on the description; after typing, one tap shows the message.
  await expect(page.getByRole('textbox', { name: 'Describe the service' })).toBeVisible();
  await describeMail(page);
  await page.getByRole('button', { name: 'Message', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Message', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator('.headline-card .headline')).toBeInViewport();
  await expect(page.getByRole('textbox', { name: 'Describe the service' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('compose-phone-message.png'), fullPage: false });

  // A service with words in it opens on its message.
  await page.reload();
  await expect(page.locator('.headline-card .headline')).toBeInViewport();
  await page.getByRole('button', { name: 'Describe', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Describe the service' })).toBeVisible();

  // The ask grows with its text rather than cutting it off.
  const ask = page.getByRole('textbox', { name: 'What you want from them (the ask)' });
  await ask.fill('Approve £30k a year for backup storage, so we can keep 90 days of copies off site and restore any file in an hour');
  expect(await ask.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);

  await show(page, 'Rehearse');
  const controls = page.locator('.prompter-controls');
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('group', { name: 'Prompter text' }).scrollIntoViewIfNeeded();
  await expect(controls.getByRole('button', { name: 'Next' })).toBeInViewport();
  await expectNoSeriousA11yViolations(page, 'rehearse on a phone');
});

test('visual: one focus ring for every box, fact buttons on one line, removed facts aligned, the menu ring inside the menu', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page);
  await describeMail(page);
  await page.getByRole('textbox', { name: 'Service name' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Describe the service' })).toBeFocused();
  const ring = await page.locator('.highlight-box').evaluate((el) => getComputedStyle(el).outlineWidth);
  expect(ring).toBe('3px');

  for (const row of await facts(page).locator('.fact').all()) {
    const tops = await row.locator('.fact-actions button').evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'the buttons of a fact share one line').toBe(1);
  }
  await facts(page).getByRole('button', { name: 'Remove “1,200 staff”' }).click();
  const removed = facts(page).locator('.removed li').first();
  const middle = (box) => box.y + box.height / 2;
  const words = await removed.locator('.removed-words').boundingBox();
  const restore = await removed.getByRole('button', { name: /^Restore / }).boundingBox();
  expect(Math.abs(middle(words) - middle(restore))).toBeLessThan(4);

  const library = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' });
  await library.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(library).toBeFocused();
  const [button, bar] = [await library.boundingBox(), await page.locator('.view-nav ul').boundingBox()];
  const reach = await library.evaluate((el) => {
    const s = getComputedStyle(el);
    return parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
  });
  expect(button.x + button.width + reach).toBeLessThanOrEqual(bar.x + bar.width);
  expect(button.y - reach).toBeGreaterThanOrEqual(bar.y);
});
