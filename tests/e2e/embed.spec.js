// ValueLens embedded in other pages: the <valuelens-widget> element and the JS mount, as an intranet
// page uses them. Several widgets on a page, attributes changed at run time, unmounting, bad packs
// and options, hostile host styles (Bootstrap and worse), and dist/ hosted under a sub-path.
import { readFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import { MAIL, expectNoSeriousA11yViolations, screenshot } from './helpers.js';

const BOOTSTRAP = 'node_modules/bootstrap/dist/css/bootstrap.min.css';

/** Serves `html` as the page at `path` on the test server's origin (so the widget is same-site). */
async function host(page, path, html) {
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.route('**/vendor/bootstrap.min.css', (route) => route.fulfill({ path: BOOTSTRAP, contentType: 'text/css' }));
  await page.goto(path.replace(/^\//, ''));
}

/** A host page: its own head and body markup around the widget script. */
function page_(body, { head = '', script = true } = {}) {
  const widgetScript = script ? '<script type="module" src="/valuelens-widget.js"></script>' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}
    ${widgetScript}</head><body>${body}</body></html>`;
}

function widget(page, id) {
  return page.locator(`#${id}`);
}

function views(w) {
  return w.getByRole('navigation', { name: 'Views' });
}

async function ready(w) {
  await expect(views(w)).toBeVisible();
}

test('the demo page shows two independent widgets that know the organisation pack', async ({ page }, testInfo) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('embed.html');
  const board = widget(page, 'board-widget');
  const draft = widget(page, 'draft-widget');
  await ready(board);
  await ready(draft);
  await expect(page.getByRole('heading', { name: 'How to talk about your service', level: 1 })).toBeVisible();
  // The first starts on Compose for the board with the page's text; the pack's audience is offered.
  await expect(board.getByRole('radio', { name: 'The board' })).toBeChecked();
  await expect(board.getByRole('radio', { name: 'Executive committee' })).toBeVisible();
  await expect(board.getByRole('radio', { name: 'A peer' })).toHaveCount(0);
  await expect(board.locator('.headline-card .headline')).not.toBeEmpty();
  await expect(board.getByText(/our goal/i).first()).toBeVisible();
  // The second starts on Check, compact (no brand header), for a peer.
  await expect(draft.getByRole('textbox', { name: 'Your draft' })).toBeVisible();
  await expect(draft.getByRole('heading', { name: 'ValueLens', level: 1 })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
  await expectNoSeriousA11yViolations(page, 'embed.html');
  // Printing would print the host page: the widget offers downloads instead.
  await expect(board.getByRole('button', { name: 'Download Markdown' })).toBeVisible();
  await expect(board.getByRole('button', { name: 'Print briefing card' })).toHaveCount(0);
  // A shared link opens the standalone app beside the widget, not this page.
  await expect(board.getByRole('textbox', { name: 'Link to this service' })).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/index\.html#/);
  await screenshot(page, testInfo, 'embed-demo');

  // Typing in one leaves the other alone, and each keeps its draft under its own key.
  await draft.getByRole('textbox', { name: 'Your draft' }).fill('We leverage synergy to onboard end users.');
  await expect(draft.getByText(/synergy/).first()).toBeVisible();
  await expect(board.getByRole('textbox', { name: 'Describe the service' })).toHaveValue(/route-planning system/);
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(['valuelens.widget:/embed.html#board-widget', 'valuelens.widget:/embed.html#draft-widget']);
  const saved = await page.evaluate(() => localStorage.getItem('valuelens.widget:/embed.html#draft-widget'));
  expect(saved).toContain('synergy');
});

test('the widget and the standalone app keep their drafts apart unless the host asks to share', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('textbox', { name: 'Describe the service' }).fill(MAIL);
  await host(page, '/hosts/share.html', page_(`
    <valuelens-widget id="own"></valuelens-widget>
    <valuelens-widget id="shared" storage="app"></valuelens-widget>`));
  await ready(widget(page, 'own'));
  await ready(widget(page, 'shared'));
  await expect(widget(page, 'own').getByRole('textbox', { name: 'Describe the service' })).toHaveValue('');
  await expect(widget(page, 'shared').getByRole('textbox', { name: 'Describe the service' })).toHaveValue(MAIL);
});

test('widgets without an id keep their own drafts across a reload', async ({ page }) => {
  const html = page_('<valuelens-widget></valuelens-widget><valuelens-widget></valuelens-widget>');
  await host(page, '/hosts/no-ids.html', html);
  const [first, second] = [page.locator('valuelens-widget').nth(0), page.locator('valuelens-widget').nth(1)];
  await ready(first);
  await ready(second);
  await second.getByRole('textbox', { name: 'Describe the service' }).fill(MAIL);
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).sort())).toEqual([
    'valuelens.widget:/hosts/no-ids.html#1',
    'valuelens.widget:/hosts/no-ids.html#2',
  ]);
  await page.reload();
  await ready(first);
  await ready(second);
  await expect(second.getByRole('textbox', { name: 'Describe the service' })).toHaveValue(MAIL);
  await expect(first.getByRole('textbox', { name: 'Describe the service' })).toHaveValue('');
});

test('changing an attribute at run time updates the widget', async ({ page }) => {
  await host(page, '/hosts/attributes.html', page_(`<p id="host-text">Host content</p>
    <valuelens-widget id="w" storage="none" text="${MAIL}"></valuelens-widget>`));
  const w = widget(page, 'w');
  await ready(w);
  await expect(w.getByRole('radio', { name: 'The board' })).toBeChecked();
  const set = (name, value) => page.evaluate(([n, v]) => {
    const el = document.getElementById('w');
    if (v === null) el.removeAttribute(n); else el.setAttribute(n, v);
  }, [name, value]);

  await set('audience', 'manager');
  await expect(w.getByRole('radio', { name: 'Your manager' })).toBeChecked();
  await set('audiences', 'peer manager');
  await expect(w.getByRole('radio', { name: 'The board' })).toHaveCount(0);
  await expect(w.getByRole('radio', { name: 'A peer' })).toBeVisible();
  await set('mode', 'check');
  await expect(w.getByRole('textbox', { name: 'Your draft' })).toBeVisible();
  await set('compact', '');
  await expect(w.getByRole('heading', { name: 'ValueLens', level: 1 })).toHaveCount(0);
  await set('compact', null);
  await expect(w.getByRole('heading', { name: 'ValueLens', level: 1 })).toBeVisible();
  await set('mode', 'compose');
  await set('text', 'We run payroll for 5,000 employees with 100% on-time pay runs.');
  await expect(w.getByRole('textbox', { name: 'Describe the service' })).toHaveValue(/payroll for 5,000/);
  // Nothing the user typed was replaced: the first service is still in the library.
  await w.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).click();
  await expect(w.getByText(/mail service for 1,200 staff/).first()).toBeVisible();
  await expect(page.locator('#host-text')).toHaveText('Host content');
});

test('the JS API mounts, reads the message as data and unmounts without leaving timers or listeners', async ({ page }) => {
  await page.addInitScript(() => {
    const live = new Set();
    const setI = window.setInterval.bind(window);
    const clearI = window.clearInterval.bind(window);
    window.setInterval = (...args) => { const id = setI(...args); live.add(id); return id; };
    window.clearInterval = (id) => { live.delete(id); clearI(id); };
    window.__liveIntervals = () => live.size;
    let listeners = 0;
    for (const target of [window, document]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      target.addEventListener = (...a) => { listeners += 1; add(...a); };
      target.removeEventListener = (...a) => { listeners -= 1; remove(...a); };
    }
    window.__listeners = () => listeners;
  });
  await host(page, '/hosts/api.html', page_(`<div id="slot"></div>`, { script: false }));
  const before = await page.evaluate(() => window.__listeners());
  const message = await page.evaluate(async (text) => {
    const { mount } = await import('/valuelens-widget.js');
    window.__widget = await mount(document.getElementById('slot'), { audience: 'peer', mode: 'rehearse', text, storage: 'none' });
    return window.__widget.message();
  }, MAIL);
  expect(message.audience).toBe('peer');
  expect(message.headline.length).toBeGreaterThan(10);
  expect(message.points.length).toBeGreaterThan(0);
  const slot = page.locator('#slot');
  await slot.getByRole('button', { name: /Start/ }).first().click();
  expect(await page.evaluate(() => window.__liveIntervals())).toBeGreaterThan(0);
  // Mounting again into the same element replaces the widget: the old one's timers stop too.
  await page.evaluate(async (text) => {
    const { mount } = await import('/valuelens-widget.js');
    window.__widget = await mount(document.getElementById('slot'), { audience: 'manager', mode: 'rehearse', text, storage: 'none' });
  }, MAIL);
  expect(await page.evaluate(() => window.__liveIntervals())).toBe(0);
  await expect(slot.getByRole('radio', { name: 'Your manager' })).toBeChecked();
  await page.evaluate(() => window.__widget.unmount());
  expect(await page.evaluate(() => window.__liveIntervals())).toBe(0);
  expect(await page.evaluate(() => window.__listeners())).toBe(before);
  expect(await page.evaluate(() => document.getElementById('slot').shadowRoot.childNodes.length)).toBe(0);
  expect(await page.evaluate(() => window.__widget.message())).toBeNull();
  // Removing an element unmounts it too; the page carries on.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('valuelens-widget'), { id: 'again' })));
  await ready(widget(page, 'again'));
  await page.evaluate(() => document.getElementById('again').remove());
  expect(await page.evaluate(() => window.__liveIntervals())).toBe(0);
});

test('a bad pack or option is named in the widget and the console, and the widget falls back', async ({ page }) => {
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await host(page, '/hosts/bad.html', page_(`<p id="host-text">Host content</p>
    <script type="application/json" id="bad-pack">{"goals": 5, "glosary": [], "currency": "ZZZ"}</script>
    <valuelens-widget id="bad" audience="ceo" mode="sideways" pack="#bad-pack" text="${MAIL}" storage="none"></valuelens-widget>
    <valuelens-widget id="broken" pack="#nowhere" storage="none"></valuelens-widget>
    <valuelens-widget id="foreign" pack="https://example.com/pack.json" storage="none"></valuelens-widget>`));
  const bad = widget(page, 'bad');
  await ready(bad);
  const alert = bad.getByRole('alert');
  for (const field of ['audience', 'mode', 'pack.goals', 'pack.glosary', 'pack.currency']) {
    await expect(alert).toContainText(`${field}:`);
  }
  await expect(bad.getByRole('radio', { name: 'The board' })).toBeChecked();
  await expect(bad.locator('.headline-card .headline')).not.toBeEmpty();
  await expect(widget(page, 'broken').getByRole('alert')).toContainText('pack:');
  await expect(widget(page, 'foreign').getByRole('alert')).toContainText('not on this site');
  expect(consoleErrors.some((e) => e.includes('pack.goals'))).toBe(true);
  await expect(page.locator('#host-text')).toHaveText('Host content');
});

test('hostile attribute values and pack texts stay text and run nothing', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const xss = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const pack = { name: xss, goals: [{ goal: `win ${xss}`, keywords: ['mail'] }], banned_words: [{ word: 'synergy', why: xss }] };
  await host(page, '/hosts/hostile.html', page_(`<div id="slot"></div>`));
  await page.evaluate(async ([text, pack, xss]) => {
    const { mount } = await import('/valuelens-widget.js');
    window.__w = await mount(document.getElementById('slot'), { text, pack, audience: xss, mode: 'compose', storage: 'none' });
  }, [`We run the mail service for 1,200 staff. ${xss} {{service}} \u202e`, pack, xss]);
  const slot = page.locator('#slot');
  await expect(slot.getByRole('textbox', { name: 'Describe the service' })).toHaveValue(/<script>window.__pwned=2<\/script>/);
  await expect(slot.getByRole('alert')).toContainText('audience: “<img src=x onerror=');
  await expect(slot.locator('.headline-card .headline')).not.toBeEmpty();
  await expect(slot.getByText(/our goal to win <img src=x/).first()).toBeVisible();
  expect(await page.evaluate(() => document.getElementById('slot').shadowRoot.querySelectorAll('img, script').length)).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('when updates overlap, the last one asked for wins', async ({ page }) => {
  const pack = JSON.parse(await readFile('src/engine/data/example_pack.json', 'utf8'));
  await page.route('**/hosts/slow-pack.json', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.fulfill({ json: pack });
  });
  await host(page, '/hosts/overlap.html', page_(`<valuelens-widget id="w" storage="none"></valuelens-widget>`));
  const w = widget(page, 'w');
  await ready(w);
  await page.evaluate(() => {
    const el = document.getElementById('w');
    el.setAttribute('pack', 'slow-pack.json'); // slow: its update finishes last
    el.setAttribute('audience', 'peer');
    el.removeAttribute('pack');
  });
  await expect(w.getByRole('radio', { name: 'A peer' })).toBeChecked();
  await page.waitForTimeout(600);
  await expect(w.getByRole('radio', { name: 'Executive committee' })).toHaveCount(0);
});

test('a pack from a same-origin URL is used', async ({ page }) => {
  const pack = JSON.parse(await readFile('src/engine/data/example_pack.json', 'utf8'));
  await page.route('**/hosts/pack.json', (route) => route.fulfill({ json: pack }));
  await host(page, '/hosts/url-pack.html', page_(`<valuelens-widget id="w" pack="pack.json" storage="none"
    audiences="exec-committee board" text="${MAIL}"></valuelens-widget>`));
  const w = widget(page, 'w');
  await ready(w);
  await expect(w.getByRole('radio', { name: 'Executive committee' })).toBeVisible();
  await expect(w.getByRole('radio', { name: 'A peer' })).toHaveCount(0);
  await w.getByRole('radio', { name: 'Executive committee' }).check();
  await expect(w.locator('.headline-card .eyebrow')).toContainText('executive committee');
  await expect(w.getByRole('alert')).toHaveCount(0);
});

const HOSTILE = `<style>
  * { font: 30px serif; }
  button { display: none; }
  div { padding: 40px; border: 3px dashed red; }
  html { font-size: 40px; }
</style>`;

for (const [name, head] of [
  ['Bootstrap', '<link rel="stylesheet" href="/vendor/bootstrap.min.css">'],
  ['hostile global rules', HOSTILE],
  ['Bootstrap and hostile global rules', `<link rel="stylesheet" href="/vendor/bootstrap.min.css">${HOSTILE}`],
]) {
  test(`host styles do not reach the widget, nor its styles the host: ${name}`, async ({ page }, testInfo) => {
    await host(page, `/hosts/styles-${testInfo.testId}.html`, page_(`
      <nav class="navbar"><button id="host-button" class="btn btn-primary">Host button</button></nav>
      <p id="host-text">Host paragraph</p>
      <valuelens-widget id="w" storage="none" text="${MAIL}"></valuelens-widget>`, { head }));
    const w = widget(page, 'w');
    await ready(w);
    const nav = views(w).getByRole('button', { name: 'Compose' });
    await expect(nav).toBeVisible();
    const style = await nav.evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: s.fontSize, family: s.fontFamily };
    });
    expect(parseFloat(style.size)).toBeLessThan(20);
    expect(style.family).not.toMatch(/^serif$/);
    const box = await w.locator('.headline-card .headline').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(box).not.toBe('serif');
    // The host keeps its own look: the widget's stylesheet lives in its shadow root only.
    const hostFont = await page.locator('#host-text').evaluate((el) => getComputedStyle(el).fontFamily);
    if (head.includes('30px serif')) expect(hostFont).toBe('serif');
    if (head.includes('30px serif') && !head.includes('bootstrap')) {
      await expect(page.locator('#host-button')).toBeHidden();
    }
    const headStyles = await page.evaluate(() => document.querySelectorAll('link[href*="widget-"], style').length);
    expect(headStyles).toBe(head.includes('<style>') ? 1 : 0);
    await screenshot(page, testInfo, `embed-host-${name.replace(/\W+/g, '-')}`);
  });
}

test('the layout follows the width of the widget, not of the window', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await host(page, '/hosts/columns.html', page_(`
    <div style="display: grid; grid-template-columns: 420px 1fr; gap: 20px">
      <valuelens-widget id="narrow" storage="none" text="${MAIL}"></valuelens-widget>
      <valuelens-widget id="wide" storage="none" text="${MAIL}"></valuelens-widget>
    </div>`));
  const columns = (id) =>
    widget(page, id).locator('.compose').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
  await ready(widget(page, 'narrow'));
  await ready(widget(page, 'wide'));
  expect(await columns('narrow')).toBe(1);
  expect(await columns('wide')).toBe(2);
});

test('the host themes the widget with CSS custom properties', async ({ page }) => {
  await host(page, '/hosts/theme.html', page_(`<valuelens-widget id="w" storage="none"></valuelens-widget>`, {
    head: '<style>valuelens-widget { --vl-accent: rgb(11, 110, 79); --vl-font: Georgia, serif; --vl-radius: 2px; --vl-space: 8px; }</style>',
  }));
  const w = widget(page, 'w');
  await ready(w);
  const current = views(w).getByRole('button', { name: 'Compose' });
  const look = await current.evaluate((el) => {
    const s = getComputedStyle(el);
    const root = getComputedStyle(el.getRootNode().querySelector('.embedded'));
    return { background: s.backgroundColor, font: root.fontFamily, padding: root.paddingTop };
  });
  expect(look).toEqual({ background: 'rgb(11, 110, 79)', font: 'Georgia, serif', padding: '4px' });
});

test('an iframe embed takes the same options in the address of the app', async ({ page }) => {
  const pack = JSON.parse(await readFile('src/engine/data/example_pack.json', 'utf8'));
  await page.route('**/packs/org.json', (route) => route.fulfill({ json: pack }));
  const src = `/index.html?audience=exec-committee&audiences=exec-committee,peer&mode=compose&compact&pack=packs/org.json&text=${encodeURIComponent(MAIL)}`;
  await host(page, '/hosts/iframe.html', page_(`<iframe title="ValueLens" src="${src}" width="1200" height="900"></iframe>`, { script: false }));
  const app = page.frameLocator('iframe[title="ValueLens"]');
  await expect(app.getByRole('radio', { name: 'Executive committee' })).toBeChecked();
  await expect(app.getByRole('radio', { name: 'The board' })).toHaveCount(0);
  await expect(app.getByRole('textbox', { name: 'Describe the service' })).toHaveValue(MAIL);
  await expect(app.getByRole('heading', { name: 'ValueLens', level: 1 })).toHaveCount(0);
  await expect(app.getByRole('alert')).toHaveCount(0);
  // A bad option is named, as in the widget.
  await page.goto('index.html?mode=sideways');
  await expect(page.getByRole('alert')).toContainText('mode: “sideways” is not a mode');
});

test('the widget works with dist/ hosted under a sub-path', async ({ page }) => {
  await page.goto('intranet/tools/valuelens/embed.html');
  await ready(widget(page, 'board-widget'));
  await ready(widget(page, 'draft-widget'));
  await expect(page.getByRole('alert')).toHaveCount(0);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.every((k) => k.startsWith('valuelens.widget:/intranet/tools/valuelens/embed.html#'))).toBe(true);
});

test('inside a widget, focus moves on after Remove within that widget, not to the host page', async ({ page }) => {
  await host(page, '/hosts/focus.html', page_(`
    <valuelens-widget id="one"></valuelens-widget>
    <valuelens-widget id="two"></valuelens-widget>`));
  const [one, two] = [widget(page, 'one'), widget(page, 'two')];
  await ready(one);
  await ready(two);
  await one.getByRole('textbox', { name: 'Describe the service' }).fill(MAIL);
  await two.getByRole('textbox', { name: 'Describe the service' }).fill(MAIL);
  const remove = two.getByRole('region', { name: 'Facts found' }).getByRole('button', { name: /^Remove / });
  const next = await remove.nth(1).getAttribute('aria-label');
  await remove.first().click();
  // The next fact's Remove in the same widget: the ids repeat in each widget's shadow root.
  await expect(two.getByRole('button', { name: next })).toBeFocused();
  await expect(one.getByRole('region', { name: 'Facts found' }).getByRole('button', { name: /^Remove / })).toHaveCount(5);
});
