// Rehearse: the prompter steps through the message while the timer runs against a target, the
// pace and a summary follow, the likely questions are drilled as flashcards, the checklist and the
// practice log are kept with the service. The page clock is Playwright's (installed before the
// page loads), so nothing here waits in real time.
import { test, expect } from '@playwright/test';
import {
  KEY, openApp, describeMail, show, nav, tabTo, stored, screenshot, expectNoSeriousA11yViolations,
} from './helpers.js';

const MORNING = new Date('2026-11-23T09:00:00');

/** Opens the app on a controlled clock, describes the mail service and opens Rehearse. */
async function rehearseMail(page) {
  await page.clock.install({ time: MORNING });
  await openApp(page);
  await describeMail(page);
  await show(page, 'Rehearse');
  // From here the clock only moves when a test moves it.
  await page.clock.pauseAt(new Date('2026-11-23T09:10:00'));
}

const stage = (page) => page.getByRole('group', { name: 'Prompter text' });
const prompter = (page) => page.getByRole('region', { name: 'Prompter' });
const figures = (page) => page.locator('.timer-figures');
const drill = (page) => page.getByRole('region', { name: 'Question drill' });
const checklist = (page) => page.getByRole('region', { name: 'Before the meeting' });
const practiceLog = (page) => page.getByRole('region', { name: 'Practice log' });

/** Collects what the app says to screen readers, in order. */
async function listenToAnnouncements(page) {
  await page.evaluate(() => {
    window.__said = [];
    const region = document.querySelector('.visually-hidden[role="status"]');
    new MutationObserver(() => window.__said.push(region.textContent)).observe(region, {
      childList: true, characterData: true, subtree: true,
    });
  });
}

const said = (page) => page.evaluate(() => window.__said);

test('a full rehearsal: Space starts the timer, arrows step, over time is warned once, pace and summary follow, the run is logged', async ({ page }, testInfo) => {
  await rehearseMail(page);
  await listenToAnnouncements(page);
  await expect(page.locator('.step-label')).toHaveText('Sentence 1, step 1 of 6');
  await expect(figures(page)).toContainText('Elapsed 0:00 · Remaining 0:30 · Target 0:30');

  await stage(page).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText('Timer started.');
  await expect(prompter(page).getByRole('button', { name: 'Stop timer' })).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(figures(page)).toContainText('Elapsed 0:10 · Remaining 0:20');

  // The first step took 10 seconds: the pace is its words over that time.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-label')).toHaveText('Sentence 2, step 2 of 6');
  const firstWords = Number(await page.locator('.words-covered').textContent());
  expect(firstWords).toBeGreaterThan(5);
  await expect(page.locator('.pace')).toHaveText(new RegExp(`^${Math.round((firstWords * 60) / 10)} words a minute, `));

  // Back and on again: the same step, the same words.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.step-label')).toHaveText('Sentence 1, step 1 of 6');
  await page.keyboard.press('ArrowRight');

  await expect(page.locator('.over-warning')).toHaveCount(0);
  await page.clock.runFor(25_000);
  await expect(page.locator('.over-warning')).toHaveText('Over the target by 0:05');
  await expect(figures(page)).toContainText('Elapsed 0:35 · Remaining 0:00');
  await expect(page.getByRole('status')).toHaveText('Over the target of 0:30.');
  await page.clock.runFor(5_000);
  await expect(page.locator('.over-warning')).toHaveText('Over the target by 0:10');
  expect((await said(page)).filter((s) => s === 'Over the target of 0:30.')).toHaveLength(1);

  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(1_500);
  }
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-label')).toHaveText('Done');
  const words = Number(await page.locator('.words-covered').textContent());
  const pace = Math.round((words * 60) / 46);
  const summary = page.getByRole('region', { name: 'How the run went' });
  await expect(summary).toContainText(
    `46 seconds, 16 seconds over the 30-second target. At ${pace} words a minute you were slower than the 120–160 most listeners follow best. Sentence 2 ran long.`,
  );
  await expect(page.getByRole('status')).toHaveText(/^46 seconds, 16 seconds over the 30-second target\./);
  await page.clock.runFor(10_000);
  await expect(figures(page)).toContainText('Elapsed 0:46', { timeout: 1_000 });

  await expect(practiceLog(page).getByRole('listitem')).toHaveText([`2026-11-23: 0:46 (target 0:30), ${pace} words a minute`]);
  await screenshot(page, testInfo, 'rehearse-after-a-run');

  // A second, quicker run: the log keeps both and the chart tells the trend.
  await prompter(page).getByRole('button', { name: 'Restart' }).click();
  await expect(page.getByRole('status')).toHaveText('Back to the start, timer at zero.');
  await expect(summary).toHaveCount(0);
  await stage(page).focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 6; i += 1) {
    if (i < 4) await page.clock.runFor(5_000);
    await page.keyboard.press('ArrowRight');
  }
  await expect(practiceLog(page).getByRole('listitem')).toHaveCount(2);
  await expect(practiceLog(page).getByRole('listitem').first()).toContainText('2026-11-23: 0:20 (target 0:30)');
  await expect(practiceLog(page).getByRole('img')).toHaveAccessibleName(
    'Run times for 2 runs, oldest first: from 0:46 to 0:20, getting shorter.',
  );
  const log = (await stored(page)).services[0].practice.log;
  expect(log.map((e) => [e.date, e.duration_ms, e.target_ms])).toEqual([
    ['2026-11-23', 46_000, 30_000],
    ['2026-11-23', 20_000, 30_000],
  ]);
});

test('stopping the timer shows the summary so far; the talk track steps by part against its own length', async ({ page }) => {
  await rehearseMail(page);
  await stage(page).focus();
  await page.keyboard.press('Space');
  await page.clock.runFor(6_000);
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText('Timer stopped at 0:06.');
  await expect(page.getByRole('region', { name: 'How the run went' })).toContainText('6 seconds, 24 seconds under the 30-second target.');
  await page.clock.runFor(60_000);
  await expect(figures(page)).toContainText('Elapsed 0:06');

  await page.getByRole('radio', { name: '2-minute talk track, a part at a time' }).check();
  await expect(page.locator('.step-label')).toHaveText('Opening, step 1 of 4');
  await expect(page.getByRole('radio', { name: '2 minutes' })).toBeChecked();
  await expect(figures(page)).toContainText('Elapsed 0:00 · Remaining 2:00 · Target 2:00');
  await expect(page.getByRole('region', { name: 'How the run went' })).toHaveCount(0);
});

test('the target can be 30 seconds, 2 minutes, the audience slot or your own; a bad time is explained and kept', async ({ page }) => {
  await rehearseMail(page);
  await page.getByRole('radio', { name: '2 minutes' }).check();
  await expect(figures(page)).toContainText('Target 2:00');
  await page.getByRole('radio', { name: 'Their usual slot, 15 minutes' }).check();
  await expect(figures(page)).toContainText('Target 15:00');
  await page.getByRole('radio', { name: 'A peer' }).check();
  await expect(page.getByRole('radio', { name: /^Their usual slot, / })).toBeChecked();
  await expect(figures(page)).not.toContainText('Target 15:00');

  await page.getByRole('radio', { name: 'My own' }).check();
  const own = page.getByRole('textbox', { name: 'My own target (minutes:seconds)' });
  await expect(figures(page)).toContainText('Target 5:00');
  await own.fill('1:3x <b>');
  await expect(own).toHaveAttribute('aria-invalid', 'true');
  await expect(own).toHaveAccessibleDescription(/“1:3x <b>” is not a time ValueLens can use\..*The target stays at 5:00 until then\./);
  await expect(own).toHaveValue('1:3x <b>');
  await expect(figures(page)).toContainText('Target 5:00');
  await own.fill('1:30');
  await expect(own).not.toHaveAttribute('aria-invalid', 'true');
  await expect(figures(page)).toContainText('Target 1:30');
  await expect(page.locator('#custom-target-problem')).toBeEmpty();
});

test('keys belong to text fields and controls when they have focus', async ({ page }) => {
  await rehearseMail(page);
  await page.getByRole('radio', { name: 'My own' }).check();
  const own = page.getByRole('textbox', { name: 'My own target (minutes:seconds)' });
  await own.focus();
  await page.keyboard.type('1 30');
  await page.keyboard.press('ArrowLeft');
  await expect(own).toHaveValue('1 30');
  await expect(prompter(page).getByRole('button', { name: 'Start timer' })).toBeVisible();
  await expect(page.locator('.step-label')).toHaveText('Sentence 1, step 1 of 6');

  await page.getByRole('radio', { name: '30 seconds' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '2 minutes' })).toBeChecked();
  await expect(page.locator('.step-label')).toHaveText('Sentence 1, step 1 of 6');
  await prompter(page).getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.step-label')).toHaveText('Sentence 2, step 2 of 6', { timeout: 1_000 });
  await expect(prompter(page).getByRole('button', { name: 'Stop timer' })).toBeVisible();
});

test('the question drill turns cards over and marks them; ticks and marks survive a reload', async ({ page }) => {
  // A library saved before Rehearse existed still loads, and gains what rehearsing keeps.
  await page.addInitScript((key) => {
    if (localStorage.getItem(key)) return;
    localStorage.setItem(key, JSON.stringify({
      format: 'valuelens', version: 1, current: 1,
      services: [{ id: 1, input: { name: 'Mail', description: 'We run the mail service for 1,200 staff at 99.95% uptime.' }, audience: 'board', seed: 0, draft: '' }],
      check: { disabled_rules: [], accepted_terms: [] },
    }));
  }, KEY);
  await openApp(page);
  await show(page, 'Rehearse');
  const cards = drill(page).getByRole('listitem');
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(drill(page)).toContainText(`0 of ${count} ready`);

  const answered = cards.filter({ hasNot: page.locator('.flag') }).first();
  const answer = answered.locator('details p');
  await expect(answer).toBeHidden();
  await answered.getByText('Show the answer').click();
  await expect(answer).toBeVisible();
  await expect(answer).toContainText('4.4 hours');
  await answered.getByRole('button', { name: 'Ready' }).click();
  await expect(answered.getByRole('button', { name: 'Ready' })).toHaveAttribute('aria-pressed', 'true');
  await expect(drill(page)).toContainText(`1 of ${count} ready`);

  const flagged = cards.filter({ has: page.locator('.flag') }).first();
  await expect(flagged).toContainText('No fact of yours answers this yet: prepare one.');
  await flagged.getByText('What to prepare').click();
  await expect(flagged.locator('details p')).toHaveText(/^Prepare this: /);
  await flagged.getByRole('button', { name: 'Needs work' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Marked as needing work: “.+”\.$/);

  const item = checklist(page).getByRole('checkbox', { name: 'You can say the headline in one sentence.' });
  await item.check();
  await expect(checklist(page)).toContainText('1 of 8 done');
  await expect(checklist(page).getByRole('group', { name: 'Their time' })).toContainText('the time you have been given');

  const practice = (await stored(page)).services[0].practice;
  expect(practice.ticked).toEqual(['one-line']);
  expect(practice.ready).toHaveLength(1);
  expect(practice.needs_work).toHaveLength(1);

  await page.reload();
  await show(page, 'Rehearse');
  await expect(item).toBeChecked();
  await expect(drill(page)).toContainText(`1 of ${count} ready`);
  await expect(answered.getByRole('button', { name: 'Ready' })).toHaveAttribute('aria-pressed', 'true');
  await expect(flagged.getByRole('button', { name: 'Needs work' })).toHaveAttribute('aria-pressed', 'true');
  await answered.getByRole('button', { name: 'Ready' }).click();
  await expect(drill(page)).toContainText(`0 of ${count} ready`);
});

test('rehearsing works with the keyboard alone', async ({ page }) => {
  await rehearseMail(page);
  await tabTo(page, nav(page, 'Compose'), { back: true, max: 120 });
  await tabTo(page, nav(page, 'Rehearse'));
  await page.keyboard.press('Enter');
  await tabTo(page, stage(page));
  await page.keyboard.press('Space');
  await page.clock.runFor(3_000);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-label')).toHaveText('Sentence 2, step 2 of 6');
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText('Timer stopped at 0:03.');

  await tabTo(page, prompter(page).getByRole('button', { name: 'Larger text' }));
  await page.keyboard.press('Enter');
  await expect(stage(page)).toHaveClass(/size-4/);
  await tabTo(page, prompter(page).getByRole('button', { name: 'Smaller text' }), { back: true });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(stage(page)).toHaveClass(/size-2/);

  const card = drill(page).getByRole('listitem').first();
  await tabTo(page, card.locator('summary'));
  await page.keyboard.press('Enter');
  await expect(card.locator('details')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Ready' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(card.getByRole('button', { name: 'Ready' })).toHaveAttribute('aria-pressed', 'true');
  const first = checklist(page).getByRole('checkbox').first();
  await tabTo(page, first);
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
});

test('full screen uses the browser\'s, and fills the window where there is none', async ({ page }) => {
  await rehearseMail(page);
  await prompter(page).getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('prompter');
  await expect(stage(page)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(prompter(page).getByRole('button', { name: 'Stop timer' })).toBeVisible();
  // Leaving the browser's full screen another way (its own Escape) is noticed.
  await page.evaluate(() => document.exitFullscreen());
  await expect(prompter(page).getByRole('button', { name: 'Full screen' })).toBeVisible();

  await page.addInitScript(() => { delete Element.prototype.requestFullscreen; });
  await page.reload();
  await show(page, 'Rehearse');
  await prompter(page).getByRole('button', { name: 'Full screen' }).click();
  await expect(prompter(page)).toHaveClass(/full-window/);
  const box = await prompter(page).boundingBox();
  const size = page.viewportSize();
  expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, size.width, size.height]);
  await expect(stage(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(prompter(page)).not.toHaveClass(/full-window/);
  await expect(prompter(page).getByRole('button', { name: 'Full screen' })).toBeVisible();
});

test('a blank service offers a way to start', async ({ page }) => {
  await openApp(page);
  await show(page, 'Rehearse');
  await expect(page.getByText('Describe a service in Compose and its message is ready to rehearse here.')).toBeVisible();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(page.locator('.step-label')).toHaveText(/^Sentence 1, step 1 of \d+$/);
});

for (const scheme of ['light', 'dark']) {
  test(`no serious or critical accessibility violations while rehearsing (${scheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await rehearseMail(page);
    await stage(page).focus();
    await page.keyboard.press('Space');
    await page.clock.runFor(35_000);
    await expect(page.locator('.over-warning')).toBeVisible();
    await page.keyboard.press('Space');
    // axe keeps its own time: let the clock run as it does for people.
    await page.clock.resume();
    await expectNoSeriousA11yViolations(page, 'rehearse, over time');
    await stage(page).focus();
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
    await drill(page).locator('summary').first().click();
    await drill(page).getByRole('button', { name: 'Ready' }).first().click();
    await checklist(page).getByRole('checkbox').first().check();
    await page.getByRole('radio', { name: 'My own' }).check();
    await page.getByRole('textbox', { name: 'My own target (minutes:seconds)' }).fill('soon');
    await expect(page.getByRole('region', { name: 'How the run went' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'rehearse, after a run');
    await screenshot(page, testInfo, `rehearse-${scheme}`);
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test('README picture: rehearse', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.clock.install({ time: MORNING });
  await openApp(page);
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.getByRole('textbox', { name: 'What you want from them (the ask)' }).fill('Approve £40k a year to renew the phishing filter.');
  await show(page, 'Rehearse');
  await page.clock.pauseAt(new Date('2026-11-23T09:10:00'));
  for (const seconds of [38, 31]) {
    await stage(page).focus();
    await page.keyboard.press('Space');
    for (;;) {
      await page.clock.runFor((seconds * 1000) / 5);
      await page.keyboard.press('ArrowRight');
      if ((await page.locator('.step-label').textContent()) === 'Done') break;
    }
    await prompter(page).getByRole('button', { name: 'Restart' }).click();
  }
  await stage(page).focus();
  await page.keyboard.press('Space');
  await page.clock.runFor(9_000);
  await page.keyboard.press('ArrowRight');
  await page.clock.runFor(4_000);
  await drill(page).getByRole('button', { name: 'Ready' }).first().click();
  await drill(page).locator('summary').first().click();
  await checklist(page).getByRole('checkbox').first().check();
  await stage(page).focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('rehearse.png') });
});
