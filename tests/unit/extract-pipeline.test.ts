import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { extractArticle } from '@/utils/extract/extract-article';
import { extractForReader, extractSelection } from '@/utils/extract/selection';
import { isOnlyLinkHint, stripLinkHints } from '@/utils/extract/link-hints';
import { isNoiseLine, joinPatterns, NOISE_LINES } from '@/utils/clean/noise-lines';
import { prepareClone } from '@/utils/extract/prepare-live';

const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Absatz ${i + 1}: Die Stadtverwaltung informiert über Anträge, Fristen und Gebühren, damit alle Bürgerinnen und Bürger wissen, was zu tun ist.</p>`).join('');

function page(body: string, url = 'https://www.stadt.example/seite', title = 'Seite') {
  return parseHtml(`<!doctype html><html lang="de"><head><title>${title}</title></head><body>${body}</body></html>`, url);
}

describe('prepare on the live page', () => {
  it('keeps collapsed accordion answers, <details> and their questions, drops hidden menus', () => {
    const { document, window } = page(`<main><h1>Häufige Fragen</h1>${para(3)}
      <div class="accordion"><h2><button aria-expanded="false" aria-controls="a1">Was kostet das?</button></h2>
      <div id="a1" hidden><p>Die Gebühr beträgt 12,00 Euro und wird bei der Abholung bar oder mit Karte bezahlt.</p></div></div>
      <details><summary>Wer hilft?</summary><p>Das Bürgerbüro hilft Ihnen montags bis freitags gern weiter.</p></details>
      <div aria-hidden="true" class="faq-answer"><p>Versteckte FAQ-Antwort mit genug Text für einen eigenen Absatz hier.</p></div>
      <nav style="display:none"><ul><li><a href="/a">Verstecktes Menü</a></li></ul></nav></main>`);
    const before = document.documentElement.outerHTML;
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Was kostet das?');
    expect(article.text).toContain('Die Gebühr beträgt 12,00 Euro');
    expect(article.text).toContain('Das Bürgerbüro hilft Ihnen');
    expect(article.text).toContain('Versteckte FAQ-Antwort');
    expect(article.text).not.toContain('Verstecktes Menü');
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('a button that opens a menu is chrome, not an accordion question (Bootstrap and Joomla dropdowns)', () => {
    const { document, window } = page(`<main><h1>Vollsperrung der Hauptstraße</h1>
      <div class="btn-group"><button type="button" aria-haspopup="true" aria-expanded="false">Benutzeraktionen</button></div>
      <div class="btn-group"><button type="button" data-bs-toggle="dropdown" aria-expanded="false">Weitere Aktionen</button></div>
      ${para(3)}
      <div class="accordion"><h2><button aria-expanded="false" aria-controls="a1">Wie lange dauert die Sperrung?</button></h2>
      <div id="a1" hidden><p>Die Sperrung dauert voraussichtlich bis Freitag, 17. April 2026, in drei Bauabschnitten.</p></div>
      <h3><button aria-expanded="false" aria-haspopup="true" aria-controls="a2">Wo wird der Verkehr umgeleitet?</button></h3>
      <div id="a2" hidden><p>Der Verkehr wird über die Bahnhofstraße und die Lindenallee umgeleitet, Busse fahren die Umleitung mit.</p></div></div></main>`);
    const article = extractArticle(document, { win: window });
    expect(article.text).not.toContain('Benutzeraktionen');
    expect(article.text).not.toContain('Weitere Aktionen');
    expect(article.blocks.some((b) => b.kind === 'heading' && b.text === 'Wie lange dauert die Sperrung?')).toBe(true);
    expect(article.text).toContain('Die Sperrung dauert voraussichtlich bis Freitag');
    // An accordion question in a heading stays, even when its toggle wrongly claims a popup.
    expect(article.blocks.some((b) => b.kind === 'heading' && b.text === 'Wo wird der Verkehr umgeleitet?')).toBe(true);
    expect(article.text).toContain('Der Verkehr wird über die Bahnhofstraße');
  });

  it('asks computed styles only of what checkVisibility calls invisible, and lets them decide', () => {
    // jsdom has no layout: checkVisibility is played by a stub that calls everything with a
    // class "shown" visible. jsdom's cascade applies the <style>, so getComputedStyle tells the truth.
    const { document, window } = page(`<style>.gone { display: none } .ghost { visibility: hidden }</style>
      <main><h1>Titel</h1><p class="shown">Sichtbar ohne Nachfrage beim Stil.</p>
      <div class="gone">Versteckt per Stylesheet.</div><div class="ghost">Unsichtbar per visibility.</div>
      <div style="display: contents"><p>Inhalt ohne eigene Box.</p></div></main>`);
    const proto = window.Element.prototype as unknown as { checkVisibility?: (o?: object) => boolean };
    const asked: string[] = [];
    const options: object[] = [];
    proto.checkVisibility = function (this: Element, o?: object) {
      options.push(o ?? {});
      return this.classList.contains('shown');
    };
    const real = window.getComputedStyle.bind(window);
    window.getComputedStyle = ((el: Element) => {
      asked.push(el.className || el.tagName);
      return real(el);
    }) as typeof window.getComputedStyle;
    try {
      const clone = document.cloneNode(true) as Document;
      prepareClone(document, clone, { computedStyle: true });
      const text = clone.body.textContent ?? '';
      expect(text).toContain('Sichtbar ohne Nachfrage');
      expect(text).toContain('Inhalt ohne eigene Box');
      expect(text).not.toContain('Versteckt per Stylesheet');
      expect(text).not.toContain('Unsichtbar per visibility');
      expect(asked).not.toContain('shown');
      expect(asked).toEqual(expect.arrayContaining(['gone', 'ghost']));
      expect(options[0]).toMatchObject({ visibilityProperty: true });
    } finally {
      delete proto.checkVisibility;
    }
  });

  it('removes visually-hidden link hints and hint titles, keeps other hidden text', () => {
    const { document, window } = page(`<main><h1>Titel</h1>${para(2)}
      <p>Mehr beim <a href="https://x.example/" title="Öffnet externen Link in neuem Fenster"><span class="sr-only">Öffnet externen Link in neuem Fenster</span>Projekt</a> und <a href="/f.pdf">Formular (Datei wird in neuem Fenster geöffnet)</a>.</p></main>`);
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Mehr beim Projekt und Formular');
    expect(article.html).not.toMatch(/neuem Fenster/);
  });
});

describe('clean', () => {
  it('drops consent banners, font-size widgets, breadcrumbs and share tools by CMS rule', () => {
    const { document, window } = page(`<div id="CybotCookiebotDialog"><h1>Cookies</h1><p>Diese Website verwendet Cookies.</p></div>
      <div class="fontsize">A+ A-</div><nav aria-label="Sie sind hier"><a href="/">Startseite</a> / <a href="/x">Bereich</a></nav>
      <main><h1>Meldung</h1>${para(3)}<div class="shariff"><a href="#">Teilen</a></div><p><a href="/liste">zurück zur Übersicht</a></p></main>`,
      'https://www.stadt.example/meldung',
      'Meldung | Stadt Beispiel',
    );
    const article = extractArticle(document, { win: window });
    expect(article.title).toBe('Meldung');
    for (const noise of ['Cookies', 'A+', 'Startseite', 'Teilen', 'zurück zur Übersicht']) expect(article.text).not.toContain(noise);
  });

  it('keeps a text module whose styling class names a font size; a font-size widget with share tools still goes', () => {
    const { document, window } = page(`<main><h1>Zinsen</h1>${para(3)}
      <div class="container-fluid fluid-image-text-module green small-fontsize"><div class="text"><h3>Welche Faktoren beeinflussen die Zinshöhe?</h3>
      <p>Für die Banken kommt es vor allem auf eine gute Bonität ihrer Kunden an, um das Risiko eines Zahlungsausfalls zu minimieren. Die Prüfung der Kreditwürdigkeit erfolgt über die SCHUFA-Auskunft. Neben einer guten Bonität sorgen auch andere Faktoren für einen besseren Zins: ein hohes Einkommen, ein unbefristetes Arbeitsverhältnis sowie Vermögenswerte bzw. Sicherheiten.</p></div></div>
      <div class="large-textsize tools"><span>Schriftgröße:</span> <a href="#">A-</a> <a href="#">A+</a> ${'<a href="#">Kontrast erhöhen und Seite in anderer Darstellung zeigen</a> '.repeat(6)}</div></main>`);
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('ein unbefristetes Arbeitsverhältnis sowie Vermögenswerte');
    expect(article.text).not.toContain('Kontrast erhöhen');
  });

  it('drops a photo credit behind an icon-font © glued to its caption, keeps the caption and other icons', () => {
    const { document, window } = page(`<main><h1>Sperrfristende</h1>${para(3)}
      <figure><img src="/b.jpg" alt=""><figcaption><i class="fas fa-search"></i>Überschwemmte Böden: Düngung verboten<span><i class="fal fa-copyright fa-sm mr-2"></i>Thomas Tretzka</span></figcaption></figure>
      <p><span><i class="bi bi-c-circle"></i> Stadt Musterhausen / Jana Vogt</span></p>
      <p><i class="fa fa-copyright"></i> Alle Rechte an den Bildern dieser Seite liegen bei der Stadt, die sie für die Berichterstattung über das Fest frei gibt.</p></main>`);
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Überschwemmte Böden: Düngung verboten');
    expect(article.text).not.toContain('Thomas Tretzka');
    expect(article.text).not.toContain('Jana Vogt');
    // A sentence is not a credit's few names.
    expect(article.text).toContain('Alle Rechte an den Bildern');
  });

  it('keeps a label word that is part of a sentence, drops the same word standing alone', () => {
    const { document, window } = page(`<main><h1>Meldung</h1>${para(3)}
      <p>Die Zeitung zitiert meinen <a href="https://social.example/1">Tweet</a> vom Montag, und Sie können das Formular <a href="/form.pdf">drucken</a> oder unter <span>Lesezeichen</span> ablegen.</p>
      <p><a href="#print">drucken</a></p><ul><li><a href="https://social.example/share">Tweet</a></li></ul></main>`);
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('zitiert meinen Tweet vom Montag');
    expect(article.text).toContain('das Formular drucken oder unter Lesezeichen ablegen');
    expect(article.text.match(/drucken/g)).toHaveLength(1);
    expect(article.text.match(/Tweet/g)).toHaveLength(1);
  });

  it('names noise lines and strips link hints', () => {
    expect(isNoiseLine('Seite vorlesen')).toBe(true);
    expect(isNoiseLine('nach oben')).toBe(true);
    expect(isNoiseLine('Pinnen')).toBe(true);
    expect(isNoiseLine('Tweet')).toBe(true);
    expect(isNoiseLine('Laden...')).toBe(true);
    expect(isNoiseLine('Wird geladen …')).toBe(true);
    expect(isNoiseLine('Laden')).toBe(false);
    // Accordion controls, also as two links side by side without a space (Weblication).
    expect(isNoiseLine('Alle öffnenAlle schließen')).toBe(true);
    expect(isNoiseLine('Alle aufklappen')).toBe(true);
    expect(isNoiseLine('Expand all Collapse all')).toBe(true);
    expect(isNoiseLine('Alle öffnen ihre Türen')).toBe(false);
    expect(isNoiseLine('Direkt zur Kontaktinformation')).toBe(true);
    expect(isNoiseLine('Direkt zum Online-Antrag')).toBe(false);
    expect(isNoiseLine('Als PDF speichern')).toBe(true);
    expect(isNoiseLine('Auf dieser Seite')).toBe(true);
    expect(isNoiseLine('War diese Seite hilfreich?')).toBe(true);
    expect(isNoiseLine('Waren diese Informationen für Sie hilfreich? Ja Nein')).toBe(true);
    expect(isNoiseLine('Was this page helpful?')).toBe(true);
    expect(isNoiseLine('Seite bewerten')).toBe(true);
    expect(isNoiseLine('War der Artikel nützlich?')).toBe(true);
    expect(isNoiseLine('Möchten Sie den Artikel teilen?')).toBe(true);
    expect(isNoiseLine('Diesen Artikel teilen')).toBe(true);
    expect(isNoiseLine('Artikel gefallen? Vergiss nicht zu teilen!')).toBe(true);
    expect(isNoiseLine('Den Artikel teilen sich drei Autorinnen.')).toBe(false);
    expect(isNoiseLine('Foto: Stadt Musterhausen/Jana Vogt')).toBe(true);
    expect(isNoiseLine('© dpa | Kay Nietfeld')).toBe(true);
    expect(isNoiseLine('(Credit: Clayton Aldern / Grist)')).toBe(true);
    expect(isNoiseLine('Bild: Die neue Brücke über die Saale wurde im Mai nach zwei Jahren Bauzeit freigegeben')).toBe(false);
    // A © after "Bild:" makes it a credit (TYPO3 figure captions); a short caption after "Bild:" stays.
    expect(isNoiseLine('Bild: © BillionPhotos.com/Adobestock')).toBe(true);
    expect(isNoiseLine('Abbildung: © Stadt Musterhausen')).toBe(true);
    expect(isNoiseLine('Bild: Das neue Rathaus')).toBe(false);
    expect(isNoiseLine('Quelle: Statistisches Landesamt')).toBe(false);
    expect(isNoiseLine('zurück zur Listenansicht')).toBe(true);
    expect(isNoiseLine('Bild vergrößern')).toBe(true);
    expect(isNoiseLine('Zum Vergrößern auf das Bild klicken')).toBe(true);
    expect(isNoiseLine('Karte der Stadtteile')).toBe(false);
    expect(isNoiseLine('War diese Seite hilfreich? Dann empfehlen Sie uns weiter und erzählen Sie es Ihren Nachbarn.')).toBe(false);
    expect(isNoiseLine('Pinnwand im Rathaus')).toBe(false);
    expect(isNoiseLine('Die Seite wird vorgelesen, wenn Sie den Knopf drücken.')).toBe(false);
  });

  it('tests the noise lines joined as each pattern alone would', () => {
    const samples = ['A+ A-', 'a+ a-', 'Seite vorlesen', 'SEITE DRUCKEN', 'Startseite / Leben / Familie', 'startseite / x', '© dpa', '(c) dpa',
      'Zurück zur Übersicht', 'zurück zur Listenansicht', 'Die Gebühr beträgt 12 Euro.', 'Foto: Stadt', 'Quelle: Amt', 'Skip to content', '', ' '];
    for (const text of samples) expect(isNoiseLine(text), text).toBe(NOISE_LINES.some((re) => re.test(text)));
    // Flags stay with their patterns: a case-sensitive pattern does not become case-insensitive.
    const [strict, loose] = joinPatterns([/^A\+$/, /^b$/i, /^C$/]);
    expect(strict!.test('A+') && strict!.test('C')).toBe(true);
    expect(strict!.test('a+') || strict!.test('c')).toBe(false);
    expect(loose!.test('B')).toBe(true);
    expect(stripLinkHints('Projekt (Link öffnet in neuem Fenster)').trim()).toBe('Projekt');
    // The separator before a hint at the end goes with it (Imperia, GSB download hints).
    expect(stripLinkHints('PDF-Dokument, Öffnet in neuem Fenster').trim()).toBe('PDF-Dokument');
    expect(stripLinkHints('PDF, 112 KB, barrierefrei, Datei wird in neuem Fenster geöffnet').trim()).toBe('PDF, 112 KB, barrierefrei');
  });

  it('strips hints in a row as one hint (Contao, accessibility plugins), and keeps the punctuation of the text around them', () => {
    const clean = (text: string) => stripLinkHints(text).replace(/\s+/g, ' ').trim();
    expect(clean('Landesfischereiverband (externer Link, öffnet in neuem Fenster)')).toBe('Landesfischereiverband');
    expect(clean('Landesfischereiverband (externer Link – öffnet in neuem Fenster).')).toBe('Landesfischereiverband .');
    expect(clean('State association (external link, opens in a new tab)')).toBe('State association');
    expect(clean('External links')).toBe('External links');
    expect(isOnlyLinkHint(' (externer Link, öffnet in neuem Fenster)')).toBe(true);
    expect(isOnlyLinkHint('externer Link; Link öffnet in neuem Fenster')).toBe(true);
    // Text between two hints stays, and so does a comma of the sentence.
    expect(clean('Antrag (externer Link), Merkblatt (öffnet in neuem Fenster)')).toBe('Antrag , Merkblatt');
    expect(isOnlyLinkHint('externer Link zum Antrag, öffnet in neuem Fenster')).toBe(false);
    // A hidden hint span glued into a link: the sentence reads as if it had none.
    const { document, window } = page(`<main><h1>Fischereischein</h1>${para(3)}<p>Weitere Informationen finden Sie beim
      <a href="https://verband.example/" target="_blank">Landesfischereiverband<span class="invisible"> (externer Link, öffnet in neuem Fenster)</span></a>.</p></main>`);
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Weitere Informationen finden Sie beim Landesfischereiverband.');
    expect(article.text).not.toMatch(/Landesfischereiverband\s*,/);
  });

  it('drops a "War diese Seite hilfreich?" feedback box, heading and all', () => {
    const { document, window } = page(`<main><h1>Wohngeld</h1>${para(4)}
      <div class="c-feedback"><h2>War diese Seite hilfreich?</h2><div><button>Ja</button> <button>Nein</button></div></div>
      <section><h3>Seite bewerten</h3><a href="?rating=1">1</a> <a href="?rating=2">2</a></section></main>`);
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Absatz 4');
    expect(article.text).not.toContain('hilfreich');
    expect(article.text).not.toContain('Seite bewerten');
  });

  it('removes soft hyphens from the article text, its html and its blocks (GSB and TYPO3 editors hyphenate by hand)', () => {
    const { document, window } = page(`<main><h1>Auf&shy;ent&shy;halts&shy;titel</h1>${para(3)}
      <p>Für den Auf&shy;ent&shy;halts&shy;titel brauchen Sie eine Mel&shy;de&shy;be&shy;schei&shy;ni&shy;gung und einen gültigen Pass.</p>
      <ul><li>Ge&shy;bühr: 100 Euro</li><li>Bearbeitungszeit: vier Wochen</li></ul></main>`, undefined, 'Aufenthaltstitel - Stadt Musterhausen');
    const article = extractArticle(document, { win: window });
    expect(article.title).toBe('Aufenthaltstitel');
    expect(article.text).toContain('Für den Aufenthaltstitel brauchen Sie eine Meldebescheinigung und einen gültigen Pass.');
    expect(article.text).toContain('Gebühr: 100 Euro');
    expect(article.html).toContain('Meldebescheinigung');
    expect(article.text).not.toContain('\u00ad');
    expect(article.html).not.toMatch(/\u00ad|&shy;/);
    for (const block of article.blocks) expect(block.html + block.text).not.toContain('\u00ad');
    // The page itself keeps them.
    expect(document.body.innerHTML).toContain('\u00ad');
  });

  it('keeps a small data table (opening hours) that Readability would call layout', () => {
    const { document, window } = page(`<main><h1>Bürgerbüro</h1>${para(3)}
      <table><tr><td>Montag</td><td>8–12 Uhr</td></tr><tr><td>Dienstag</td><td>14–18 Uhr</td></tr></table></main>`);
    const article = extractArticle(document, { win: window });
    expect(article.blocks.some((b) => b.kind === 'table' && b.text.includes('Montag | 8–12 Uhr'))).toBe(true);
  });
});

describe('confidence', () => {
  it('gives an article page high confidence and a teaser listing readerable: false', () => {
    const article = page(`<main><h1>Meldung</h1>${para(5)}</main>`);
    const a = extractArticle(article.document, { win: article.window });
    expect(a.readerable).toBe(true);
    expect(a.confidence).toBeGreaterThan(0.7);

    const teasers = Array.from({ length: 8 }, (_, i) => `<div class="news-item"><h2><a href="/n${i}">Meldung Nummer ${i} aus dem Rathaus</a></h2><p>Kurzer Anreißer zur Meldung ${i}, mehr im Artikel.</p><a href="/n${i}">Weiterlesen</a></div>`).join('');
    const listing = page(`<main><h1>Pressemitteilungen</h1>${teasers}</main>`);
    const l = extractArticle(listing.document, { win: listing.window });
    expect(l.readerable).toBe(false);
    expect(l.confidence).toBeLessThan(0.4);
  });

  it('calls a search result page not readerable', () => {
    const results = Array.from({ length: 6 }, (_, i) => `<li><a href="/r${i}">Treffer ${i}: Wohngeld beantragen</a><p>Auszug aus der Seite über Wohngeld und Anträge ${i}.</p></li>`).join('');
    const { document, window } = page(`<main><h1>Suchergebnisse</h1><ol>${results}</ol></main>`, 'https://www.stadt.example/suche?q=wohngeld');
    expect(extractArticle(document, { win: window }).readerable).toBe(false);
  });
});

describe('selection mode', () => {
  it('builds the article from the selected ranges when the page has no article', () => {
    const teasers = Array.from({ length: 8 }, (_, i) => `<div><h2><a href="/n${i}">Meldung ${i} aus dem Rathaus</a></h2></div>`).join('');
    const { document, window } = page(`<main><h1>Übersicht</h1>${teasers}<div id="pick"><p>Dieser Text wurde markiert und soll im Lesemodus erscheinen.</p></div></main>`);
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('pick')!);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);

    const selected = extractSelection(document, selection, { win: window });
    expect(selected?.text).toBe('Dieser Text wurde markiert und soll im Lesemodus erscheinen.');
    expect(selected?.readerable).toBe(true);
    const forReader = extractForReader(document, { win: window, selection });
    expect(forReader.text).toBe(selected?.text);
  });

  it('ignores an empty selection', () => {
    const { document, window } = page(`<main><h1>Titel</h1>${para(3)}</main>`);
    expect(extractSelection(document, window.getSelection(), { win: window })).toBeUndefined();
    expect(extractForReader(document, { win: window, selection: window.getSelection() }).readerable).toBe(true);
  });
});
