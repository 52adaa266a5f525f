/**
 * Soft hyphens (`&shy;`, U+00AD): editors of the Government Site Builder and
 * TYPO3 sites hyphenate long compounds by hand ("Aufent&shy;halts&shy;titel").
 * In the reader they are no help and do harm: the glossary, the key facts and
 * the readability scores no longer find the word, engines translate its
 * pieces, and a copied word keeps invisible characters. The reader hyphenates
 * by itself on screen (`hyphens: auto`), and a handout is better without
 * hyphenation (plain-language rules).
 */
export const SOFT_HYPHEN = /\u00ad/g;

/** Remove the soft hyphens from the text under `root`. */
export function stripSoftHyphens(root: Element): void {
  // Most articles have none: one read of the text instead of a walk.
  if (!(root.textContent ?? '').includes('\u00ad')) return;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    if (value.includes('\u00ad')) n.nodeValue = value.replace(SOFT_HYPHEN, '');
  }
}
