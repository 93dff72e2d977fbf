// Draws the installed app's icons (styles/icons/*.png) from styles/favicon.svg in Chromium, so the
// PNGs a web app manifest needs come from the one drawing. Run by hand when the favicon changes;
// the PNGs are committed. The maskable icon keeps the drawing inside the safe circle (80%).
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const svg = await readFile(new URL('../styles/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, inset] of [['icon-192.png', 192, 0], ['icon-512.png', 512, 0], ['maskable-512.png', 512, 0.1]]) {
  const pad = Math.round(size * inset);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;background:${inset ? '#1d4fb8' : 'transparent'}">` +
      `<div style="width:${size - 2 * pad}px;height:${size - 2 * pad}px;margin:${pad}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: `styles/icons/${name}`, omitBackground: !inset });
  console.log(`styles/icons/${name}`);
}
await browser.close();
