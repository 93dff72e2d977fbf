// ValueLens' service worker, so the app opens and works with no network (on the train, in a
// meeting room). scripts/build-offline.mjs writes it into dist/ as sw.js with this build's VERSION,
// ASSETS (the app's files) and WIDGET (the embeddable widget's) in place of the three markers.
// - Each version has a cache of its own, filled whole when it installs (the page and every file it
//   loads), so a page never mixes the files of two versions. The widget's files join it when a
//   page in this folder first loads them, so the app alone never downloads them. When it takes over, the caches of
//   older versions in this folder are deleted, and open pages are told.
// - The page (index.html, with any query) is network-first: online, the newest; offline, this
//   version's copy. So is any other page in this folder (a host page of the widget placed here),
//   kept once it has loaded through the worker. The other files have hashed or versioned names:
//   cache-first.
// - Only GET requests for this folder's own files are answered; anything else is left alone.
const VERSION = '__VERSION__';
const ASSETS = '__ASSETS__';
const WIDGET = '__WIDGET__';
const PAGE = 'index.html';
const scope = new URL(self.registration.scope);
const PREFIX = `valuelens ${scope.pathname} `;
const CACHE = PREFIX + VERSION;

const here = (path) => new URL(path, scope).href;

/** A file whose name carries a hash of its content ("app-73add7a7b0382126.css"): the browser's
 *  own cache may give it (the page has just loaded it); any other is fetched afresh. */
const hashed = (path) => /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(path);

self.addEventListener('install', (event) => {
  const requests = [PAGE, ...ASSETS].map((path) => new Request(here(path), { cache: hashed(path) ? 'default' : 'reload' }));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(requests))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      await Promise.all(older.map((name) => caches.delete(name)));
      await self.clients.claim();
      if (older.length === 0) return;
      // A page running this version's files has been updated; any other has a newer one waiting.
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        client.postMessage({ valuelens: 'updated', assets: [...ASSETS, ...WIDGET] });
      }
    })(),
  );
});

/** This version's copy of `path`, if it has one. */
const kept = (path) => caches.match(here(path), { cacheName: CACHE });

/** Fetches `request`, keeping a good answer in this version's cache as `path`. */
async function fetchAndKeep(request, path) {
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(here(path), response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  if (path === '' || path === PAGE) {
    event.respondWith(fetch(request).catch(() => kept(PAGE).then((hit) => hit ?? Response.error())));
  } else if (request.mode === 'navigate') {
    event.respondWith(fetchAndKeep(request, path).catch(() => kept(path).then((hit) => hit ?? Response.error())));
  } else if (ASSETS.includes(path)) {
    event.respondWith(kept(path).then((hit) => hit ?? fetch(request)));
  } else if (WIDGET.includes(path)) {
    event.respondWith(kept(path).then((hit) => hit ?? fetchAndKeep(request, path)));
  }
});
