/**
 * What the README's two commands need on a fresh machine: the npm dependencies
 * (installed with `npm ci` when missing) and, for the tests, Debian's browsers
 * (installed with apt-get when running as root, else named for the user).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export function ensureNodeModules() {
  if (existsSync('node_modules/.package-lock.json') && existsSync('node_modules/wxt')) return;
  console.log('▶ installing npm dependencies (npm ci)');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const PACKAGES = [
  ['chromium', () => existsSync('/usr/bin/chromium') || Boolean(process.env.CHROMIUM_PATH)],
  ['chromium-l10n', () => !existsSync('/usr/lib/chromium/locales') || readdirSync('/usr/lib/chromium/locales').includes('de.pak')],
  ['firefox-esr', () => existsSync('/usr/bin/firefox-esr') || Boolean(process.env.FIREFOX_PATH)],
  ['firefox-esr-l10n-de', () => !existsSync('/usr/lib/firefox-esr') || existsSync('/usr/lib/firefox-esr/distribution/extensions/langpack-de@firefox-esr.mozilla.org.xpi') || spawnSync('dpkg', ['-s', 'firefox-esr-l10n-de'], { stdio: 'ignore' }).status === 0],
  ['poppler-utils', () => spawnSync('sh', ['-c', 'command -v pdftotext'], { stdio: 'ignore' }).status === 0],
];

export function ensureBrowsers() {
  const missing = PACKAGES.filter(([, present]) => !present()).map(([name]) => name);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(`✗ The tests drive real browsers. Missing: ${missing.join(' ')}. Install with: sudo apt-get install ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`▶ installing ${missing.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`✗ apt-get ${args.join(' ')} failed; install by hand: apt-get install ${missing.join(' ')}`);
      process.exit(1);
    }
  }
}
