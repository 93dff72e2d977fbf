// Offline use: registers ValueLens' service worker (sw.js, beside this file) for ValueLens' own
// folder, and passes its news to the app as window events it listens for:
// "valuelens-updated" when the page already runs the files the worker now keeps, and
// "valuelens-update-ready" when a newer one is ready on the next load. Used by the app's page
// (src/ui/boot.js) always, and by valuelens-widget.js only when the host page asks (`offline`).
const here = new URL('.', import.meta.url);

/** Registers the worker; `running` are the URLs of the files this page runs (the glue, the wasm
 *  and the stylesheet, each name with its hash). */
export async function register(running) {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const files = running.map((url) => new URL(url, here).href.slice(here.href.length));
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.valuelens !== 'updated' || !Array.isArray(event.data.assets)) return;
    const current = files.every((file) => event.data.assets.includes(file));
    window.dispatchEvent(new Event(current ? 'valuelens-updated' : 'valuelens-update-ready'));
  });
  try {
    await navigator.serviceWorker.register(new URL('sw.js', here), { scope: here.pathname });
  } catch (error) {
    // Without the worker, ValueLens still works online; say why in the console only.
    console.warn('ValueLens will not work offline here:', error);
  }
}
