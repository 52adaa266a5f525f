/**
 * Mounting the reader overlay in a shadow root, so the page's CSS cannot reach
 * it and its CSS cannot reach the page. Focus moves in and is trapped; Esc and
 * the close button return focus where it was; the page behind does not scroll.
 */
import { render } from 'preact';
import { ReaderView } from '@/components/ReaderView';
import type { Article } from '@/utils/extract/types';
import readerCss from '@/components/reader.css?inline';

export interface MountedReader {
  unmount(): void;
}

const HOST_TAG = 'leselotse-reader';

/** Constructable stylesheets are not subject to the page's `style-src` CSP. */
function applyStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(readerCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot always adopt sheets across the xray boundary.
    const style = document.createElement('style');
    style.textContent = readerCss;
    shadow.appendChild(style);
  }
}

export function mountReader(article: Article, { onClose }: { onClose: () => void }): MountedReader {
  const previousFocus = document.activeElement as HTMLElement | null;
  const root = document.documentElement;
  const previousOverflow = root.style.getPropertyValue('overflow');
  const previousPriority = root.style.getPropertyPriority('overflow');

  const host = document.createElement(HOST_TAG);
  host.setAttribute('style', 'all: initial; position: fixed; inset: 0; z-index: 2147483647; display: block;');
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow);
  const container = document.createElement('div');
  container.className = 'll-root';
  shadow.appendChild(container);
  root.appendChild(host);
  root.style.setProperty('overflow', 'hidden', 'important');

  render(<ReaderView article={article} onClose={onClose} />, container);

  return {
    unmount() {
      render(null, container);
      host.remove();
      if (previousOverflow) root.style.setProperty('overflow', previousOverflow, previousPriority);
      else root.style.removeProperty('overflow');
      previousFocus?.focus?.();
    },
  };
}
