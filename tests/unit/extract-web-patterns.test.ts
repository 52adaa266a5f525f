/**
 * Patterns of the general web that the municipal rules once got wrong (found
 * on the public evaluation pages): WordPress typography classes are not
 * font-size widgets, a comment form is not article text, a theme-switcher
 * button is not an accordion question, an image's alt text is not shown text,
 * and a short article is still an article.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { extractArticle } from '@/utils/extract/extract-article';

const para = (n: number, words = 'Der Verein lädt alle Mitglieder und Gäste herzlich zum Sommerfest am Hafen ein, es gibt Musik und Essen.') =>
  Array.from({ length: n }, (_, i) => `<p>${i + 1}. ${words}</p>`).join('');

function extract(body: string, title = 'Sommerfest am Hafen | Vereinsblog') {
  const { document, window } = parseHtml(`<!doctype html><html lang="de"><head><title>${title}</title></head><body>${body}</body></html>`, 'https://blog.example/sommerfest');
  return extractArticle(document, { win: window });
}

describe('general web patterns', () => {
  it('leaves CSS-in-JS style sheets, scripts and icons out of the headline, keeps JSON-LD', () => {
    // Emotion / styled-components render <style> elements inside the markup, even inside the <h1>.
    const article = extract(`<article><h1 class="css-3003lo"><style data-emotion="css umyvef">.css-umyvef{font-size:16px;line-height:1.06;color:#707070}</style>
      <span class="css-umyvef">Sommerfest am Hafen</span><svg viewBox="0 0 8 8"><title>Pfeil</title><path d="M0 0h8v8z"/></svg></h1>
      <script>window.dataLayer = [{ event: 'Seitenaufruf Sommerfest' }];</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Sommerfest am Hafen","author":{"@type":"Person","name":"Jana Vogt"}}</script>
      ${para(4)}</article>`);
    expect(article.title).toBe('Sommerfest am Hafen');
    expect(article.byline).toBe('Jana Vogt');
    expect(article.text).toContain('Sommerfest am Hafen ein');
    expect(article.text).not.toMatch(/css-umyvef|dataLayer|Pfeil/);
  });

  it('drops photo credit lines from captions, keeps the captions', () => {
    const article = extract(`<article><h1>Sommerfest am Hafen</h1>
      <figure><img src="https://blog.example/a.jpg" alt="Hafen"><figcaption class="image-caption">Der Hafen am Abend des Festes<span class="copyright-note">&copy; Stadt Hafenau/Jana Vogt</span></figcaption></figure>
      ${para(2)}
      <p class="image-annotation"><em class="copyright">&#169;&nbsp;Presse- und Informationsamt | Max Bild</em></p>
      <figure><img src="https://blog.example/b.jpg" alt="Bühne"><figcaption>Die Bühne am Kai <small class="image-copyright">Foto: Tom Blitz</small></figcaption></figure>
      ${para(2)}</article>`);
    expect(article.text).toContain('Der Hafen am Abend des Festes');
    expect(article.text).toContain('Die Bühne am Kai');
    expect(article.text).not.toMatch(/Jana Vogt|Max Bild|Tom Blitz/);
  });

  it("keeps an article whose theme wrapper names a sidebar layout (Readability's unlikely-candidate rule)", () => {
    const news = Array.from({ length: 10 }, (_, i) => `<li><a href="/news/${i}">Eilmeldung Nummer ${i + 1}: Der Stadtrat hat heute eine wichtige Entscheidung getroffen</a></li>`).join('');
    const article = extract(`<div class="vw-breaking-news"><ul>${news}</ul></div>
      <div class="vw-page-wrapper clearfix vw-blog-sidebar-postition-right"><h1>Sommerfest am Hafen</h1>${para(4)}</div>
      <div class="vw-site-bottom-bar"><div class="vw-copyright">© Vereinsblog, All Rights Reserved.</div></div>`);
    expect(article.readerable).toBe(true);
    expect(article.text).toContain('4. Der Verein lädt alle Mitglieder');
    expect(article.text).not.toContain('Eilmeldung Nummer 3');
  });

  it("keeps Readability's walk when the root element's classes name the layout (Avada, header-spacing)", () => {
    // Readability tests the <html> element like any other: "header", "menu" or "banner" in its classes
    // removes it as unlikely, nothing is scored, and the whole body becomes the article: a box that
    // Readability removes as unlikely ("extra") stays in it.
    for (const rootClass of ['avada-html-layout-wide avada-html-header-position-top', 'js no-js-burgerMenu', 'header-spacing spacing']) {
      const { document, window } = parseHtml(`<!doctype html><html lang="de" class="${rootClass}"><head><title>Sommerfest am Hafen | Vereinsblog</title></head><body>
        <div class="page"><div class="post"><h1>Sommerfest am Hafen</h1>${para(6)}</div>
        <div class="extra-info"><p>Weitere Meldung: Der Wochenmarkt zieht um, ab Montag steht er auf dem Rathausplatz, teilt die Stadt mit.</p></div></div>
        </body></html>`, 'https://blog.example/sommerfest');
      const article = extractArticle(document, { win: window });
      expect(article.text, rootClass).toContain('6. Der Verein lädt alle Mitglieder');
      expect(article.text, rootClass).not.toContain('Der Wochenmarkt zieht um');
      // The page itself keeps its classes: only the clone loses them.
      expect(document.documentElement.getAttribute('class')).toBe(rootClass);
    }
  });

  it('drops a share widget named for screen readers, whatever its classes; keeps a sentence about sharing', () => {
    const article = extract(`<article><h1>Sommerfest am Hafen</h1>${para(4)}
      <p>Teilen Sie die Einladung gern mit Ihren Nachbarn, damit viele kommen.</p>
      <div class="d-flex gap-2 post-footer" aria-label="Seite teilen"><span>Teilen:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://wa.me/?text=x">WhatsApp</a></div>
      <nav class="links-row" aria-label="Share this page"><a href="https://bsky.app/intent/compose?text=x">Bluesky</a> <a href="mailto:?subject=x">Mail</a></nav>
      <div class="share-bar"><a href="https://www.linkedin.com/sharing/share-offsite/?url=x">LinkedIn</a></div></article>`);
    expect(article.text).toContain('Teilen Sie die Einladung gern mit Ihren Nachbarn');
    for (const noise of ['WhatsApp', 'Facebook', 'Bluesky', 'LinkedIn']) expect(article.text).not.toContain(noise);
  });

  it('leaves the soft hyphens of a headline out of the title', () => {
    const article = extract(`<article><h1>Sommer&shy;fest am Hafen: Musik bis Mitter&shy;nacht</h1>${para(4)}</article>`);
    expect(article.title).toBe('Sommerfest am Hafen: Musik bis Mitternacht');
  });

  it('sets a kicker in the headline apart from it (colon, or a dash after a date or before a colon)', () => {
    const titleOf = (h1: string, title = 'Daten gehackt | Nachrichten') => extract(`<article><h1>${h1}</h1>${para(4)}</article>`, title).title;
    expect(titleOf('<span class="dachzeile">Interne Unterlagen im Netz</span> <span class="headline">Daten von Rheinmetall gehackt</span>')).toBe(
      'Interne Unterlagen im Netz: Daten von Rheinmetall gehackt',
    );
    expect(titleOf('<span class="l-detail-page__roofline">Ernährung sichern</span> Schulze: Deutschland hilft', 'Schulze | BMZ')).toBe(
      'Ernährung sichern – Schulze: Deutschland hilft',
    );
    expect(titleOf('<span class="supertitle"><time>1. Februar 2022</time></span> <span class="title">Raab: Mehr Geld für Kinderbetreuung</span>', 'Raab | Bundeskanzleramt')).toBe(
      '1. Februar 2022 – Raab: Mehr Geld für Kinderbetreuung',
    );
    expect(titleOf('<span class="category"><span class="aural">Thema </span>Verbraucherschutz\n  </span>Mehr Transparenz bei Preisanpassungen', 'Mehr Transparenz | BMJV')).toBe(
      'Thema Verbraucherschutz: Mehr Transparenz bei Preisanpassungen',
    );
    // Already separated, or a span that is not a kicker: left as it is.
    expect(titleOf('<span class="kicker">Zugverkehr:</span> Im ICE nach Barcelona', 'Zugverkehr | Zeit')).toBe('Zugverkehr: Im ICE nach Barcelona');
    expect(titleOf('<span class="highlight">Daten</span> gehackt')).toBe('Daten gehackt');
  });

  it('keeps WordPress paragraphs whose class names a font size', () => {
    const article = extract(`<article><h1>Sommerfest</h1><div class="entry-content">
      <p class="has-normal-font-size">So manch einer kennt das Fest schon seit Jahren, und auch in diesem Sommer wird am Hafen wieder gefeiert.</p>
      ${para(3)}</div><div class="font-size-switch"><button>A+</button><button>A-</button></div></article>`);
    expect(article.text).toContain('So manch einer kennt das Fest schon seit Jahren');
    expect(article.text).not.toContain('A+');
  });

  it('drops a comment form instead of keeping its labels', () => {
    const article = extract(`<article><h1>Sommerfest</h1>${para(4)}
      <div id="respond"><h3>Leave a Reply</h3><form action="/comment"><p>Your email address will not be published.</p>
      <label>Name *</label><input type="text" name="author"><label>Email *</label><input type="email" name="email">
      <label>Comment</label><textarea name="comment"></textarea><button>Post</button></form></div></article>`);
    expect(article.text).toContain('Sommerfest am Hafen ein');
    expect(article.text).not.toContain('Your email address will not be published');
    expect(article.text).not.toContain('Name *');
  });

  it('drops a newsletter sign-up form inside the article container, keeps a short page wrapped in a form with an e-mail field', () => {
    const article = extract(`<article><h1>Sommerfest</h1>${para(4)}
      <div class="newsletter-box"><form action="/newsletter" method="post"><h3>Willkommen beim Vereins-Newsletter!</h3>
      <p>Wir informieren Sie jede Woche über die Termine des Vereins.</p><input type="hidden" name="list" value="3">
      <input type="email" name="email" placeholder="E-Mail-Adresse"><input type="submit" value="Kostenlos bestellen">
      <small>Sie können den Newsletter jederzeit abbestellen.</small></form></div></article>`);
    expect(article.text).toContain('4. Der Verein lädt alle Mitglieder');
    expect(article.text).not.toContain('Wir informieren Sie jede Woche');
    expect(article.text).not.toContain('Newsletter jederzeit abbestellen');
    // An older sign-up form (WordPress Jetpack) asks for the address in a text field named "email".
    const jetpack = extract(`<article><h1>Sommerfest</h1>${para(4)}
      <div class="blog-subscribe"><form action="https://subscribe.blog.example" method="post"><p>Missing out on the latest news? Enter your email below.</p>
      <p><input type="text" name="email" placeholder="Enter your email address"></p><p><input type="submit" value="Sign me up!"></p></form></div></article>`);
    expect(jetpack.text).toContain('4. Der Verein lädt alle Mitglieder');
    expect(jetpack.text).not.toContain('Missing out on the latest');
    // The same field in a form around a short article: the form holds the <h1>, so it holds the article.
    const wrapped = extract(`<form action="/default.aspx"><input type="email" name="newsletter"><h1>Sommerfest</h1>${para(2)}</form>`);
    expect(wrapped.text).toContain('2. Der Verein lädt alle Mitglieder');
  });

  it('keeps the text of a page wrapped in one big form (ASP.NET WebForms)', () => {
    const article = extract(`<form id="aspnetForm" action="/default.aspx"><input type="hidden" name="__VIEWSTATE" value="x">
      <input type="text" name="q"><main><h1>Sommerfest</h1>${para(14)}</main></form>`);
    expect(article.text).toContain('14. Der Verein lädt alle Mitglieder');
  });

  it('turns accordion buttons into headings, but not buttons that only control a widget', () => {
    const article = extract(`<article><h1>Sommerfest</h1>${para(4)}
      <div class="faq"><h2><button aria-expanded="false" aria-controls="a1">Wann beginnt das Fest?</button></h2>
      <div id="a1" hidden><p>Das Fest beginnt um 15 Uhr mit einem Konzert der Blaskapelle auf der Wiese am Hafenbecken.</p></div></div>
      <div><button type="button" aria-controls="demo">Preview yellow theme</button><div id="demo"></div></div></article>`);
    expect(article.text).toContain('Wann beginnt das Fest?');
    expect(article.text).toContain('Das Fest beginnt um 15 Uhr');
    expect(article.text).not.toContain('Preview yellow theme');
  });

  it("does not put an image's alt text into the shown text, but keeps it in its block", () => {
    const article = extract(`<article><h1>Sommerfest</h1>${para(2)}<img src="https://blog.example/hafen.jpg" alt="Illustration zum Artikel Sommerfest">${para(2)}</article>`);
    expect(article.text).not.toContain('Illustration zum Artikel');
    expect(article.blocks.some((b) => b.kind === 'figure' && b.text === 'Illustration zum Artikel Sommerfest')).toBe(true);
  });

  it('shows a short article (one paragraph beside a menu) instead of calling it no article', () => {
    const article = extract(`<nav><ul><li><a href="/a">Start</a></li><li><a href="/b">Termine</a></li><li><a href="/c">Kontakt</a></li></ul></nav>
      <article><h1>Sommerfest</h1><p>Der Verein lädt alle Mitglieder und Gäste am Samstag herzlich zum Sommerfest am Hafen ein. Es gibt Musik, Essen und ein Programm für Kinder.</p></article>`);
    expect(article.readerable).toBe(true);
    expect(article.text).toContain('zum Sommerfest am Hafen ein');
  });

  it('shows a page whose whole text is a few words, and still says a menu-only page has no article', () => {
    expect(extract('<p>Hallo Welt, dies ist alles.</p>').readerable).toBe(true);
    const menu = extract(`<nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Seite ${i} mit einem längeren Titel</a></li>`).join('')}</ul></nav><p>Willkommen.</p>`);
    expect(menu.readerable).toBe(false);
  });
});
