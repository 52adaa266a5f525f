/**
 * Helpers for the reader e2e specs: open the reader from the popup, reach into
 * the overlay's shadow root, run code in the reader content script's isolated
 * world (where `page.evaluate` and `addInitScript` cannot reach) and replace
 * the speech engine there, since headless Chromium has no voices.
 */
import type { BrowserContext, CDPSession, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const SEED = 'seed-dessau-rosslau';

/** The overlay dialog (Playwright locators pierce open shadow roots). */
export const overlayOf = (page: Page): Locator => page.locator('leselotse-reader').getByRole('dialog');

/** The popup's own status line (other panels have their own status elements). */
export const popupStatus = (popup: Page): Locator => popup.locator('p.status');

/** Open `slug` and the reader on it through the popup's "Lesemodus" button. */
export async function openReader(
  context: BrowserContext,
  openPopup: (target: Page) => Promise<Page>,
  url: string,
): Promise<{ page: Page; popup: Page; overlay: Locator }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
  const overlay = overlayOf(page);
  await expect(overlay).toBeVisible();
  await page.bringToFront();
  return { page, popup, overlay };
}

/** Computed style values of the first element matching `selector` inside the overlay's shadow root. */
export async function shadowStyle(page: Page, selector: string, properties: string[]): Promise<Record<string, string>> {
  return page.evaluate(
    ([sel, props]) => {
      const element = document.querySelector('leselotse-reader')?.shadowRoot?.querySelector(sel);
      if (!element) throw new Error(`no ${sel} in the overlay`);
      const style = getComputedStyle(element);
      return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    },
    [selector, properties] as const,
  );
}

/** A CDP handle on the reader content script's isolated world in `page`. */
export async function readerWorld(page: Page, extensionId: string): Promise<{ evaluate<T>(expression: string): Promise<T>; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find(
    (c) => c.auxData?.type === 'isolated' && (c.origin.includes(extensionId) || c.name === 'Leselotse'),
  );
  if (!world) throw new Error(`no isolated world of the extension: ${JSON.stringify(contexts.map((c) => [c.name, c.origin]))}`);
  return {
    cdp,
    async evaluate<T>(expression: string): Promise<T> {
      const result = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
      return result.result.value as T;
    },
  };
}

/** A voice of the stub speech engine (the part of `SpeechSynthesisVoice` the reader reads). */
export interface FakeVoice {
  name: string;
  lang: string;
  localService?: boolean;
  default?: boolean;
}

/**
 * A speech engine with `voices` for the content script's world. It logs every
 * utterance; `__llSpeech.finish()` ends the current one, as a voice does when
 * it has spoken the sentence.
 */
export function fakeSpeech(voices: FakeVoice[]): string {
  return `(() => {
  const log = [];
  let current;
  class Utterance {
    constructor(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; this.onend = null; this.onerror = null; }
  }
  const voices = ${JSON.stringify(voices)};
  const synth = {
    getVoices: () => voices,
    speak(u) { log.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name, rate: u.rate }); current = u; },
    cancel() { const c = current; current = undefined; if (c && c.onerror) c.onerror({ error: 'interrupted' }); },
    addEventListener() {}, removeEventListener() {},
  };
  globalThis.__llSpeech = { log, finish() { const c = current; current = undefined; if (c && c.onend) c.onend({}); } };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  return true;
})()`;
}

/** The stub speech engine with one German voice, "Testa". */
export const FAKE_SPEECH = fakeSpeech([{ name: 'Testa', lang: 'de-DE', localService: true, default: true }]);

/**
 * Replace the speech engine in the reader's world with `speechScript` (see
 * `fakeSpeech`), then reopen the reader from the popup so it uses the new one.
 * Returns the reader's world for reading the speech log.
 */
export async function reopenWithSpeech(
  page: Page,
  extensionId: string,
  openPopup: (p: Page) => Promise<Page>,
  speechScript: string,
): Promise<Awaited<ReturnType<typeof readerWorld>>> {
  const world = await readerWorld(page, extensionId);
  expect(await world.evaluate<boolean>(speechScript)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('leselotse-reader')).toHaveCount(0);
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
  await expect(overlayOf(page)).toBeVisible();
  await page.bringToFront();
  return world;
}

/** WCAG contrast of two computed `rgb(…)` colours. */
export function contrastOfCss(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * The scripts the reader has loaded on demand in `page` so far (utils/reader/lazy-scripts.ts),
 * as registered in its isolated world, and whether the page's own scripts can see any of them.
 */
export async function lazyScriptsIn(page: Page, extensionId: string): Promise<{ loaded: string[]; pageSees: boolean }> {
  const world = await readerWorld(page, extensionId);
  try {
    const loaded = await world.evaluate<string[]>('Object.keys(globalThis.__leselotseLazy ?? {}).sort()');
    const pageSees = await page.evaluate(() => '__leselotseLazy' in window || 'rewrite' in window || 'readAloud' in window || 'translate' in window);
    return { loaded, pageSees };
  } finally {
    await world.cdp.detach();
  }
}
