/**
 * Debian's Chromium with the e2e build of Leselotse loaded, in a fresh profile
 * and a chosen UI language (Chromium on Linux takes its UI language, and so the
 * extension's, from LANGUAGE; the locale packs come from chromium-l10n).
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROME_EXTENSION_DIR, chromiumPath, requireBuild } from './browsers';

export interface LaunchOptions {
  /** UI language: `de` (default) or any locale Leselotse ships, e.g. `ar`. */
  lang?: string;
  viewport?: { width: number; height: number };
  /**
   * Profile directory to use and keep (a browser restarted on the same
   * profile, as the next session on a shared computer); by default a fresh
   * one that is removed on close.
   */
  profile?: string;
}

const POSIX_LOCALES: Record<string, string> = { de: 'de_DE.UTF-8', ar: 'ar_EG.UTF-8' };

export async function launchWithExtension({ lang = 'de', viewport, profile: keep }: LaunchOptions = {}): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const extension = requireBuild(CHROME_EXTENSION_DIR);
  const profile = keep ?? mkdtempSync(join(tmpdir(), 'leselotse-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: lang === 'de' ? 'de-DE' : lang,
    env: { ...process.env, LANGUAGE: lang, LANG: POSIX_LOCALES[lang] ?? 'C.UTF-8' },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, `--lang=${lang === 'de' ? 'de-DE' : lang}`],
    ...(viewport ? { viewport } : {}),
  });
  return {
    context,
    close: async () => {
      await context.close();
      if (!keep) rmSync(profile, { recursive: true, force: true });
    },
  };
}
