/**
 * The municipal rules (headline container, looser link density, contact card)
 * apply on administration pages, recognised by a public-sector CMS generator
 * or an administrative body's name as the site name; elsewhere the extraction
 * stays with Readability's own choice.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { isAdministrationPage } from '@/utils/extract/municipal';
import { extractArticle } from '@/utils/extract/extract-article';

function head(title: string, meta = ''): Document {
  return parseHtml(`<!doctype html><html lang="de"><head><title>${title}</title>${meta}</head><body><p>x</p></body></html>`).document;
}

describe('isAdministrationPage', () => {
  it.each([
    ['Hundesteuer / Kreisstadt Birkenfelde', ''],
    ['Elterngeld | Landkreis Oberwiesen', ''],
    ['Samtgemeinde Heideloh: Termin im Bürgerbüro vereinbaren', ''],
    ['Hansestadt Weserfurt - Personalausweis beantragen', ''],
    ['Registering your address - City of Lindenhain', ''],
    ['Gewerbe anmelden – Gemeinde Moosbach', ''],
    ['Transparenz bei Preisanpassungen', '<meta name="generator" content="Government Site Builder">'],
    ['Hundesteuer', '<meta name="Generator" content="IKISS - Advantic Systemhaus GmbH">'],
    ['Wohngeld', '<meta property="og:site_name" content="Landeshauptstadt Elbhausen">'],
  ])('recognises "%s" %s', (title, meta) => {
    expect(isAdministrationPage(head(title, meta))).toBe(true);
  });

  it.each([
    ['Kita am Stadtpark eröffnet | Rabenauer Zeitung', ''],
    ['Stadtwerke Rabenau: Strompreise 2025', ''],
    ['Markt & Börse: DAX schließt fester', ''],
    ['Kreis der Freunde – Blog', ''],
    ['Rezept: Apfelkuchen', '<meta name="generator" content="WordPress 6.5.3">'],
    ['Kommunalwahl: Was Sie wissen müssen', '<meta name="generator" content="TYPO3 CMS">'],
  ])('does not take "%s" %s for an administration', (title, meta) => {
    expect(isAdministrationPage(head(title, meta))).toBe(false);
  });
});

/** An event page whose facts (a <dl>) sit beside the paragraphs in the headline's container. */
function eventPage(title: string, inContainer = '', beforeMain = '') {
  const para = (t: string) => `<p>${t} Die Veranstaltung richtet sich an alle Bürgerinnen und Bürger und ihre Angehörigen, der Eintritt ist frei und eine Anmeldung ist nicht nötig.</p>`;
  return parseHtml(
    `<!doctype html><html lang="de"><head><title>${title}</title></head><body>
    ${beforeMain}<nav><ul><li><a href="/a">Rathaus</a></li><li><a href="/b">Leben</a></li></ul></nav>
    <main><div class="veranstaltung">${inContainer}<h1>Seniorenmesse im Bürgerhaus</h1>
      <div class="termin"><dl><dt>Datum:</dt><dd>Samstag, 26. April 2025</dd><dt>Ort:</dt><dd>Bürgerhaus, Am Schützenplatz 2</dd></dl></div>
      <div class="beschreibung">${para('Rund 40 Ausstellerinnen und Aussteller informieren über Pflege und Wohnen im Alter.')}${para('Um 11:00 Uhr beginnt ein Vortrag über Stürze im Haushalt.')}${para('Ein Shuttlebus fährt ab dem Marktplatz.')}</div>
      <div class="veranstalter"><h2>Veranstalter</h2><p>Seniorenbeirat<br>Hauptstraße 14<br>29399 Heideloh<br>Telefon: 05834 9201-37</p></div>
    </div></main></body></html>`,
    'https://www.heideloh.example/veranstaltung',
  );
}

describe('municipal rules only on administration pages', () => {
  it('an administration page keeps the event facts beside the paragraphs and gets a contact card', () => {
    const { document, window } = eventPage('Samtgemeinde Heideloh: Seniorenmesse im Bürgerhaus');
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Samstag, 26. April 2025');
    expect(article.text).toContain('Rund 40 Ausstellerinnen');
    expect(article.contact?.phones).toEqual(['05834 9201-37']);
  });

  it('a comment in the headline container is not text: a long one does not stop the widening', () => {
    // CMS debug output and commented-out templates can be long; the snapshot size limit counts text only.
    const { document, window } = eventPage('Samtgemeinde Heideloh: Seniorenmesse im Bürgerhaus', `<!-- ${'template '.repeat(6000)} -->`);
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Samstag, 26. April 2025');
    expect(article.text).not.toContain('template');
  });

  it('a screen-reader-only <h1> (Government Site Builder) does not make the page headline one of several for the title', () => {
    const { document, window } = eventPage('Seniorenmesse - Samtgemeinde Heideloh', '', '<h1 class="aural">Navigation und Service</h1>');
    expect(extractArticle(document, { win: window }).title).toBe('Seniorenmesse im Bürgerhaus');
  });

  it('the same markup on a news site stays with Readability: no widening, no contact card', () => {
    const { document, window } = eventPage('Seniorenmesse im Bürgerhaus | Heideloher Anzeiger');
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Rund 40 Ausstellerinnen');
    expect(article.text).not.toContain('Samstag, 26. April 2025');
    expect(article.contact).toBeUndefined();
  });
});

/**
 * A page built from modules (OpenCms Mercury, Weblication): the article module, then in the
 * same column an accordion, a download list, a link list, share buttons and teasers.
 */
function modulePage(extra = '') {
  const para = (t: string) => `<p>${t} Bitte bringen Sie alle Unterlagen vollständig mit, damit wir Ihren Antrag ohne Rückfragen bearbeiten können.</p>`;
  return parseHtml(
    `<!doctype html><html lang="de"><head><title>Wohnberechtigungsschein | Kreis Marlingen</title></head><body>
    <main><div class="col-lg-9 area-wide">
      <div class="detail-page type-article"><h1>Wohnberechtigungsschein beantragen</h1>
        ${para('Mit dem Wohnberechtigungsschein weisen Sie nach, dass Sie eine geförderte Wohnung beziehen dürfen.')}
        ${para('Es zählt das Einkommen aller Haushaltsmitglieder in den zwölf Monaten ab Antragstellung.')}
        ${para('Die Bearbeitung dauert in der Regel zwei bis drei Wochen.')}</div>
      <div class="element type-tab variant-accordion"><h2>Häufige Fragen</h2>
        <article class="accordion"><h3><button aria-expanded="false" aria-controls="q1">Gilt der Schein im ganzen Land?</button></h3>
        <div id="q1" class="acco-body collapse"><p>Der Schein gilt in allen Städten und Gemeinden des Landes, ein Schein aus einem anderen Bundesland wird dort geprüft.</p></div></article></div>
      <div class="element type-linksequence downloads"><h2>Formulare</h2><ul>
        <li><a href="/files/antrag-wbs.pdf">Antrag auf Erteilung eines Wohnberechtigungsscheins (PDF, 312 KB)</a></li>
        <li><a href="/files/einkommen.pdf">Anlage Einkommenserklärung (PDF, 184 KB)</a></li></ul></div>
      ${extra}
      <div class="element type-linksequence"><h2>Links zum Thema</h2><ul><li><a href="/wohngeld">Wohngeld beantragen beim Fachdienst Wohnen</a></li><li><a href="/miete">Mietspiegel für den Kreis Marlingen 2026</a></li></ul></div>
      <div class="element type-section"><h2>Auch interessant</h2><p>Der Kreis baut 46 neue Sozialwohnungen im Quartier Lindenhof, die ersten Mieter sind schon eingezogen.</p></div>
    </div><aside class="col-lg-3"><p>Randspalte mit Hinweisen zur Barrierefreiheit der Website und zu unseren Sprechzeiten im Kreishaus.</p></aside></main></body></html>`,
    'https://www.kreis-marlingen.example/wbs',
  );
}

describe('sections beside the article module (OpenCms Mercury, Weblication)', () => {
  it('the accordion and download list that follow the article module join it, up to the first link list', () => {
    const { document, window } = modulePage();
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Es zählt das Einkommen aller Haushaltsmitglieder');
    expect(article.text).toContain('Gilt der Schein im ganzen Land?');
    expect(article.text).toContain('Der Schein gilt in allen Städten und Gemeinden');
    expect(article.text).toContain('Anlage Einkommenserklärung (PDF, 184 KB)');
    // The link list ends the article: what follows it is not joined, nor the sidebar.
    expect(article.text).not.toContain('Wohngeld beantragen beim Fachdienst');
    expect(article.text).not.toContain('Quartier Lindenhof');
    expect(article.text).not.toContain('Randspalte');
  });

  it('a contact box or a sidebar column right after the article module is not one of its sections', () => {
    const { document, window } = modulePage(
      `<div class="element sidebar-kontakt"><h2>Ihr Ansprechpartner</h2><p>Herr Tobias Wengert bearbeitet die Anträge auf Wohnberechtigungsscheine im Kreishaus Marlingen.</p></div>
       <div class="element type-section"><h2>Rechtsgrundlage</h2><p>Maßgeblich sind die Einkommensgrenzen nach Paragraph 9 des Wohnraumförderungsgesetzes des Bundes.</p></div>`,
    );
    const article = extractArticle(document, { win: window });
    expect(article.text).toContain('Anlage Einkommenserklärung (PDF, 184 KB)');
    expect(article.text).not.toContain('Tobias Wengert');
    expect(article.text).not.toContain('Maßgeblich sind die Einkommensgrenzen');
  });
});

describe('service descriptions of state portals (FIM sections)', () => {
  const para = (t: string) => `<p>${t} Die Gemeinde erhebt die Steuer nach ihrer Satzung für jedes Kalenderjahr neu.</p>`;
  const servicePage = () =>
    parseHtml(
      `<!doctype html><html lang="de"><head><title>Hund anmelden | Gemeinde Eschenbach</title></head><body><main>
      <h1>Hund anmelden (Hundesteuer)</h1>
      <div class="toc"><p>Auf dieser Seite</p><ul><li><a href="#s1">Leistungsbeschreibung</a></li><li><a href="#s2">Voraussetzungen</a></li><li><a href="#s3">Fristen und Rechtsgrundlage</a></li></ul></div>
      <section id="s1"><h2>Leistungsbeschreibung</h2>${para('Die Hundesteuer ist eine örtliche Aufwandsteuer.')}</section>
      <section id="s2"><h2>Voraussetzungen</h2>${para('Sie halten einen Hund, der älter als drei Monate ist.')}</section>
      <section id="s3"><h2>Fristen und Rechtsgrundlage</h2>
        <ul role="tablist"><li role="presentation"><button role="tab" aria-selected="true" aria-controls="p1">Fristen</button></li><li role="presentation"><button role="tab" aria-selected="false" aria-controls="p2">Rechtsgrundlage</button></li></ul>
        <div id="p1" role="tabpanel">${para('Melden Sie den Hund innerhalb eines Monats an.')}</div>
        <div id="p2" role="tabpanel" hidden>${para('Rechtsgrundlage ist Paragraph 9 Absatz 3 des Kommunalabgabengesetzes.')}</div></section>
      </main></body></html>`,
      'https://www.eschenbach.example/hund',
    );

  it('drops the page\'s table of contents and its label; the sections follow with their headings', () => {
    const { document, window } = servicePage();
    const article = extractArticle(document, { win: window });
    expect(article.text).not.toContain('Auf dieser Seite');
    expect(article.blocks.filter((b) => b.text === 'Leistungsbeschreibung')).toHaveLength(1);
    expect(article.text).toContain('Die Hundesteuer ist eine örtliche Aufwandsteuer.');
  });

  it('reads each tab panel under its tab\'s name, the hidden ones too', () => {
    const { document, window } = servicePage();
    const texts = extractArticle(document, { win: window }).blocks.map((b) => `${b.kind}:${b.text}`);
    const at = (t: string) => texts.findIndex((x) => x.includes(t));
    expect(texts).toContain('heading:Fristen');
    expect(texts).toContain('heading:Rechtsgrundlage');
    expect(at('heading:Fristen')).toBeLessThan(at('innerhalb eines Monats'));
    expect(at('innerhalb eines Monats')).toBeLessThan(at('heading:Rechtsgrundlage'));
    expect(at('heading:Rechtsgrundlage')).toBeLessThan(at('Paragraph 9 Absatz 3'));
  });
});
