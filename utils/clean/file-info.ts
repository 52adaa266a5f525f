/**
 * Download lists put a file's type and size into an element of their own,
 * written right after the link without a space:
 *
 *   Government Site Builder: `<a …>Informationsschreiben</a><span class="c-download-list__info">PDF | 38 KB</span>`
 *   TYPO3 (fluid_styled_content uploads, file links): `<a …>Antrag</a><span class="ce-uploads-fileSize">120 KB</span>`
 *   Drupal (file field): `<a …>Satzung.pdf</a><span class="file-size">(85 KB)</span>`
 *
 * The page's style sheet sets the details apart; the reader drops that style
 * sheet, so the reader and the text (translation, read-aloud) would show
 * "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB". Such details get a
 * space and, unless they have them already, parentheses:
 * "… 2021 (PDF | 38 KB)".
 */

/** Addresses that are files by themselves: by extension, or the Government Site Builder's blob address. */
export const FILE_HREF = /\.(?:pdf|docx?|xlsx?|odt|ods|rtf|zip)(?:$|[?#])|__blob=publicationFile/i;

/**
 * Links to files that pages offer for download (forms, leaflets): a file address
 * (`FILE_HREF`), a download path or TYPO3's `fid=` parameter.
 */
export const DOCUMENT_HREF = new RegExp(`${FILE_HREF.source}|download|[?&]fid=`, 'i');

/**
 * What file details start with: a file type on its own ("PDF", "PDF | 38 KB", "DOCX, 1,2 MB",
 * not "PDF-Dateien öffnen Sie …") or a size ("120 KB").
 */
const FILE_INFO = /^\(?\s*(?:(?:PDF|DOCX?|XLSX?|PPTX?|OD[TSP]|RTF|TXT|CSV|ZIP|JPE?G|PNG|GIF|MP3|MP4|EPUB)\s*(?:$|[|,;:()]|\d)|\d+(?:[.,]\d+)?\s*(?:[KMG]i?B|Kilobyte|Megabyte|Byte)\b)/i;
/** File details are short; a longer span is a sentence that happens to start with "PDF". */
const MAX_INFO_CHARS = 120;
/** Elements that hold file details. */
const INFO_TAGS = new Set(['SPAN', 'SMALL']);
/** Elements the details may be glued to: the link, or inline text around it. */
const INLINE_TAGS = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'ABBR']);
/** Text already separated from what follows ("Antrag-", "Antrag (", "Antrag /"). */
const ENDS_SEPARATED = /[\s([/\-–—:|,;]$/;

/** The text just before `el` in its parent, or undefined when nothing inline precedes it. */
function textBefore(el: Element): string | undefined {
  const prev = el.previousSibling;
  if (!prev) return undefined;
  if (prev.nodeType === 3) return (prev as Text).data;
  if (prev.nodeType !== 1 || !INLINE_TAGS.has((prev as Element).tagName.toUpperCase())) return undefined;
  return prev.textContent ?? '';
}

/** Give glued file details a space and parentheses in `root`. Returns how many were separated. */
export function separateFileInfo(root: Element): number {
  const doc = root.ownerDocument;
  let separated = 0;
  for (const tag of INFO_TAGS) {
    for (const el of Array.from(root.getElementsByTagName(tag))) {
      const text = el.textContent ?? '';
      if (!text || /^\s/.test(text) || text.length > MAX_INFO_CHARS || !FILE_INFO.test(text)) continue;
      const before = textBefore(el);
      if (!before || ENDS_SEPARATED.test(before)) continue;
      if (text.trimStart().startsWith('(')) {
        el.before(doc.createTextNode(' '));
      } else {
        el.before(doc.createTextNode(' ('));
        el.after(doc.createTextNode(')'));
      }
      separated++;
    }
  }
  return separated;
}
