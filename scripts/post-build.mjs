// Trunk's post-build hook (see Trunk.toml), in its staging directory: first the embeddable widget
// and the embed demo (build-widget.mjs), then the service worker over every file (build-offline.mjs).
import { writeWorker } from './build-offline.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
await import('./build-widget.mjs');
const { version, assets } = await writeWorker(staging);
console.log(`sw.js → version ${version}, ${assets.length} files`);
