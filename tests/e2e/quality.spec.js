// What a user expects of any tool: accessible in every view (light and dark), usable by keyboard
// alone, fine at 360 px, no network traffic after the page's own files, a strict
// Content-Security-Policy that is enforced, typed HTML shown as text, a friendly crash panel that
// keeps the user's text, and hosting under a sub-path.
import { test, expect } from '@playwright/test';
import {
  MAIL, DRAFT, XSS, VIEWS, openApp, describeMail, description, show, nav, headline,
  expectNoSeriousA11yViolations, tabTo, screenshot,
} from './helpers.js';

const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'";

/** Puts every view into a state worth checking: a service, a draft with findings, two services. */
async function fillEveryView(page) {
  await describeMail(page);
  await show(page, 'Check my draft');
  await page.getByRole('textbox', { name: 'Your draft' }).fill(DRAFT);
  await show(page, 'Compose');
}

for (const scheme of ['light', 'dark']) {
  test(`no serious or critical accessibility violations in any view (${scheme})`, async ({ page }, testInfo) => {
    // Reduced motion, so that colours are measured as they settle, not halfway through a transition.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openApp(page);
    await expectNoSeriousA11yViolations(page, 'empty compose');
    await fillEveryView(page);
    await page.getByRole('button', { name: 'Correct “1,200 staff”' }).click();
    await expectNoSeriousA11yViolations(page, 'compose with a fact form open');
    await page.getByRole('button', { name: 'Cancel' }).click();
    for (const view of VIEWS) {
      await show(page, view);
      await expectNoSeriousA11yViolations(page, view);
      await screenshot(page, testInfo, `${view.toLowerCase().replace(/ /g, '-')}-${scheme}`);
    }
    await show(page, 'Check my draft');
    await page.locator('.marked-text').getByRole('button').first().focus();
    await expectNoSeriousA11yViolations(page, 'check with a tooltip shown');
  });
}

test('the page loads only its own static files and sends nothing while in use', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  page.on('websocket', (ws) => requests.push({ url: ws.url(), type: 'websocket' }));
  await openApp(page);
  await page.waitForLoadState('networkidle');
  const origin = new URL(page.url()).origin;
  const loaded = requests.map((r) => new URL(r.url));
  expect(loaded.every((u) => u.origin === origin)).toBe(true);
  expect(loaded.map((u) => u.pathname.replace(/-[0-9a-f]{8,16}/, '')).sort()).toEqual([
    '/', '/app.css', '/boot.js', '/favicon.svg', '/offline.js', '/valuelens-web.js', '/valuelens-web_bg.wasm',
  ]);
  const atLoad = requests.length;

  await fillEveryView(page);
  await page.getByRole('radio', { name: 'A peer' }).check();
  await page.getByRole('button', { name: 'Say it another way' }).click();
  await page.getByRole('button', { name: 'Copy the headline' }).click();
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await page.getByRole('button', { name: 'Remove “1,200 staff”' }).click();
  for (const view of VIEWS) await show(page, view);
  await show(page, 'Library');
  await page.getByRole('button', { name: 'Duplicate “Mail”' }).click();
  await page.reload();
  await page.waitForLoadState('networkidle');
  const afterUse = requests.slice(atLoad).map((r) => new URL(r.url).pathname.replace(/-[0-9a-f]{8,16}/, ''));
  // Only the reload fetches anything, and only the same files again.
  expect(afterUse.sort()).toEqual([
    '/', '/app.css', '/boot.js', '/favicon.svg', '/offline.js', '/valuelens-web.js', '/valuelens-web_bg.wasm',
  ]);
});

test('a strict Content-Security-Policy is in force and the app runs under it', async ({ page }) => {
  const violations = [];
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => { if (m.type() === 'error') violations.push(m.text()); });
  const response = await page.goto('./');
  const html = await response.text();
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}"`);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  await expect(page.getByRole('heading', { level: 1, name: 'ValueLens' })).toBeVisible();
  await fillEveryView(page);
  for (const view of VIEWS) await show(page, view);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('[style]').count()).toBe(0);

  // The policy is enforced: inline script, inline style and other origins are all refused.
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    const probe = document.createElement('p');
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(probe);
    const red = getComputedStyle(probe).color === 'rgb(255, 0, 0)';
    let fetched = true;
    try { await fetch('http://127.0.0.1:9/'); } catch { fetched = false; }
    await new Promise((r) => setTimeout(r, 50));
    return { inlineRan: window.__inlineRan === true, red, fetched, violations: window.__violations };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.red).toBe(false);
  expect(outcome.fetched).toBe(false);
  expect(outcome.violations.map((v) => v.split(' ')[0]).sort()).toEqual(['connect-src', 'script-src-elem', 'style-src-attr']);
  expect(violations.filter((v) => !v.includes('Content Security Policy') && !v.includes('127.0.0.1:9'))).toEqual([]);
});

test('HTML typed anywhere stays text and runs nothing', async ({ page }, testInfo) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await openApp(page);
  await page.getByRole('textbox', { name: 'Service name' }).fill(XSS);
  await description(page).fill(`${XSS} We run mail for 1,200 staff at 99.95% uptime.`);
  await page.getByRole('textbox', { name: 'Who uses it' }).fill(XSS);
  await page.getByRole('textbox', { name: 'What you want from them (the ask)' }).fill(XSS);
  await page.getByRole('button', { name: 'Add a fact' }).click();
  await page.getByRole('textbox', { name: 'Add a fact' }).fill(`${XSS} 300 agents`);
  await page.getByRole('button', { name: 'Save fact' }).click();
  await expect(description(page)).toHaveValue(`${XSS} We run mail for 1,200 staff at 99.95% uptime.`);
  await expect(page.locator('.highlight-layer')).toContainText(XSS);
  await show(page, 'Check my draft');
  await page.getByRole('textbox', { name: 'Your draft' }).fill(`${XSS} We think the SAN is fine.`);
  await expect(page.locator('.marked-text')).toContainText('<img src=x onerror=');
  await show(page, 'Library');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(XSS);
  for (const view of VIEWS) await show(page, view);
  await page.reload();
  await show(page, 'Compare');
  await expect(page.locator('.compare-lede, .lede').first()).toContainText('<img');
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('#valuelens script').count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await screenshot(page, testInfo, 'xss-as-text');
});

test('every flow works with the keyboard alone', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  // Skip link first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the workspace' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Describe.
  await tabTo(page, page.getByRole('textbox', { name: 'Service name' }));
  await page.keyboard.type('Mail');
  await page.keyboard.press('Tab');
  await expect(description(page)).toBeFocused();
  await page.keyboard.type(MAIL);
  await expect(page.getByText('5 facts found')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Remove “2.3 million phishing emails last year”' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('4 facts found')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Add a fact' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Add a fact' })).toBeFocused();
  await page.keyboard.type('300 agents');
  await page.keyboard.press('Enter');
  await expect(page.getByText('5 facts found')).toBeVisible();

  // Audience: arrow keys move through the radio group.
  await tabTo(page, page.getByRole('radio', { name: 'The board' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'A team lead' })).toBeChecked();
  await expect(page.locator('.eyebrow')).toHaveText('Headline for a team lead');
  await tabTo(page, page.getByRole('button', { name: 'Say it another way' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^Wording 2 of \d+ shown\.$/);
  await tabTo(page, page.getByRole('button', { name: 'Copy the pitch' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Copied the pitch.');

  // Compare, then back to one audience.
  await tabTo(page, nav(page, 'Compare'), { back: true, max: 120 });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Open the full message for a peer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'A peer' })).toBeChecked();

  // Check my draft: type, reach a finding's mark and read why.
  await tabTo(page, nav(page, 'Check my draft'), { back: true, max: 120 });
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('textbox', { name: 'Your draft' }));
  await page.keyboard.type(DRAFT);
  const mark = page.locator('.marked-text').getByRole('button', { name: 'SAN' });
  await tabTo(page, mark);
  await expect(page.getByRole('tooltip').filter({ hasText: '“SAN” is jargon' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Switch off the “Hedging” rule' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Hedging' })).not.toBeChecked();

  // Library: rename by keyboard.
  await tabTo(page, nav(page, 'Library'), { back: true, max: 200 });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Rename “Mail”' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'New name for “Mail”' })).toBeVisible();
  await tabTo(page, page.getByRole('textbox', { name: 'New name for “Mail”' }));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Email');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Email', exact: true })).toBeVisible();
});

test('focus is always visible', async ({ page }) => {
  await openApp(page);
  await describeMail(page);
  for (const target of [
    nav(page, 'Compare'),
    page.getByRole('radio', { name: 'A peer' }),
    page.getByRole('button', { name: 'Say it another way' }),
    description(page),
  ]) {
    await target.focus();
    const ring = await target.evaluate((el) => {
      const shown = (e) => { const s = getComputedStyle(e); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; };
      return shown(el) || shown(el.parentElement) || el.parentElement.matches(':focus-within');
    });
    expect(ring).toBe(true);
  }
});

test('every view fits a 360 px wide screen', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openApp(page);
  await fillEveryView(page);
  for (const view of VIEWS) {
    await show(page, view);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${view} is ${width}px wide`).toBeLessThanOrEqual(360);
    await screenshot(page, testInfo, `narrow-${view.toLowerCase().replace(/ /g, '-')}`);
  }
});

test('reduced motion turns transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  expect(await nav(page, 'Compare').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await nav(page, 'Compare').evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
});

test('a crash shows a friendly panel that keeps the user\'s text', async ({ page }, testInfo) => {
  await openApp(page);
  await describeMail(page);
  await show(page, 'Check my draft');
  await page.getByRole('textbox', { name: 'Your draft' }).fill('My own draft, not to be lost.');
  await page.evaluate(async () => {
    const boot = document.querySelector('meta[name="valuelens-boot"]');
    const glue = await import(new URL(boot.dataset.js, document.baseURI).href);
    try { glue.valuelensCrashForTest(); } catch { /* the panic aborts the wasm call */ }
  });
  const panel = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Something went wrong in ValueLens' }) });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Service description' })).toHaveValue(MAIL);
  await expect(panel.getByRole('textbox', { name: 'Your draft' })).toHaveValue('My own draft, not to be lost.');
  await expect(page.locator('#valuelens')).toBeHidden();
  await screenshot(page, testInfo, 'crash-panel');
  await expectNoSeriousA11yViolations(page, 'crash panel');
  await panel.getByRole('link', { name: 'Reload ValueLens' }).click();
  await expect(description(page)).toHaveValue(MAIL);
});

test('the app works when hosted under a sub-path', async ({ page }) => {
  await openApp(page, '/intranet/tools/valuelens/');
  await describeMail(page);
  await expect(headline(page)).not.toBeEmpty();
  const link = await page.getByRole('textbox', { name: 'Link to this service' }).inputValue();
  expect(link).toContain('/intranet/tools/valuelens/#service=1.');
});
