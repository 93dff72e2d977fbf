// Installable and offline: after one visit the app opens and works with no network (compose,
// check, rehearse, the library kept); a new build is taken up on the next online load and the app
// says so; nothing goes to another origin; a host page is never taken over by ValueLens' worker
// unless it asks; Chromium finds the app installable. Each test serves its own copy of dist/
// (so a test can make a second build) under the intranet sub-path.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test, expect } from '@playwright/test';
import { writeWorker } from '../../scripts/build-offline.mjs';
import { DRAFT, MAIL, description, headline, show } from './helpers.js';

test.use({ serviceWorkers: 'allow' });

const SUB_PATH = 'intranet/tools/valuelens/';
let port = 8190;

/** A copy of dist/ served on its own port: { dir, origin, app (the app's URL), stop }. */
async function serveCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'valuelens-offline-'));
  await cp('dist', dir, { recursive: true });
  port += 1;
  const server = spawn('node', ['tests/e2e/serve.mjs', dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  const origin = `http://127.0.0.1:${port}`;
  return {
    dir,
    origin,
    app: `${origin}/${SUB_PATH}`,
    stop: async () => {
      server.kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A second build with a change: the stylesheet gains a rule, so its hashed name, its integrity
 *  and the page change, and the service worker is written again for the new files (as the build
 *  hook does). */
async function secondBuild(dir) {
  const css = (await readdir(dir)).find((name) => /^app-[0-9a-f]+\.css$/.test(name));
  const renamed = css.replace(/-[0-9a-f]+\.css$/, '-0000000000000002.css');
  const text = (await readFile(join(dir, css), 'utf8')) + '\n:root { --build: "2"; }\n';
  await writeFile(join(dir, renamed), text);
  await rm(join(dir, css));
  const integrity = `sha384-${createHash('sha384').update(text).digest('base64')}`;
  const index = join(dir, 'index.html');
  const page = (await readFile(index, 'utf8')).replace(
    new RegExp(`href="\\./${css}" integrity="[^"]+"`),
    `href="./${renamed}" integrity="${integrity}"`,
  );
  if (!page.includes(renamed)) throw new Error('the second build did not change the page');
  await writeFile(index, page);
  return writeWorker(dir);
}

/** Waits until this page is controlled by ValueLens' worker (its files are kept). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

/** The names of the files the worker keeps (its one version's cache). */
function keptFiles(page) {
  return page.evaluate(async () => {
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).map((r) => new URL(r.url).pathname.split('/').pop());
  });
}

const build = (page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--build').trim());

async function appOpen(page) {
  await expect(page.getByRole('heading', { level: 1, name: 'ValueLens' })).toBeVisible();
}

test('after one visit the app opens with no network and composes, checks and rehearses', async ({ page, context }) => {
  const site = await serveCopy();
  const requests = [];
  const errors = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.goto(site.app);
    await appOpen(page);
    await page.getByRole('textbox', { name: 'Service name' }).fill('Mail');
    await description(page).fill(MAIL);
    await expect(headline(page)).toBeVisible();
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(site.app);
    // The app keeps its own files, not the widget's.
    const kept = await keptFiles(page);
    expect(kept).toContain('index.html');
    expect(kept.some((name) => name.startsWith('valuelens-web-') && name.endsWith('.wasm'))).toBe(true);
    expect(kept).not.toContain('valuelens-widget.js');

    await context.setOffline(true);
    await page.reload();
    await appOpen(page);
    await expect(description(page)).toHaveValue(MAIL);
    await expect(headline(page)).toContainText('Mail');
    // A query (an iframe embed's options) opens offline too.
    await page.goto(`${site.app}index.html?mode=check`);
    await expect(page.getByRole('textbox', { name: 'Your draft' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Your draft' }).fill(DRAFT);
    await expect(page.getByRole('region', { name: 'Findings' }).getByText(/^\d+ findings$/)).toBeVisible();
    await show(page, 'Rehearse');
    await page.getByRole('button', { name: 'Start timer' }).click();
    await expect(page.getByRole('button', { name: 'Stop timer' })).toBeVisible();
    await show(page, 'Library');
    await expect(page.getByRole('heading', { name: 'Mail' })).toBeVisible();
  } finally {
    await context.setOffline(false);
    await site.stop();
  }
  expect(requests.filter((url) => !url.startsWith(`${site.origin}/`))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a new build is taken up on the next online load, said once, and an older page is told to reload', async ({ page, context }) => {
  const site = await serveCopy();
  try {
    await page.goto(site.app);
    await appOpen(page);
    await controlled(page);
    expect(await build(page)).toBe('');
    const { version } = await secondBuild(site.dir);

    // Another tab loads the new build online: it runs it, and the worker keeps it.
    const other = await context.newPage();
    await other.goto(site.app);
    await appOpen(other);
    expect(await build(other)).toBe('"2"');
    const updated = other.getByText('ValueLens has been updated. This version now works offline too.');
    await expect(updated).toBeVisible();
    // The first tab still runs the old build, and is told a newer one is ready.
    await expect(page.getByText('A newer version of ValueLens is ready: reload the page to use it.')).toBeVisible();

    await expect(updated).toHaveCount(1);
    // One version's cache only, and offline it is the new build whole.
    const caches = await other.evaluate(() => caches.keys());
    expect(caches).toEqual([`valuelens /${SUB_PATH} ${version}`]);
    await context.setOffline(true);
    await page.reload();
    await appOpen(page);
    expect(await build(page)).toBe('"2"');
  } finally {
    await context.setOffline(false);
    await site.stop();
  }
});

test('a host page is not controlled by ValueLens’ worker, and only registers one when it asks', async ({ page }) => {
  const site = await serveCopy();
  const host = (offline) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <script type="module" src="/${SUB_PATH}valuelens-widget.js"></script></head>
    <body><valuelens-widget id="w"${offline ? ' offline' : ''}></valuelens-widget></body></html>`;
  const registrations = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope));
  try {
    await writeFile(join(site.dir, 'plain.html'), host(false));
    await writeFile(join(site.dir, 'asks.html'), host(true));
    // The host pages sit outside ValueLens' folder (at the site's root, served from the copy).
    await page.goto(`${site.origin}/plain.html`);
    await expect(page.locator('#w').getByRole('navigation', { name: 'Views' })).toBeVisible();
    await page.waitForTimeout(500); // time for a registration, were there one
    expect(await registrations()).toEqual([]);

    await page.goto(`${site.origin}/asks.html`);
    await expect(page.locator('#w').getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expect.poll(registrations).toEqual([site.app]);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await page.reload();
    await expect(page.locator('#w').getByRole('navigation', { name: 'Views' })).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  } finally {
    await site.stop();
  }
});

test('a host page placed in ValueLens’ folder that asks works offline once it has loaded through the worker', async ({ page, context }) => {
  const site = await serveCopy();
  try {
    await writeFile(join(site.dir, 'inside.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <title>Host</title><script type="module" src="valuelens-widget.js"></script></head>
      <body><valuelens-widget id="w" offline></valuelens-widget></body></html>`);
    await page.goto(`${site.app}inside.html`);
    await expect(page.locator('#w').getByRole('navigation', { name: 'Views' })).toBeVisible();
    await controlled(page);
    // The app alone never downloaded the widget's files; a page using it keeps them.
    await page.reload();
    await expect(page.locator('#w').getByRole('navigation', { name: 'Views' })).toBeVisible();
    const kept = await keptFiles(page);
    expect(kept).toEqual(expect.arrayContaining(['inside.html', 'valuelens-widget.js']));
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('#w').getByRole('navigation', { name: 'Views' })).toBeVisible();
  } finally {
    await context.setOffline(false);
    await site.stop();
  }
});

test('Chromium finds the app installable: a valid manifest whose icons load', async ({}, testInfo) => {
  const site = await serveCopy();
  // Installability is not judged in a private window: a profile of its own, as a person has.
  const profile = await mkdtemp(join(tmpdir(), 'valuelens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: testInfo.project.use.launchOptions.executablePath,
    args: testInfo.project.use.launchOptions.args,
  });
  try {
    const page = await context.newPage();
    await page.goto(site.app);
    await appOpen(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    const parsed = JSON.parse(manifest.data);
    expect(parsed.name).toBe('ValueLens');
    for (const icon of parsed.icons) {
      const response = await page.request.get(new URL(icon.src, manifest.url).href);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type']).toBe(icon.type);
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await site.stop();
  }
});
