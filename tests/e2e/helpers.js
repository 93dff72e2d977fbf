// Shared helpers for the end-to-end tests: sample text, the app's storage key, axe, and ways to
// use the page as a person would (by role and label, by keyboard).
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const MAIL =
  'We run the mail service for 1,200 staff at 99.95% uptime and blocked 2.3 million phishing emails last year. ' +
  'The service desk now answers mail questions in 12 minutes instead of 2 hours. ' +
  'Renewing the phishing filter costs £40k a year.';

export const DRAFT =
  'IT supports the business. We think the SAN was upgraded in order to cut latency, and our MTTR is now 4 hours.';

export const XSS = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2;alert(2)</script>';

export const KEY = 'valuelens';
export const SET_ASIDE_KEY = 'valuelens.unreadable';

/** Opens the app and waits until it has started. */
export async function openApp(page, path = './') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'ValueLens' })).toBeVisible();
}

/** The views, by their navigation button names. */
export const VIEWS = ['Compose', 'Compare', 'Check my draft', 'Rehearse', 'Library', 'Brief'];

export function nav(page, view) {
  return page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view, exact: true });
}

export async function show(page, view) {
  await nav(page, view).click();
  await expect(nav(page, view)).toHaveAttribute('aria-current', 'page');
}

export function description(page) {
  return page.getByRole('textbox', { name: 'Describe the service' });
}

/** Fills the Compose view with the sample service. */
export async function describeMail(page) {
  await page.getByRole('textbox', { name: 'Service name' }).fill('Mail');
  await description(page).fill(MAIL);
  await expect(page.getByText('5 facts found')).toBeVisible();
}

export function headline(page) {
  return page.locator('.headline-card .headline');
}

export function factList(page) {
  return page.getByRole('region', { name: 'Facts found' }).getByRole('listitem');
}

/** Fails on any serious or critical axe-core violation on the page as it is now. */
export async function expectNoSeriousA11yViolations(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  expect(serious.map((v) => `${label}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
}

/** Presses Tab (or Shift+Tab) until `locator` has focus; fails after `max` presses. */
export async function tabTo(page, locator, { max = 60, back = false } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${locator} with the keyboard in ${max} presses`);
}

/** Saves a full-page screenshot as test output. */
export async function screenshot(page, testInfo, name) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Reads the stored library. */
export async function stored(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
}
