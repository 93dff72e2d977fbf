// Part of the Trunk post-build hook (scripts/post-build.mjs), after the widget: writes the service
// worker (src/ui/offline/sw.js → sw.js) with the files this build's pages load and a version that
// is the hash of their contents, so each build has a cache of its own. The embed demo's files
// (embed/*) are not ValueLens and are left out, as are the icons (the browser fetches those when it
// installs the app). Also exported, for the end-to-end test of an update.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const source = new URL('..', import.meta.url).pathname;

async function files(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await files(path)));
    else found.push(path);
  }
  return found;
}

/** Writes `dir`/sw.js for the files in `dir`; returns its version, the app's files (kept when
 *  the worker installs) and the widget's (kept when a page in the folder first loads them). */
export async function writeWorker(dir) {
  const demo = new Set(await readdir(join(source, 'embed')));
  const paths = (await files(dir)).map((path) => relative(dir, path).split('\\').join('/')).sort();
  const loader = await readFile(join(dir, 'valuelens-widget.js'), 'utf8');
  const widget = ['valuelens-widget.js', loader.match(/css: "([^"]+)"/)?.[1]].filter(Boolean);
  // The manifest's icons are fetched by the browser when it installs the app, not by a page.
  const assets = paths.filter(
    (path) =>
      path !== 'index.html' && path !== 'sw.js' && !path.startsWith('icons/') && !demo.has(path) && !widget.includes(path),
  );
  const hash = createHash('sha256');
  for (const path of ['index.html', ...assets, ...widget]) hash.update(path).update(await readFile(join(dir, path)));
  const version = hash.digest('hex').slice(0, 16);
  const worker = (await readFile(join(source, 'src/ui/offline/sw.js'), 'utf8'))
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace("'__ASSETS__'", JSON.stringify(assets))
    .replace("'__WIDGET__'", JSON.stringify(widget));
  await writeFile(join(dir, 'sw.js'), worker);
  return { version, assets, widget };
}
