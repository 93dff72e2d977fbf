// ValueLens for pages that embed it. An intranet page loads this one module from wherever dist/
// is hosted, then writes <valuelens-widget> anywhere, or calls mount(element, options) to build
// its own UI. Each widget renders in its own shadow root, so the page's styles and the widget's
// do not touch. scripts/build-widget.mjs writes this file into dist/ as valuelens-widget.js, with
// the hashed names of the files it loads in place of the three markers below.
const FILES = { glue: '__GLUE__', wasm: '__WASM__', css: '__CSS__' };
const here = new URL('.', import.meta.url);
/** The options a host can give, as attributes and as mount() options. */
const OPTIONS = ['audience', 'audiences', 'mode', 'compact', 'text', 'storage', 'pack'];

let engine;
/** Loads the wasm once for every widget on the page. */
function start() {
  engine ??= (async () => {
    const glue = await import(new URL(FILES.glue, here).href);
    await glue.default({ module_or_path: new URL(FILES.wasm, here) });
    return glue;
  })();
  return engine;
}

let offline;
/** Only when the host asks (the `offline` attribute or option): ValueLens' service worker, for
 *  ValueLens' own folder. It never controls a host page elsewhere (see src/ui/offline/). */
function keepOffline() {
  offline ??= import(new URL('offline.js', here).href)
    .then((module) => module.register(Object.values(FILES).map((file) => new URL(file, here).href)))
    .catch((error) => console.warn('ValueLens will not work offline here:', error));
}

/** The pack option as the engine reads it: JSON text, or why it could not be had. */
async function readPack(pack) {
  if (pack === undefined || pack === null || pack === '') return {};
  if (typeof pack === 'object') return { pack: JSON.stringify(pack) };
  const value = String(pack).trim();
  if (value.startsWith('{')) return { pack: value };
  if (value.startsWith('#')) {
    const script = document.getElementById(value.slice(1));
    if (!script || script.localName !== 'script' || script.type !== 'application/json') {
      return { 'pack-error': `no <script type="application/json" id="${value.slice(1)}"> on this page` };
    }
    return { pack: script.textContent };
  }
  let url;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return { 'pack-error': `“${value}” is neither “#id” of an inline JSON script nor a URL` };
  }
  if (url.origin !== location.origin) {
    return { 'pack-error': `${url.href} is not on this site; a pack must come from the page's own site` };
  }
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return { 'pack-error': `${url.href} answered ${response.status}` };
    return { pack: await response.text() };
  } catch (error) {
    return { 'pack-error': `${url.href} could not be fetched (${error.message})` };
  }
}

/** Options as the engine reads them: JSON text, values as given (it checks them). */
async function optionsJson(options, place) {
  const { pack, offline: _, ...rest } = options;
  const app = new URL('index.html', here).href;
  return JSON.stringify({ ...rest, place, app, ...(await readPack(pack)) });
}

function couldNotStart(root, error) {
  console.error('ValueLens widget could not start:', error);
  const message = document.createElement('p');
  message.className = 'load-error';
  message.setAttribute('role', 'alert');
  message.textContent =
    'ValueLens could not start here. It needs a recent browser with JavaScript and WebAssembly turned on.';
  root.replaceChildren(message);
}

let mounted = 0;
/** The widget each element holds, so mounting again replaces it rather than leaving it running. */
const widgets = new WeakMap();

/** A mounted ValueLens: update its options, read its message, unmount it. */
class Widget {
  #handle;
  #shadow;
  #place;
  #updates = 0;

  constructor(handle, shadow, place) {
    this.#handle = handle;
    this.#shadow = shadow;
    this.#place = place;
  }

  /** Applies new options; only what changed moves the widget. When updates overlap (a pack still
   *  being fetched), the last one asked for wins. */
  async update(options = {}) {
    const ticket = ++this.#updates;
    const json = await optionsJson(options, this.#place);
    if (ticket === this.#updates) this.#handle?.update(json);
  }

  /** The message on screen as data (null before there is one): audience, headline, points… */
  message() {
    return this.#handle ? JSON.parse(this.#handle.message()) : null;
  }

  /** Removes the widget: its listeners and timers stop, and its elements go. */
  unmount() {
    if (!this.#handle) return;
    this.#handle.unmount();
    this.#handle.free();
    this.#handle = undefined;
    this.#shadow.replaceChildren();
  }
}

/**
 * Mounts ValueLens into `element` (rendered in its shadow root) with `options`: audience,
 * audiences, mode, compact, text, storage, pack (an object, "#id" of an inline JSON script, or a
 * same-origin URL), and offline (true: keep ValueLens' files for use with no network). Resolves
 * to a Widget; never throws for bad options (the widget lists them).
 */
export async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('ValueLens: mount() needs an element');
  if (options.offline) keepOffline();
  widgets.get(element)?.unmount();
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL(FILES.css, here).href;
  const root = document.createElement('div');
  root.className = 'app embedded';
  shadow.replaceChildren(style, root);
  mounted += 1;
  // A widget without an id is known by its place among the page's widgets (stable across reloads
  // of the same page); another element mounted without an id, by the order of mounting.
  const onPage = [...document.querySelectorAll('valuelens-widget')];
  const nth = element.localName === 'valuelens-widget' ? onPage.indexOf(element) + 1 : `mount-${mounted}`;
  const place = `${location.pathname}#${element.id || nth}`;
  let widget;
  try {
    const [glue, json] = await Promise.all([start(), optionsJson(options, place)]);
    widget = new Widget(glue.mountWidget(root, json), shadow, place);
  } catch (error) {
    couldNotStart(root, error);
    widget = new Widget(undefined, shadow, place);
  }
  widgets.set(element, widget);
  return widget;
}

/** <valuelens-widget audience="board" audiences="board peer" mode="compose" compact text="…"
 *  storage="drafts" pack="#org-pack" offline>: each attribute is an option; changing one updates
 *  it. */
class ValueLensWidget extends HTMLElement {
  static observedAttributes = OPTIONS;
  #widget;
  #pending;
  #changedWhileMounting = false;

  #options() {
    const options = { offline: this.hasAttribute('offline') };
    for (const name of OPTIONS) {
      if (this.hasAttribute(name)) options[name] = this.getAttribute(name);
    }
    return options;
  }

  async connectedCallback() {
    if (this.#pending || this.#widget) return;
    this.#pending = mount(this, this.#options());
    this.#widget = await this.#pending;
    this.#pending = undefined;
    if (!this.isConnected) {
      this.#widget.unmount();
      this.#widget = undefined;
      return;
    }
    if (this.#changedWhileMounting) {
      this.#changedWhileMounting = false;
      await this.#widget.update(this.#options());
    }
    this.dispatchEvent(new CustomEvent('valuelens-ready', { bubbles: true }));
  }

  disconnectedCallback() {
    if (this.#widget) {
      this.#widget.unmount();
      this.#widget = undefined;
    }
  }

  attributeChangedCallback() {
    if (this.#widget) this.#widget.update(this.#options());
    else if (this.#pending) this.#changedWhileMounting = true;
  }

  /** The message on screen as data, or null. */
  message() {
    return this.#widget?.message() ?? null;
  }
}

if (!customElements.get('valuelens-widget')) customElements.define('valuelens-widget', ValueLensWidget);
