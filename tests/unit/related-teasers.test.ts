/**
 * Related-teaser boxes and keyword lists leave the article, on the page's
 * clone and on the article Readability hands back (a detached tree).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { removeRelatedTeasers } from '@/utils/clean/related-teasers';
import { extractArticle } from '@/utils/extract/extract-article';

const ARTICLE =
  '<p>Das Bohnenviertel entstand als erstes Wohnquartier im 15. Jahrhundert außerhalb der Stadtmauer. Hier siedelten sich vor allem Handwerker, Weinbauern und Kleinhändler an.</p>' +
  '<p>Heute präsentiert sich das Viertel in liebevoll renoviertem Gewand. Die vielen kleinen Läden laden zu einer Reise in die Vergangenheit ein, und in den Weinstuben lässt es sich gut entspannen.</p>';

/** A detached container, like Readability's article element. */
function detached(html: string): Element {
  const { document } = parseHtml(`<!doctype html><body><div id="root">${html}</div></body>`);
  const root = document.getElementById('root')!;
  root.remove();
  return root;
}

describe('related teasers', () => {
  it('removes a teaser box from a detached tree (the article after Readability)', () => {
    const root = detached(`${ARTICLE}<div><h2>Weitere Meldungen</h2><ul><li><a href="/a">Neues Parkhaus eröffnet</a></li><li><a href="/b">Stadtfest im Juli</a></li></ul></div>`);
    expect(removeRelatedTeasers(root)).toBe(1);
    expect(root.textContent).not.toContain('Weitere Meldungen');
    expect(root.textContent).not.toContain('Stadtfest im Juli');
    expect(root.textContent).toContain('Bohnenviertel');
  });

  it('knows headings that end in "!" or "?" and the usual wordings', () => {
    for (const heading of ['Das könnte Sie auch interessieren!', 'Schon gelesen?', 'Empfohlene Beiträge', 'Auch lesen:']) {
      const root = detached(`${ARTICLE}<div><h3>${heading}</h3><ul><li><a href="/a">Neues Parkhaus eröffnet</a></li><li><a href="/b">Stadtfest im Juli</a></li></ul></div>`);
      expect(removeRelatedTeasers(root), heading).toBe(1);
      expect(root.textContent).not.toContain('Stadtfest im Juli');
    }
  });

  it('removes a box left with only its heading (an anchor without text, an emptied list)', () => {
    const root = detached(`${ARTICLE}<section><a name="mehr"></a><h2>Mehr zum Thema</h2><ul> </ul></section>`);
    expect(removeRelatedTeasers(root)).toBe(1);
    expect(root.textContent).not.toContain('Mehr zum Thema');
  });

  it('removes a keyword list ("Schlagwörter") of tag links', () => {
    const root = detached(`${ARTICLE}<section><h2>Schlagwörter</h2><div><ul><li><a href="/keyword/1">Sehenswürdigkeit</a></li><li><a href="/keyword/2">Stadtgeschichte</a></li></ul></div></section>`);
    expect(removeRelatedTeasers(root)).toBe(1);
    expect(root.textContent).not.toContain('Stadtgeschichte');
  });

  it('removes a teaser list and its heading paragraph at the end of the article text', () => {
    const links = '<ul><li><a href="/a">14 Tipps für mehr Follower</a></li><li><a href="/b">Die erfolgreichsten Beiträge des Jahres</a></li></ul>';
    const strong = detached(`<div>${ARTICLE}<p><strong>Auch interessant:</strong></p>${links}</div>`);
    expect(removeRelatedTeasers(strong)).toBe(1);
    expect(strong.textContent).not.toContain('Auch interessant');
    expect(strong.textContent).not.toContain('14 Tipps');
    expect(strong.textContent).toContain('Weinstuben');
    const plain = detached(`<div>${ARTICLE}<p>Das Thema könnte dich auch interessieren:</p><blockquote><p><a href="/c">Natur-Peelings selber machen</a></p></blockquote></div>`);
    expect(removeRelatedTeasers(plain)).toBe(1);
    expect(plain.textContent).not.toContain('Natur-Peelings');
    expect(plain.textContent).toContain('Weinstuben');
  });

  it('keeps a service page\'s list of documents and links under "Weitere Informationen" inside the article', () => {
    const docs = '<ul><li><a href="/antrag.pdf">Antrag auf Wohngeld (PDF, 120 kB)</a></li><li><a href="https://www.bund.example/wohngeld">Wohngeldrechner des Bundes</a></li></ul>';
    for (const heading of ['<p>Weitere Informationen:</p>', '<h2>Weitere Informationen</h2>', '<p><strong>Weiterführende Links</strong></p>']) {
      const root = detached(`<div>${ARTICLE}${heading}${docs}</div>`);
      removeRelatedTeasers(root);
      expect(root.textContent).toContain('Antrag auf Wohngeld');
      expect(root.textContent).toContain('Wohngeldrechner des Bundes');
    }
  });

  it('keeps a section under such a heading that holds text, not links', () => {
    const root = detached(`<section><h2>Mehr zum Thema</h2><p>Wer mehr über die Geschichte des Viertels wissen will, findet im <a href="/archiv">Stadtarchiv</a> Pläne und Fotos aus fünf Jahrhunderten, dazu Führungen an jedem ersten Sonntag im Monat.</p></section>`);
    expect(removeRelatedTeasers(root)).toBe(0);
    expect(root.textContent).toContain('Führungen an jedem ersten Sonntag');
  });

  it('the reader leaves out an emptied "Mehr zum Thema" box and a keyword list inside the article container (sections titled by <h1>)', () => {
    const { document, window } = parseHtml(
      `<!doctype html><html lang="de"><head><title>Bohnenviertel | Stadt Musterstadt</title></head><body><div id="content">
      <h1>Bohnenviertel</h1>${ARTICLE}${ARTICLE}
      <section><a name="mehr"></a><h1>Mehr zum Thema</h1><ul> </ul></section>
      <section><h1>Schlagwörter</h1><div><ul><li><a href="/keyword/1">Sehenswürdigkeit</a></li><li><a href="/keyword/2">Stadterhaltung</a></li><li><a href="/keyword/3">Stadtgeschichte</a></li></ul></div></section>
      </div></body></html>`,
      'https://www.musterstadt.example/item/show/1',
    );
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Das Bohnenviertel entstand');
    expect(article.text).not.toContain('Mehr zum Thema');
    expect(article.text).not.toContain('Schlagwörter');
    expect(article.text).not.toContain('Stadterhaltung');
  });
});
