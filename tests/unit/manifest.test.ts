/**
 * The built manifests and bundles (issue 7): least privilege, no host access
 * at install, no code from anywhere but the package. Reads the production
 * builds (`npm run build` and `npm run build:firefox`) and the e2e builds;
 * the test runner builds before the unit tests.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

/**
 * Permissions the extension may ask for at install, each with its reason (the
 * table goes into the README). Anything else fails the test.
 */
const PERMISSION_REASONS: Record<string, string> = {
  activeTab: 'read the tab the user opened Leselotse on, only after a click or keyboard command',
  scripting: 'inject the reader into that one tab on demand (no content script for all pages)',
  storage: 'settings and keys on this device; session caches that die with the browser session',
};

const BUILDS = {
  chrome: { dir: '.output/chrome-mv3', command: 'npm run build' },
  firefox: { dir: '.output/firefox-mv3', command: 'npm run build:firefox' },
} as const;
const E2E_BUILDS = ['.output/chrome-mv3-e2e', '.output/firefox-mv3-e2e'];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  commands?: Record<string, unknown>;
  storage?: { managed_schema?: string };
  web_accessible_resources?: { resources: string[]; matches?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
}

function readManifest(dir: string, command: string): Manifest {
  const file = join(ROOT, dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No build in ${dir}: run ${command} first (npm run build && npm run build:firefox).`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

function filesIn(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesIn(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** Host patterns that grant every site. */
const ALL_SITES = /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*|\*:\/\/\*\/.*|file:\/\/\/\*)$/;
/** Loopback only (the e2e build's test-server access). */
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+|:\*)?\/\*$/;
/** An engine origin: https (any host, as engines are user-configured) or a server on this computer. */
const ENGINE_ORIGIN = /^(https:\/\/[^/]+\/\*|http:\/\/(127\.0\.0\.1|localhost)(:\d+|:\*)?\/\*)$/;

function csp(manifest: Manifest): string {
  const value = manifest.content_security_policy;
  if (value === undefined) return '';
  return typeof value === 'string' ? value : `${value.extension_pages ?? ''}; ${value.sandbox ?? ''}`;
}

describe.each(Object.entries(BUILDS))('%s production build', (_name, build) => {
  const manifest = () => readManifest(build.dir, build.command);

  it('asks only for the permissions in the reasons table', () => {
    const { permissions = [], optional_permissions = [] } = manifest();
    expect(permissions).toContain('activeTab');
    for (const permission of [...permissions, ...optional_permissions])
      expect(Object.keys(PERMISSION_REASONS), `permission "${permission}" needs a reason`).toContain(permission);
  });

  it('has no host access at install; engine origins only as optional host permissions', () => {
    const m = manifest();
    expect(m.host_permissions ?? []).toEqual([]);
    for (const origin of m.optional_host_permissions ?? []) {
      expect(origin).toMatch(ENGINE_ORIGIN);
      expect(origin).not.toMatch(/^<all_urls>$|^\*:\/\//);
    }
    expect(m.permissions ?? []).not.toContain('<all_urls>');
  });

  it('registers no content script for all pages', () => {
    for (const script of manifest().content_scripts ?? []) for (const match of script.matches ?? []) expect(match).not.toMatch(ALL_SITES);
  });

  it('keeps a CSP without unsafe-eval, unsafe-inline or remote script sources', () => {
    const policy = csp(manifest());
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
    expect(policy).not.toMatch(/script-src[^;]*https?:/);
  });

  it('exposes no script or page to web sites', () => {
    for (const entry of manifest().web_accessible_resources ?? [])
      for (const resource of entry.resources) expect(resource).not.toMatch(/\.(m?js|html?)$|\*$/);
  });

  it('has the forget-everything command', () => {
    expect(Object.keys(manifest().commands ?? {})).toEqual(expect.arrayContaining(['toggle-reader', 'forget-everything']));
  });

  it('ships no eval, no Function constructor, no inline or remote scripts', () => {
    const dir = join(ROOT, build.dir);
    manifest();
    const scripts = filesIn(dir, /\.m?js$/);
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, relative(ROOT, file)).not.toMatch(/(?<![\w$.])eval\(|new Function\(|(?<![\w$.])Function\(["'`]/);
      expect(code, relative(ROOT, file)).not.toMatch(/importScripts\(\s*["'`]https?:/);
    }
    for (const file of filesIn(dir, /\.html$/)) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        expect(tag, relative(ROOT, file)).toMatch(/\bsrc="\/[^"]+"/);
        expect(tag).not.toMatch(/src="(https?:)?\/\//);
      }
      // No inline script bodies and no inline handlers.
      expect(html).not.toMatch(/<script\b[^>]*>\s*[^<\s]/);
      expect(html).not.toMatch(/\son[a-z]+=/i);
    }
  });
});

describe('organisation policy schema', () => {
  it('Chrome names the managed-storage schema and ships it; the schema covers the policy fields', () => {
    const chrome = readManifest(BUILDS.chrome.dir, BUILDS.chrome.command);
    expect(chrome.storage?.managed_schema).toBe('managed-schema.json');
    const schema = JSON.parse(readFileSync(join(ROOT, BUILDS.chrome.dir, chrome.storage!.managed_schema!), 'utf8')) as {
      type: string;
      properties: Record<string, { type: string }>;
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['sharedComputer', 'lockSharedComputer', 'engines', 'defaultEngine', 'targetLanguages', 'defaultTargetLanguage']),
    );
    expect(schema.properties.lockSharedComputer!.type).toBe('boolean');
  });

  it('Firefox has no storage manifest key (it reads policies.json instead)', () => {
    expect(readManifest(BUILDS.firefox.dir, BUILDS.firefox.command).storage).toBeUndefined();
  });
});

describe.each(E2E_BUILDS)('e2e build %s', (dir) => {
  it('adds host access for loopback test servers only', () => {
    const manifest = readManifest(dir, 'npm run build:e2e');
    expect(manifest.host_permissions?.length).toBeGreaterThan(0);
    for (const origin of manifest.host_permissions ?? []) expect(origin).toMatch(LOOPBACK);
  });
});
