/**
 * Is this a page of a public administration (a town, district or authority)?
 * The extraction's municipal rules — widening to the headline's container,
 * looser link-density limits for "Formulare" lists, a lower minimum length —
 * are made for such pages; on a newspaper or blog they pull in teasers,
 * newsletter boxes and side menus that plain Readability rightly leaves out.
 *
 * Two signals, both read from the page's head:
 * - a CMS built for the public sector names itself in `<meta name="generator">`
 *   (Government Site Builder, iKISS/Advantic, NOLIS, Sitepark IES/InfoSite);
 * - the site name in `<title>` or `og:site_name` is an administrative body
 *   ("Stadt Rabenau", "Landkreis Talheim", "Samtgemeinde Heideloh",
 *   "Hansestadt Weserfurt", "City of Lindenhain"): German municipal sites put
 *   it beside the page title by convention, whatever CMS they run.
 */

/** Generators of CMSes sold for public administrations. */
export const PUBLIC_SECTOR_GENERATOR = /Government Site Builder|\bIKISS\b|Advantic|\bNOLIS\b|Sitepark|InfoSite/i;

/** A site name that is an administrative body, followed by its name. */
export const ADMINISTRATION_NAME =
  /^(?:Stadt|Gemeinde|Markt|Landkreis|Kreis|Landeshauptstadt|Hansestadt|Universitätsstadt|Kreisstadt|Große Kreisstadt|Bundesstadt|Samtgemeinde|Verbandsgemeinde|Ortsgemeinde|Stadtverwaltung|Gemeindeverwaltung|Kreisverwaltung|Landratsamt|Bezirksamt|Amt|Städteregion|Freie und Hansestadt|Freie Hansestadt|City of|Town of|Municipality of|District of)\s+\p{Lu}/u;

/** Separators between the page title and the site name ("Hundesteuer / Kreisstadt Birkenfelde"). */
const TITLE_SEGMENTS = /\s+[|/–—:·-]\s+|\s*[|·–—]\s*|:\s+/;

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Whether `doc` is a page of a municipality or another public administration. */
export function isAdministrationPage(doc: Document): boolean {
  let siteName = '';
  for (const meta of Array.from((doc.head ?? doc).getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content') ?? '';
    if (/^generator$/i.test(meta.getAttribute('name') ?? '') && PUBLIC_SECTOR_GENERATOR.test(content)) return true;
    if (meta.getAttribute('property') === 'og:site_name') siteName = content;
  }
  const segments = [...norm(doc.title).split(TITLE_SEGMENTS), norm(siteName)];
  return segments.some((s) => ADMINISTRATION_NAME.test(s.trim()));
}
