/**
 * File details (type, size) that download lists write right after the link
 * without a space get a space and parentheses in the reader and its text.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { separateFileInfo } from '@/utils/clean/file-info';
import { extractArticle } from '@/utils/extract/extract-article';

function root(html: string): Element {
  const { document } = parseHtml(`<!doctype html><body><div id="root">${html}</div></body>`);
  return document.getElementById('root')!;
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('separateFileInfo', () => {
  it('sets Government Site Builder download details apart from the link', () => {
    const el = root(
      '<ul><li><span class="c-download-list__li"><a href="/a.pdf?__blob=publicationFile">Informationsschreiben vom 14. Oktober 2021</a>' +
        '<span class="c-download-list__info">PDF | 38 KB | Datei ist nicht barrierefrei</span></span></li></ul>',
    );
    expect(separateFileInfo(el)).toBe(1);
    expect(text(el)).toBe('Informationsschreiben vom 14. Oktober 2021 (PDF | 38 KB | Datei ist nicht barrierefrei)');
  });

  it('handles details inside the link, sizes first, and details with their own parentheses', () => {
    const el = root(
      '<p><a href="/antrag.pdf">Antrag<span class="ce-uploads-fileSize">120 KB</span></a></p>' +
        '<p><a href="/satzung.pdf">Satzung.pdf</a><span class="file-size">(85 KB)</span></p>' +
        '<p><a href="/plan.docx">Plan</a><small>DOCX, 1,2 MB</small></p>',
    );
    expect(separateFileInfo(el)).toBe(3);
    expect(text(el)).toBe('Antrag (120 KB)Satzung.pdf (85 KB)Plan (DOCX, 1,2 MB)');
  });

  it('leaves details that are already apart, words glued on purpose, and sentences alone', () => {
    const html =
      '<p><a href="/a.pdf">Antrag</a> <span>(PDF, 85 KB)</span></p>' +
      '<p>Formular-<span>PDF</span> und Antrag (<span>PDF, 20 KB</span>)</p>' +
      '<p><a href="/b.pdf">Merkblatt</a><span>Das Merkblatt erklärt, wie Sie den Antrag stellen und welche Unterlagen Sie brauchen; es liegt auch im Bürgerbüro aus und wird auf Wunsch zugeschickt.</span></p>' +
      '<div><a href="/c">Weiter</a></div><span>PDF-Dateien öffnen Sie mit einem Reader.</span>' +
      '<p><a href="/d">Bericht</a><span>Pdf-Version folgt</span></p>';
    const el = root(html);
    const before = el.innerHTML;
    expect(separateFileInfo(el)).toBe(0);
    expect(el.innerHTML).toBe(before);
  });
});

describe('file details in the extracted article', () => {
  it('shows a federal download list with its details set apart', () => {
    const items = ['Informationsschreiben vom 14. Oktober 2021', 'BGBl. Teil I Nr. 53 vom 17.08.2021']
      .map(
        (title, i) =>
          `<li><span class="c-download-list__li"><a class="Publication" href="/SharedDocs/Downloads/DE/${i}.pdf?__blob=publicationFile&amp;v=2" ` +
          `title="Öffnet neues Fenster: ${title} (PDF, 38 KB)" target="_blank">${title}</a><span class="c-download-list__info">PDF | ${38 + i} KB | Datei ist nicht barrierefrei</span></span></li>`,
      )
      .join('');
    const { document, window } = parseHtml(
      `<!doctype html><html lang="de"><head><title>Tabaksteuer</title></head><body><main><div class="c-content"><h1>Tabaksteuer</h1>
      <p>Der Tabaksteuer unterliegen Zigaretten, Zigarren, Zigarillos, Feinschnitt und Pfeifentabak, die im Steuergebiet hergestellt oder in das Steuergebiet verbracht werden.</p>
      <p>Die Steuer entsteht in der Regel mit der Entnahme der Tabakwaren aus dem Steuerlager. Steuerschuldner ist der Inhaber des Steuerlagers, der die Steuer anmelden muss.</p>
      <h2>Downloads</h2><ul class="c-download-list">${items}</ul></div></main></body></html>`,
      'https://www.zoll.example/DE/Fachthemen/Steuern/Tabaksteuer/tabaksteuer_node.html',
    );
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Informationsschreiben vom 14. Oktober 2021 (PDF | 38 KB | Datei ist nicht barrierefrei)');
    expect(article.text).toContain('BGBl. Teil I Nr. 53 vom 17.08.2021 (PDF | 39 KB | Datei ist nicht barrierefrei)');
    expect(article.html).toContain('2021</a> (<span>PDF | 38 KB');
  });
});
