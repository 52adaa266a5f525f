#!/usr/bin/env node
/**
 * The README's first command (`npm start`): builds Leselotse for Chrome and
 * Firefox, zips both, and says where they are and how to load them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureNodeModules } from './ensure.mjs';

const run = (args) => {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

ensureNodeModules();
run(['wxt', 'zip']);
run(['wxt', 'zip', '-b', 'firefox', '--mv3']);

const out = resolve('.output');
const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
const chrome = resolve(out, 'chrome-mv3');
const firefox = resolve(out, 'firefox-mv3');
if (!existsSync(chrome) || !existsSync(firefox)) process.exit(1);

console.log(`
Leselotse is built.

  Chrome / Chromium / Edge: ${chrome}
    1. Open chrome://extensions and switch on "Developer mode".
    2. Click "Load unpacked" and choose the folder above.
    3. Pin Leselotse in the toolbar, open a city-hall page, click the icon, then "Lesemodus".

  Firefox (128 or newer, ESR included): ${firefox}
    1. Open about:debugging#/runtime/this-firefox.
    2. Click "Load Temporary Add-on…" and choose ${resolve(firefox, 'manifest.json')}.
    3. Open a city-hall page, click the Leselotse icon, then "Lesemodus".

  Zips for the stores or for sharing: ${zips.map((z) => resolve(out, z)).join(', ')}
`);
