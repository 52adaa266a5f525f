/**
 * Block text is what translation, read-aloud, key facts and the fact check
 * work on: lines split only by `<br>` (addresses, opening hours, table cells)
 * must stay separate words, not be glued together as `textContent` does.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { toBlocks } from '@/utils/extract/blocks';

function blocksOf(html: string) {
  const { document } = parseHtml(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return toBlocks(document.getElementById('root')!);
}

describe('toBlocks', () => {
  it('keeps address lines split by <br> apart in a paragraph', () => {
    const [block] = blocksOf('<p>Bürgerbüro<br>Marktplatz 1<br>34567 Auenbach</p>');
    expect(block!.text).toBe('Bürgerbüro Marktplatz 1 34567 Auenbach');
    expect(block!.html).toContain('<br>');
  });

  it('keeps <br> lines apart in loose inline text, headings, list items and table cells', () => {
    const blocks = blocksOf(
      '<div>Mo–Fr<br>8–12 Uhr<br>Do<br>14–18 Uhr<p>Absatz</p></div>' +
        '<h2>Öffnungs<br>zeiten</h2>' +
        '<ul><li>Personalausweis<br>oder Reisepass</li><li>Meldebescheinigung</li></ul>' +
        '<table><tr><th>Leistung</th><th>Gebühr</th></tr><tr><td>Pass<br>(ab 24 Jahren)</td><td>70,00 Euro</td></tr></table>',
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Mo–Fr 8–12 Uhr Do 14–18 Uhr'],
      ['paragraph', 'Absatz'],
      ['heading', 'Öffnungs zeiten'],
      ['list', 'Personalausweis oder Reisepass\nMeldebescheinigung'],
      ['table', 'Leistung | Gebühr\nPass (ab 24 Jahren) | 70,00 Euro'],
    ]);
  });

  it('finds a <br> nested in inline markup', () => {
    const [block] = blocksOf('<p><strong>Bürgerbüro</strong> <span><a href="/k">Marktplatz 1<br>34567 Auenbach</a></span></p>');
    expect(block!.text).toBe('Bürgerbüro Marktplatz 1 34567 Auenbach');
  });

  it('keeps a list nested straight into a list, and a list holding text without items', () => {
    const blocks = blocksOf(
      '<ol><li>Pick a node.</li><li>Find candidates:</li><ol><li>Consider this half.</li><li>Then anywhere.</li></ol><li>Move it.</li></ol>' +
        '<ul> (Really my goal is to <i>create</i> video.) </ul>',
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list', 'Pick a node.\nFind candidates:\nConsider this half.\nThen anywhere.\nMove it.'],
      ['list', '(Really my goal is to create video.)'],
    ]);
  });

  it('leaves text without <br> exactly as textContent gives it', () => {
    const [block] = blocksOf('<p>Die Gebühr beträgt <strong>5,00</strong>&nbsp;Euro.</p>');
    expect(block!.text).toBe('Die Gebühr beträgt 5,00 Euro.');
  });
});
