// Part of the Trunk post-build hook (scripts/post-build.mjs): makes the embeddable widget from the
// files Trunk just built, in its staging directory.
// - valuelens-widget.js: src/ui/widget.js with the hashed glue, wasm and stylesheet names filled in
//   (read from the staged index.html), so a host page loads one stable URL.
// - widget-<hash>.css: the app's stylesheet for a shadow root. `:root`, `html` and `body` become
//   `:host`; `rem` (which follows the host page's root font size) becomes a fixed size, and in
//   spacing properties a multiple of `--vl-space`, so a host's global styles cannot resize it;
//   width breakpoints become container queries on the widget's own width.
// - the embed demo (embed/*): an intranet-style page with two widgets and the example organisation
//   pack (src/engine/data/example_pack.json) inlined.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('build-widget.mjs runs in the Trunk hook (TRUNK_STAGING_DIR is not set)');
const source = new URL('..', import.meta.url).pathname;

const index = await readFile(join(staging, 'index.html'), 'utf8');
const pick = (pattern, what) => {
  const found = index.match(pattern);
  if (!found) throw new Error(`build-widget.mjs: no ${what} in the built index.html`);
  return found[1].replace(/^\.\//, '');
};
const glue = pick(/data-js="(?:\{base\})?([^"]+)"/, 'glue script');
const wasm = pick(/data-wasm="(?:\{base\})?([^"]+)"/, 'wasm file');
const appCss = pick(/<link rel="stylesheet" href="([^"]+)"/, 'stylesheet');

/** Spacing properties scale with --vl-space; every other rem is a fixed size. */
const SPACING = /^\s*(padding|margin|gap|row-gap|column-gap|inset|top|right|bottom|left|padding-[a-z-]+|margin-[a-z-]+|scroll-margin[a-z-]*)\s*:/;

function widgetCss(css) {
  return css
    .split('\n')
    .map((line) => {
      // Layout follows the widget's own width (a narrow intranet column), not the window's.
      const width = line.match(/^(\s*)@media \((min|max)-width: (\d*\.?\d+)rem\) \{$/);
      if (width) return `${width[1]}@container valuelens (${width[2]}-width: ${Number(width[3]) * 16}px) {`;
      if (/^\s*@media/.test(line)) return line; // other media queries: colour scheme, motion, print
      const spacing = SPACING.test(line);
      return line
        .replace(/(^|[\s,{]):root\b/g, '$1:host')
        .replace(/^(\s*)(html|body)(\s*[{,])/, '$1:host$3')
        .replace(/(-?\d*\.?\d+)rem\b/g, (_, n) =>
          spacing ? `calc(${n} * var(--vl-space, 16px))` : `${+(Number(n) * 16).toFixed(3)}px`,
        );
    })
    .join('\n');
}

const css =
  widgetCss(await readFile(join(staging, appCss), 'utf8')) +
  '\n/* The widget. The host page may style the element itself (its margins, its width); inside, the\n' +
  '   root sets every inherited property it relies on, so nothing of the page leaks in. */\n' +
  ':host { display: block; container: valuelens / inline-size; }\n' +
  ':host([hidden]) { display: none; }\n' +
  '.embedded { font: 16px/1.55 var(--font); color: var(--text); background: var(--bg); text-align: start;\n' +
  '  letter-spacing: normal; word-spacing: normal; text-transform: none; text-indent: 0; white-space: normal;\n' +
  '  visibility: visible; cursor: auto; border-radius: var(--radius); padding-block: calc(0.5 * var(--vl-space, 16px)); }\n';
const cssName = `widget-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
await writeFile(join(staging, cssName), css);

const loader = (await readFile(join(source, 'src/ui/widget.js'), 'utf8'))
  .replace("'__GLUE__'", JSON.stringify(glue))
  .replace("'__WASM__'", JSON.stringify(wasm))
  .replace("'__CSS__'", JSON.stringify(cssName));
await writeFile(join(staging, 'valuelens-widget.js'), loader);

// The demo's pack is the engine's example pack (one copy, tested by the engine), inlined as data.
const pack = (await readFile((process.env.VL_PACK ?? join(source, 'src/engine/data/example_pack.json')), 'utf8')).replaceAll('</', '<\\/');
for (const name of await readdir(join(source, 'embed'))) {
  const text = await readFile(join(source, 'embed', name), 'utf8');
  await writeFile(join(staging, name), name.endsWith('.html') ? text.replace('__EXAMPLE_PACK__', pack) : text);
}
console.log(`valuelens-widget.js → ${glue}, ${wasm}, ${cssName}`);
