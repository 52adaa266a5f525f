/**
 * Related-teaser boxes and keyword lists leave the article, on the page's
 * clone and on the article Readability hands back (a detached tree).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { markTeaserRivers, removeRelatedTeasers, TEASER_RIVER_MARK } from '@/utils/clean/related-teasers';
import { removeNoise } from '@/utils/clean/remove-noise';
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

  /** A short post, then the site's "next posts" thumbnails: a title link, a blurb, "READ THE REST". */
  const teaser = (i: number) =>
    `<div class="nextstory"><h2><a href="https://blog.example/2019/09/2${i}/story-${i}.html">Story number ${i} of the other stories on this blog today</a></h2>` +
    `<p><a href="https://blog.example/2019/09/2${i}/story-${i}.html"><img src="https://blog.example/${i}.jpg" alt=""></a></p>` +
    `<p>${'The good folks of the neighbouring story are still doing their thing, and now they have a new song and a new video to show for it. '.repeat(3)}[…]</p>` +
    `<h3><a href="https://blog.example/2019/09/2${i}/story-${i}.html">READ THE REST</a></h3></div>`;
  const post = (river: string, h1 = '<h1>Hating Millennials</h1>') =>
    parseHtml(
      `<!doctype html><html lang="en"><head><title>Hating Millennials</title></head><body>
      <div id="main"><div class="post">${h1}<div id="story"><p>Cartoonist Matt Bors got a spot on CNN for his scathing critique of the narrative of the lazy, narcissistic "Millennials", which has gone well beyond "get off my lawn" territory. Click through for the whole thing.</p>
      <p><a href="https://news.example/comic">The generation we love to dump on</a></p></div>
      ${river}</div></div>
      <footer><p>Boing Boing is published under a Creative Commons license except where otherwise noted.</p></footer></body></html>`,
      'https://blog.example/2013/07/19/hating-millennials.html',
    );

  it('the reader shows a short post without the river of other stories below it (however long the river)', () => {
    const { document, window } = post(`<div id="next-post-thumbnails">${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</div>`);
    const article = extractArticle(document, { win: window });
    expect(article.readerable).toBe(true);
    expect(article.text).toContain('Cartoonist Matt Bors');
    expect(article.text).toContain('The generation we love to dump on');
    expect(article.text).not.toContain('Story number');
    expect(article.text).not.toContain('READ THE REST');
    expect(article.html).not.toContain(TEASER_RIVER_MARK);
  });

  it('marks only rivers of teasers: one long text or one unit without a link keeps the river', () => {
    const long = `<div class="nextstory"><p>${'A whole second article sits in this box, with its own long paragraphs of text. '.repeat(14)}</p><a href="/x">A link to the other story of today</a></div>`;
    const plain = '<div class="nextstory"><p>Just a note without any link in it.</p></div>';
    for (const odd of [long, plain]) {
      const root = detached(`${ARTICLE}<div class="read-next">${teaser(1)}${odd}${teaser(2)}</div>`);
      removeNoise(root);
      expect(root.querySelector(`[${TEASER_RIVER_MARK}]`)).toBeNull();
    }
    // Related documents of a service page: forms to download, not other stories.
    const forms = detached(`${ARTICLE}<div class="related-documents"><ul><li><a href="/formulare/antrag-wohngeld.pdf">Antrag auf Wohngeld (PDF, 85 kB)</a></li><li><a href="/formulare/merkblatt.pdf">Merkblatt zum Wohngeld (PDF, 40 kB)</a></li></ul></div>`);
    removeNoise(forms);
    expect(forms.querySelector(`[${TEASER_RIVER_MARK}]`)).toBeNull();
    const root = detached(`${ARTICLE}<div class="related-posts"><h2>Read next</h2><div>${teaser(1)}${teaser(2)}</div></div>`);
    expect(markTeaserRivers(root, [root.querySelector('.related-posts')!])).toBe(1);
  });

  it('a river holding the headline holds the article, and a listing page stays a listing', () => {
    const { document, window } = post(`<div class="nextstory-wrapper">${teaser(1)}${teaser(2)}</div>`, '');
    const wrapped = document.querySelector('.post')!;
    wrapped.className = 'related-post';
    wrapped.insertAdjacentHTML('afterbegin', '<h1>Hating Millennials</h1>');
    const root = document.querySelector('#main')!;
    markTeaserRivers(root, [wrapped]);
    expect(wrapped.hasAttribute(TEASER_RIVER_MARK)).toBe(false);
    expect(extractArticle(document, { win: window }).text).toContain('Cartoonist Matt Bors');
    // A news listing names its list "news-list"/"teaser": not a river, whatever the page's verdict.
    const listing = parseHtml(
      `<!doctype html><html lang="de"><head><title>Pressemitteilungen</title></head><body><main><h1>Pressemitteilungen</h1>
      <p>Hier finden Sie die Pressemitteilungen der Stadtverwaltung Musterstadt aus den letzten Wochen, die neuesten zuerst.</p>
      <div class="news-list teaser-list">${[1, 2, 3, 4, 5].map(teaser).join('')}</div></main></body></html>`,
      'https://www.musterstadt.example/presse/',
    );
    const clone = listing.document.cloneNode(true) as Document;
    removeNoise(clone);
    expect(clone.querySelector(`[${TEASER_RIVER_MARK}]`)).toBeNull();
    expect(extractArticle(listing.document, { win: listing.window }).text).toContain('Story number 5');
  });
});
