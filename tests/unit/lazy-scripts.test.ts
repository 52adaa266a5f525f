/**
 * The scripts the reader loads when a feature is first used (utils/reader/lazy-scripts.ts)
 * stay out of the always-injected reader script, in both browsers' builds:
 * a distinctive string of each moved module is in its lazy script and not in
 * `reader.js`. The reader, page-text and lazy scripts are packaged, unlisted
 * files that no page can load (not web-accessible) and that send the page no
 * start signal. Reads the production builds, like the manifest test.
 * The injection itself is checked with a fake browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectLazyScript, LAZY_SCRIPTS, PAGE_TEXT_SCRIPT, READER_SCRIPT } from '@/utils/reader/inject';
import type { LazyScript } from '@/utils/reader/lazy-scripts';

const ROOT = join(__dirname, '../..');
const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3' } as const;

/** For each lazy script: source files and a string each one puts in the bundle (a message key, a class, a selector). */
const MOVED: Record<LazyScript, { source: string; marker: string }[]> = {
  rewrite: [
    { source: 'components/RewritePanel.tsx', marker: 'rewriteCheckFlagged' },
    { source: 'components/RewritePanel.tsx', marker: 'll-rw-result' },
    { source: 'utils/simplify/rewrite-client.ts', marker: 'bg-cs-rewrite-delta' },
    { source: 'utils/simplify/summarizer.ts', marker: 'Seite einer deutschen Behörde' },
  ],
  'read-aloud': [
    { source: 'utils/reader/read-aloud.ts', marker: 'interrupted' },
    { source: 'utils/reader/sentence-dom.ts', marker: '[hidden], [aria-hidden="true"]' },
  ],
  translate: [
    { source: 'utils/translate/reader-client.ts', marker: 'no network from the reader' },
    { source: 'utils/translate/reader-client.ts', marker: 'cs-bg-translate-blocks' },
    { source: 'utils/translate/engines/chrome-builtin.ts', marker: 'Chrome built-in Translator is not available here' },
  ],
};

/** A message or event sent to the page's own window or document. */
const PAGE_SIGNAL = /\b(?:window\.postMessage|document\.dispatchEvent)\(/;

function read(dir: string, file: string): string {
  const path = join(ROOT, dir, file);
  if (!existsSync(path)) throw new Error(`No ${file} in ${dir}: run npm run build && npm run build:firefox first.`);
  return readFileSync(path, 'utf8');
}

describe.each(Object.entries(BUILDS))('lazy scripts in the %s build', (_browser, dir) => {
  const reader = () => read(dir, 'reader.js');

  it.each(Object.entries(MOVED))('%s: its modules are in its own script, not in the reader script', (name, moved) => {
    const script = read(dir, LAZY_SCRIPTS[name as LazyScript]);
    for (const { source, marker } of moved) {
      // The marker is the module's own: if it is renamed there, this list must follow.
      expect(readFileSync(join(ROOT, source), 'utf8'), source).toContain(marker);
      expect(script, `${marker} (${source}) in ${name}`).toContain(marker);
      expect(reader(), `${marker} (${source}) bundled back into the reader script`).not.toContain(marker);
    }
  });

  it('the reader, page-text and lazy scripts are not web-accessible and do not announce themselves to the page', () => {
    // The pattern finds the signals of WXT's content-script wrapper, which none of these scripts may carry.
    const wrapper = readFileSync(join(ROOT, 'node_modules/wxt/dist/utils/content-script-context.mjs'), 'utf8');
    expect(wrapper).toContain('content-script-started');
    expect(wrapper).toMatch(PAGE_SIGNAL);
    const manifest = JSON.parse(read(dir, 'manifest.json')) as { web_accessible_resources?: { resources: string[] }[]; content_scripts?: unknown[] };
    const exposed = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
    expect(exposed.every((resource) => resource.startsWith('fonts/'))).toBe(true);
    expect(manifest.content_scripts).toBeUndefined();
    for (const file of [READER_SCRIPT, PAGE_TEXT_SCRIPT, ...Object.values(LAZY_SCRIPTS)]) {
      const script = read(dir, file);
      // WXT's content-script wrapper tells the page's window and document it started; an unlisted script does not.
      expect(script, file).not.toContain('content-script-started');
      expect(script, file).not.toMatch(PAGE_SIGNAL);
    }
  });
});

describe('injectLazyScript', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the named packaged file into the asking tab and frame only', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(await injectLazyScript('rewrite', { id: fakeBrowser.runtime.id, tab: { id: 4 } as never, frameId: 0 })).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [0] }, files: ['/rewrite.js'] });
    expect(await injectLazyScript('read-aloud', { id: fakeBrowser.runtime.id, tab: { id: 9 } as never, frameId: 3 })).toEqual({ ok: true });
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId: 9, frameIds: [3] }, files: ['/read-aloud.js'] });
    expect(await injectLazyScript('translate', { id: fakeBrowser.runtime.id, tab: { id: 2 } as never, frameId: 0 })).toEqual({ ok: true });
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId: 2, frameIds: [0] }, files: ['/translate.js'] });
  });

  it('refuses names outside the table and senders without a tab; reports failures as codes', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(await injectLazyScript('toString' as LazyScript, { tab: { id: 4 } as never })).toEqual({ error: 'unknown' });
    expect(await injectLazyScript('../popup' as LazyScript, { tab: { id: 4 } as never })).toEqual({ error: 'unknown' });
    expect(await injectLazyScript('rewrite', {})).toEqual({ error: 'unknown' });
    expect(executeScript).not.toHaveBeenCalled();
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await injectLazyScript('rewrite', { tab: { id: 4 } as never })).toEqual({ error: 'restricted-page' });
  });
});
