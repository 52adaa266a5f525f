/**
 * Writes tests/fixtures/pages/typo3-steinbrueck-bewohnerparkausweis-large/source.html:
 * a municipal page over 1 MB whose bulk is the kind real portals ship — a mega
 * menu rendered twice (desktop and off-canvas), an inline SVG icon sprite and a
 * JSON-LD catalogue of every service — around one short article with a sidebar
 * contact box. The extractor must stay fast and find the article in it.
 *
 * Deterministic (seeded PRNG, fixed lists), so re-running gives the same bytes.
 * Run: npx tsx tests/tools/generate-large-page.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(
  dirname(fileURLToPath(import.meta.url)),
  '../fixtures/pages/typo3-steinbrueck-bewohnerparkausweis-large/source.html',
);

/** mulberry32: small seeded PRNG, so the "random" SVG paths never change. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS: Record<string, string[]> = {
  'Rathaus & Politik': ['Oberbürgermeister', 'Gemeinderat', 'Ortschaftsräte', 'Verwaltung', 'Stellenangebote', 'Haushalt', 'Wahlen', 'Bekanntmachungen', 'Partnerstädte', 'Bürgerbeteiligung'],
  'Bürgerservice': ['Bürgerbüro', 'Standesamt', 'Ausländerbehörde', 'Fundbüro', 'Führerscheinstelle', 'Kfz-Zulassung', 'Gewerbeamt', 'Ordnungsamt', 'Friedhofsamt', 'Steuern und Abgaben'],
  'Familie & Soziales': ['Kindertagesstätten', 'Schulen', 'Jugendhilfe', 'Senioren', 'Inklusion', 'Integration', 'Wohngeld', 'Sozialhilfe', 'Familienpass', 'Beratungsstellen'],
  'Bauen & Umwelt': ['Bebauungspläne', 'Bauanträge', 'Denkmalschutz', 'Stadtplanung', 'Klimaschutz', 'Abfall', 'Stadtgrün', 'Gewässer', 'Lärmschutz', 'Energieberatung'],
  'Verkehr & Mobilität': ['Parken', 'Baustellen', 'Radverkehr', 'ÖPNV', 'Straßenreinigung', 'Winterdienst', 'Carsharing', 'Verkehrsplanung', 'Elektromobilität', 'Schulwege'],
  'Kultur & Freizeit': ['Stadtbibliothek', 'Museen', 'Theater', 'Musikschule', 'Volkshochschule', 'Bäder', 'Sportstätten', 'Vereine', 'Veranstaltungen', 'Stadtarchiv'],
  'Wirtschaft & Tourismus': ['Wirtschaftsförderung', 'Gewerbeflächen', 'Existenzgründung', 'Tourist-Info', 'Übernachten', 'Stadtführungen', 'Märkte', 'Fachkräfte', 'Breitband', 'Innenstadt'],
};
const ASPECTS = ['Überblick', 'Ansprechpartner', 'Formulare', 'Aktuelles', 'Häufige Fragen', 'Downloads', 'Termine', 'Satzungen', 'Gebühren', 'Online-Dienste', 'Projekte', 'Archiv'];

const slug = (s: string): string =>
  s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/&/g, 'und').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function megaMenu(idPrefix: string): string {
  let html = '';
  for (const [area, topics] of Object.entries(AREAS)) {
    html += `<li class="nav-main__item nav-main__item--has-children"><a href="/${slug(area)}/" class="nav-main__link" aria-expanded="false">${esc(area)}</a>\n<div class="nav-main__flyout" id="${idPrefix}-${slug(area)}"><ul class="nav-main__level2">\n`;
    for (const topic of topics) {
      html += `<li><a href="/${slug(area)}/${slug(topic)}/">${esc(topic)}</a><ul class="nav-main__level3">`;
      for (const aspect of ASPECTS) {
        html += `<li><a href="/${slug(area)}/${slug(topic)}/${slug(aspect)}/" title="${esc(topic)}: ${esc(aspect)}">${esc(aspect)}</a></li>`;
      }
      html += '</ul></li>\n';
    }
    html += '</ul></div></li>\n';
  }
  return html;
}

function svgSprite(): string {
  // A fresh generator per call, so building the page twice gives the same bytes.
  const rand = prng(20250315);
  let html = '<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">\n';
  for (let i = 0; i < 160; i++) {
    let d = `M${(rand() * 24).toFixed(3)} ${(rand() * 24).toFixed(3)}`;
    for (let j = 0; j < 90; j++) d += `c${(rand() * 4 - 2).toFixed(3)} ${(rand() * 4 - 2).toFixed(3)} ${(rand() * 4 - 2).toFixed(3)} ${(rand() * 4 - 2).toFixed(3)} ${(rand() * 4 - 2).toFixed(3)} ${(rand() * 4 - 2).toFixed(3)}`;
    html += `<symbol id="icon-${i}" viewBox="0 0 24 24"><path d="${d}z"/></symbol>\n`;
  }
  return html + '</svg>\n';
}

function jsonLd(): string {
  const services: object[] = [];
  for (const [area, topics] of Object.entries(AREAS)) {
    for (const topic of topics) {
      for (const aspect of ASPECTS) {
        services.push({
          '@type': 'GovernmentService',
          name: `${topic}: ${aspect}`,
          serviceType: area,
          url: `https://www.steinbrueck.example/${slug(area)}/${slug(topic)}/${slug(aspect)}/`,
          provider: { '@type': 'GovernmentOrganization', name: 'Universitätsstadt Steinbrück', telephone: `+49 7071 204-${1000 + services.length}` },
          areaServed: { '@type': 'City', name: 'Steinbrück' },
          availableChannel: { '@type': 'ServiceChannel', serviceUrl: `https://service.steinbrueck.example/leistung/${100000 + services.length}` },
        });
      }
    }
  }
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': services }, null, 1);
}

const ARTICLE = `
    <div id="c7101" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="element-header">Bewohnerparkausweis beantragen</h1></header></div>
    <div id="c7102" class="frame frame-default frame-type-text frame-layout-0">
      <p>In den Bewohnerparkgebieten der Innenstadt dürfen Anwohnerinnen und Anwohner mit einem Bewohnerparkausweis ohne zeitliche Begrenzung und ohne Parkschein parken. Ein Anspruch auf einen freien Parkplatz besteht nicht.</p>
      <p>Einen Bewohnerparkausweis erhält, wer im Bewohnerparkgebiet mit Hauptwohnsitz oder Nebenwohnsitz gemeldet ist und ein Fahrzeug auf sich zugelassen hat oder dauerhaft nutzt. Pro Person wird nur ein Ausweis ausgestellt.</p>
      <p>Welche Straßen zu den Bewohnerparkgebieten gehören, sehen Sie im <a href="https://geoportal.steinbrueck.example/bewohnerparken" target="_blank" class="external-link-new-window" title="Öffnet externen Link in neuem Fenster">Geoportal der Stadt<span class="visually-hidden">Öffnet externen Link in neuem Fenster</span></a>.</p>
    </div>
    <div id="c7103" class="frame frame-default frame-type-text frame-layout-0">
      <header><h2>Erforderliche Unterlagen</h2></header>
      <ul>
        <li>Fahrzeugschein (Zulassungsbescheinigung Teil I)</li>
        <li>bei einem Firmenwagen: Bescheinigung des Arbeitgebers über die private Nutzung</li>
        <li>bei einem geliehenen Fahrzeug: schriftliche Bestätigung der Halterin oder des Halters</li>
      </ul>
    </div>
    <div id="c7104" class="frame frame-default frame-type-table frame-layout-0">
      <header><h2>Gebühren</h2></header>
      <table class="contenttable">
        <thead><tr><th>Gültigkeit</th><th>Gebühr</th></tr></thead>
        <tbody>
          <tr><td>1 Jahr</td><td>120,00 Euro</td></tr>
          <tr><td>2 Jahre</td><td>240,00 Euro</td></tr>
          <tr><td>ermäßigt mit Steinbrück-Pass (1 Jahr)</td><td>60,00 Euro</td></tr>
        </tbody>
      </table>
      <p>Den Ausweis können Sie online über das Serviceportal beantragen. Er wird Ihnen innerhalb von zehn Werktagen per Post zugeschickt.</p>
    </div>`;

const CONTACT = `
      <div class="contact-box">
        <h2>Ansprechpartner</h2>
        <p class="contact-box__org">Universitätsstadt Steinbrück<br>Fachbereich Ordnung – Straßenverkehr</p>
        <p class="contact-box__address">Neckarhalde 17<br>72070 Steinbrück</p>
        <p class="contact-box__phone">Telefon: 07071 204-2612</p>
        <p class="contact-box__mail">E-Mail: <a href="mailto:bewohnerparken@steinbrueck.example">bewohnerparken@steinbrueck.example</a></p>
      </div>`;

/** The whole page as a string (exported so a test can check the committed file is current). */
export function buildLargePage(): string {
  return `<!DOCTYPE html>
<html lang="de" dir="ltr">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	Information and contribution at https://typo3.org/
	Generated by tests/tools/generate-large-page.ts: do not edit by hand.
-->
<title>Bewohnerparkausweis beantragen | Universitätsstadt Steinbrück</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_assets/5c1e/Css/main.min.css?1731000000">
<script type="application/ld+json">${jsonLd()}</script>
</head>
<body id="p3117">
${svgSprite()}
<a class="skip-link" href="#content">Zum Inhalt springen</a>
<header class="site-header">
  <a href="/" class="site-header__logo"><svg class="icon" aria-hidden="true"><use href="#icon-0"></use></svg><span>Universitätsstadt Steinbrück</span></a>
  <div class="site-header__tools"><a href="/leichte-sprache/">Leichte Sprache</a><a href="/gebaerdensprache/">Gebärdensprache</a><button class="fontsize" type="button" title="Schrift größer">A+</button><button class="fontsize" type="button" title="Schrift kleiner">A-</button></div>
  <nav class="nav-main nav-main--desktop" aria-label="Hauptnavigation"><ul class="nav-main__level1">
${megaMenu('desk')}</ul></nav>
</header>
<nav class="nav-offcanvas" aria-label="Mobile Navigation" hidden><ul class="nav-main__level1">
${megaMenu('mobile')}</ul></nav>
<nav class="breadcrumb" aria-label="Brotkrümelnavigation"><ol><li><a href="/">Startseite</a></li><li><a href="/verkehr-und-mobilitaet/">Verkehr &amp; Mobilität</a></li><li><a href="/verkehr-und-mobilitaet/parken/">Parken</a></li><li aria-current="page">Bewohnerparkausweis</li></ol></nav>
<div class="page-layout">
  <main id="content" class="page-layout__main">${ARTICLE}
    <div class="page-tools"><a href="javascript:window.print()">Seite drucken</a> <a href="#top">nach oben</a></div>
  </main>
  <aside class="page-layout__aside">${CONTACT}
    <div class="teaser-list"><h2>Aktuelle Meldungen</h2><ul><li><a href="/aktuelles/neue-parkzonen/">Neue Parkzonen in der Weststadt ab Juli</a></li><li><a href="/aktuelles/parkhaus-altstadt/">Parkhaus Altstadt wird saniert</a></li></ul></div>
  </aside>
</div>
<footer class="site-footer"><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/barrierefreiheit/">Barrierefreiheit</a></li></ul></footer>
</body>
</html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const html = buildLargePage();
  writeFileSync(OUT, html);
  console.log(`${OUT}: ${Buffer.byteLength(html)} bytes`);
}
