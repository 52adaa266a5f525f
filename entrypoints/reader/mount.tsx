/**
 * Mounting the reader overlay in a shadow root, so the page's CSS cannot reach
 * it and its CSS cannot reach the page. Focus moves in and is trapped; Esc and
 * the close button return focus where it was; the page behind does not scroll.
 * The overlay follows the settings live (`watchSettings`).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderView } from '@/components/ReaderView';
import type { Article } from '@/utils/extract/types';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { readSettings as getSettings, watchStoredSettings as watchSettings, writeSettings as updateSettings } from '@/utils/settings/reader-access';
import { readerStyleVars } from '@/utils/reader/style-vars';
import { createFontLoader } from '@/utils/reader/fonts';
import { addPageStyles, OPEN_ATTRIBUTE, pageCss } from '@/utils/reader/page-styles';
import { createSettingsWriter } from '@/utils/reader/settings-writer';
import readerCss from '@/components/reader.css?inline';
import simplifyCss from '@/components/simplify.css?inline';
// Generated from the theme table (utils/reader/themes.ts) at build time, not at run time: the script's budget.
import themesCss from '@/components/themes.css?inline';
import { sendFromContent } from '@/utils/messaging';
import { loadLazy } from '@/utils/reader/lazy-scripts';
import type { ReaderViewProps } from '@/components/ReaderView';

/** The plain-language engines: the offer is asked of the background; their panel is a script of its own, injected when used. */
const rewrite: ReaderViewProps['rewrite'] = {
  loadOffer: () => sendFromContent({ type: 'cs-bg-rewrite-offer' }),
  load: () => loadLazy('rewrite'),
};

export interface MountedReader {
  unmount(): void;
}

const HOST_TAG = 'leselotse-reader';

/** Settings read once when the script is injected, so the reader opens in the user's theme at once. */
let known: Settings | undefined;

/** Start reading the settings (call when the script is injected, before the reader is asked to open). */
export function preloadReaderSettings(): void {
  void getSettings().then((settings) => (known ??= settings), () => undefined);
}

/** Constructable stylesheets are not subject to the page's `style-src` CSP. */
function applyStyles(shadow: ShadowRoot): void {
  const css = `${readerCss}\n${simplifyCss}\n${themesCss}`;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot always adopt sheets across the xray boundary.
    const style = document.createElement('style');
    style.textContent = css;
    shadow.appendChild(style);
  }
}

/** Theme and spacing as attributes and CSSOM custom properties (a CSP cannot block those). */
function applySettings(root: HTMLElement, settings: Settings): void {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  for (const [name, value] of Object.entries(readerStyleVars(settings))) root.style.setProperty(name, value);
}

const loadFont = createFontLoader({
  fonts: document.fonts,
  FontFace,
  readFile: async (path) => {
    const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
    if (!response.ok) throw new Error(`font ${path}: ${response.status}`);
    return response.arrayBuffer();
  },
});

export function mountReader(article: Article, { onClose }: { onClose: () => void }): MountedReader {
  const loadAnalysis = () => sendFromContent({ type: 'cs-bg-analyze', article });
  const previousFocus = document.activeElement as HTMLElement | null;
  const root = document.documentElement;

  const host = document.createElement(HOST_TAG);
  // CSSOM, not a style attribute: a strict `style-src` CSP blocks the attribute.
  host.style.cssText = 'all: initial; position: fixed; inset: 0; z-index: 2147483647; display: block;';
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow);
  const container = document.createElement('div');
  container.className = 'll-root';
  shadow.appendChild(container);
  root.appendChild(host);
  const removePageStyles = addPageStyles(document, pageCss(HOST_TAG));
  root.setAttribute(OPEN_ATTRIBUTE, '');

  const show = (settings: Settings) => {
    known = settings;
    applySettings(container, settings);
    render(
      <ReaderView
        article={article}
        onClose={onClose}
        settings={settings}
        onSettingsChange={writer.change}
        loadFont={loadFont}
        loadAnalysis={loadAnalysis}
        rewrite={rewrite}
      />,
      container,
    );
  };
  const hadSettings = Boolean(known);
  const writer = createSettingsWriter(known ?? { ...DEFAULT_SETTINGS }, updateSettings, show);
  show(writer.current());
  if (!hadSettings) void getSettings().then(writer.stored, () => undefined);
  const unwatch = watchSettings(writer.stored);

  return {
    unmount() {
      // After an extension reload the storage API is gone and unwatch throws;
      // the overlay must still leave the page.
      try {
        unwatch();
      } catch {
        // context invalidated
      }
      render(null, container);
      host.remove();
      removePageStyles();
      root.removeAttribute(OPEN_ATTRIBUTE);
      previousFocus?.focus?.();
    },
  };
}
