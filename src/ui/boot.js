// Starts ValueLens: imports the wasm-bindgen glue and the WebAssembly that Trunk named in
// <meta name="valuelens-boot">. It is a file, not the inline script Trunk writes by default, so
// the page's Content-Security-Policy can forbid inline script altogether.
const boot = document.querySelector('meta[name="valuelens-boot"]');

function couldNotStart(error) {
  console.error(error);
  if (document.getElementById('crash')) return; // the app's own crash panel says it better
  const root = document.getElementById('valuelens') ?? document.body;
  const message = document.createElement('p');
  message.className = 'load-error';
  message.setAttribute('role', 'alert');
  message.textContent =
    'ValueLens could not start in this browser. It needs a recent browser with JavaScript and WebAssembly turned on.';
  root.replaceChildren(message);
}

// Options in the address, for a page that embeds the app in an iframe:
// index.html?audience=board&audiences=board,manager&mode=check&compact&text=… (the app names any
// it cannot use). A pack by URL must be on this site.
async function options() {
  const params = new URLSearchParams(location.search);
  const given = {};
  for (const name of ['audience', 'audiences', 'mode', 'compact', 'text', 'storage']) {
    if (params.has(name)) given[name] = params.get(name);
  }
  const pack = params.get('pack');
  if (pack) {
    const url = new URL(pack, document.baseURI);
    try {
      if (url.origin !== location.origin) throw new Error(`${url.href} is not on this site`);
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
      given.pack = await response.text();
    } catch (error) {
      given['pack-error'] = error.message;
    }
  }
  return Object.keys(given).length ? JSON.stringify(given) : undefined;
}

try {
  const [glue, given] = await Promise.all([import(new URL(boot.dataset.js, document.baseURI).href), options()]);
  await glue.default({ module_or_path: new URL(boot.dataset.wasm, document.baseURI) });
  glue.startApp(given);
} catch (error) {
  couldNotStart(error);
}

// Offline use, once the app runs: the service worker for this folder (src/ui/offline/offline.js).
import(new URL('offline.js', document.baseURI).href)
  .then((offline) =>
    offline.register(
      [boot.dataset.js, boot.dataset.wasm, document.querySelector('link[rel="stylesheet"]')?.href ?? '']
        .map((file) => new URL(file, document.baseURI).href),
    ),
  )
  .catch((error) => console.warn('ValueLens will not work offline here:', error));
