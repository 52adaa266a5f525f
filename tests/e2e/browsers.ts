/**
 * Where the e2e tests find the browsers and the built extension. Debian's
 * packages: Playwright and Puppeteer cannot download their own browsers here.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const HERE = dirname(fileURLToPath(import.meta.url));

export const ROOT = join(HERE, '../..');
export const CHROME_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-e2e');
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3-e2e');

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

function find(candidates: (string | undefined)[], name: string): string {
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found)
    throw new Error(`${name} not found. Install it with: apt-get install chromium firefox-esr (or set ${name.toUpperCase()}_PATH).`);
  return found;
}

export const chromiumPath = () => find(CHROMIUM_CANDIDATES, 'chromium');
export const firefoxPath = () => find(FIREFOX_CANDIDATES, 'firefox');

export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`No extension build in ${dir}. Run: npm run build:e2e`);
  return dir;
}

/** Flags that keep Chromium off the closed network and quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-gpu',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];
