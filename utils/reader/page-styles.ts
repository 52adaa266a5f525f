/**
 * The reader's one stylesheet in the page itself (everything else lives in
 * the shadow root): the page behind the overlay does not scroll, and printing
 * prints the reader alone, as a handout, with the page's own content hidden.
 */

/** Attribute on `<html>` while the reader is open. */
export const OPEN_ATTRIBUTE = 'data-leselotse-reader';

/** The rules, keyed by the host element's tag name. */
export function pageCss(hostTag: string): string {
  return [
    `html[${OPEN_ATTRIBUTE}]{overflow:hidden !important;}`,
    '@media print{',
    `html[${OPEN_ATTRIBUTE}]{overflow:visible !important;height:auto !important;}`,
    // The page's own content (navigation, banners, footer) never reaches paper.
    `html[${OPEN_ATTRIBUTE}]>body,html[${OPEN_ATTRIBUTE}]>:not(${hostTag}):not(head){display:none !important;}`,
    `${hostTag}{position:static !important;inset:auto !important;height:auto !important;overflow:visible !important;}`,
    '}',
  ].join('\n');
}

/**
 * Add the page rules. Constructable sheets are not subject to the page's
 * `style-src` CSP; where they cannot be adopted (Firefox content scripts,
 * across the xray boundary), a `<style>` element is the fallback.
 * Returns a function that removes them again.
 */
export function addPageStyles(doc: Document, css: string): () => void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    doc.documentElement.appendChild(style);
    return () => style.remove();
  }
}
