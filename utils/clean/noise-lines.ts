/**
 * Short texts that are portal noise when they stand alone in an element
 * (a link, a list item, a paragraph): widget labels and navigation aids that
 * no selector reliably names, across TYPO3, GSB, iKISS, Sitepark IES, NOLIS,
 * Drupal and WordPress templates.
 */
export const NOISE_LINES: readonly RegExp[] = [
  // Font-size widgets: "A+ A-", "A A A", "Schrift größer".
  /^A\s*[+-]\s*A\s*[+-]?$/,
  /^(?:A\s*){2,3}$/,
  /^A[+-]$/,
  /^Schrift(?:größe)?\s*(?:größer|kleiner|vergrößern|verkleinern|ändern|normal)?$/i,
  // TYPO3 tx_news list/detail labels.
  /^Detailseite$/i,
  // Breadcrumbs written as text.
  /^(?:Sie sind hier:?\s*)?Startseite(?:\s*[/>›»|]\s*[^\n]{0,160})+$/,
  /^Sie sind hier:?$/i,
  // Read-aloud, print, share, bookmark (ReadSpeaker "Seite vorlesen", GSB "Seite drucken").
  /^(?:Seite |Text |Inhalt )?(?:vorlesen|drucken|teilen|empfehlen|merken|pinnen|weiterempfehlen|versenden|als PDF)$/i,
  /^(?:Diese )?Seite (?:per E-Mail )?(?:vorlesen|drucken|teilen|empfehlen|merken|versenden|weiterempfehlen)$/i,
  /^(?:Zu den )?Lesezeichen(?: hinzufügen)?$/i,
  /^(?:Seite )?(?:als PDF (?:speichern|herunterladen|anzeigen|erzeugen)|PDF erzeugen|Save as PDF)$/i,
  // The label of a page's table of contents (its list of jumps goes as a list, see remove-noise.ts).
  /^(?:Auf dieser Seite|Inhalte? dieser Seite|Inhaltsverzeichnis|Seiteninhalt|On this page|Table of contents)\s*:?$/i,
  /^Listen(?: to this page)?$/i,
  /^(?:Print|Share)(?: this page)?$/i,
  // Share buttons of recipe and blog plugins (WP Recipe Maker "Pinnen", Twitter "Tweet").
  /^(?:Pin it|Tweet|Twittern)$/i,
  // "zurück zur Übersicht", "nach oben", skip links.
  /^(?:zurück|zurueck)(?: zur| zum)? ?(?:\p{L}*übersicht|Liste|\p{L}*ansicht|vorherigen Seite|Startseite)?$/iu,
  // Lightbox links on pictures (GSB "Bild vergrößern", WordPress galleries).
  /^(?:(?:Bild|Foto|Grafik|Karte|Abbildung) (?:vergrößern|anzeigen|in voller Größe(?: anzeigen)?)|Vergrößern|Zum Vergrößern (?:auf das Bild )?klicken\.?|Vergrößerte Ansicht|Enlarge(?: image)?)$/i,
  // Listing pages: "Weiterlesen" links, pagination ("Seite 1 von 24").
  /^(?:weiterlesen|mehr lesen|mehr erfahren|read more|mehr|\[mehr\])\s*(?:»|›|>)?$/i,
  /^Seite \d+ von \d+\.?$/i,
  /^(?:«|‹)?\s*(?:vorherige|nächste|erste|letzte) Seite\s*(?:»|›)?$/i,
  // Sitepark IES, GSB, NOLIS: page metadata and calendar/share functions.
  /^(?:Zuletzt (?:aktualisiert|geändert)|Letzte Änderung|Seite zuletzt (?:aktualisiert|geändert))(?: am)?:?\s*[\d.\s]+$/i,
  /^Termin in (?:den |meinen )?Kalender (?:übernehmen|eintragen|speichern)(?: \(iCal\))?$/i,
  /^(?:Diese Seite|Seite) (?:teilen|empfehlen):?$/i,
  /^(?:(?:Möchten Sie|Willst du) )?(?:den|diesen) (?:Artikel|Beitrag) (?:teilen|empfehlen)\s*[:?!]?$/i,
  /^(?:Artikel|Beitrag) gefallen\? (?:Vergiss nicht|Vergessen Sie nicht),? (?:ihn )?zu teilen!?$/i,
  /^(?:Teilen auf|Share on|Folgen Sie uns auf):?$/i,
  // WordPress post navigation and closed comments.
  /^(?:«\s*)?(?:Vorheriger?|Vorheriges|Nächster?|Nächstes)(?: (?:Artikel|Beitrag|Post|Eintrag))?(?:\s*»)?$/i,
  /^(?:Leider sind )?(?:keine Kommentare möglich|Kommentare sind geschlossen)\.?$/i,
  /^(?:Seite )?per E-Mail (?:versenden|empfehlen|teilen|weiterleiten)$/i,
  // Site search boxes (Drupal "Leistung suchen", TYPO3 Solr, GSB).
  /^(?:Leistung|Dienstleistung|Stichwort|Suchbegriff|Begriff|Website|Seite)?\s*(?:suchen|durchsuchen)$/i,
  /^(?:zur|zum) (?:Übersicht|Seitenanfang|Anfang|Inhalt|Hauptnavigation|Navigation|Suche)(?: springen)?$/i,
  /^(?:nach oben|Seitenanfang|top|back to top)$/i,
  /^(?:Direkt )?zum (?:Inhalt|Hauptinhalt)(?: springen)?$/i,
  // Jump links to parts of the page (Imperia "Direkt zur Kontaktinformation").
  /^(?:Direkt|Springe|Sprung) (?:zur|zum|zu den|zu) (?:Kontakt\p{L}*|Inhalt|Hauptinhalt|Navigation|Hauptnavigation|Suche|Seitenanfang|Fußzeile|Footer|Ansprechpartner\p{L}*|Öffnungszeiten)$/iu,
  /^Skip to (?:main )?content$/i,
  // iKISS/Advantic and TYPO3 tt_address contact boxes: the vCard download.
  /^vCard(?: herunterladen| download| speichern)?$/i,
  // Consent placeholders (Usercentrics, Borlabs, Cookiebot) where a map or video would be.
  /^powered by Usercentrics(?: Consent Management Platform)?$/i,
  /^Wir benötigen Ihre Zustimmung zum Laden der .{1,80}$/i,
  /^(?:Empfohlener (?:redaktioneller )?Inhalt|Externer Inhalt|Externe Inhalte)$/i,
  // Advertising labels of ad slots ("Anzeige", "- Anzeige -", "Werbung").
  /^[-–(]?\s*(?:Anzeige|Werbung|Advertisement|Sponsored)\s*[-–):]?$/i,
  // Controls of accordions (Weblication, TYPO3 and Drupal FAQ lists): "Alle öffnen", "Alle schließen",
  // as links side by side, whichever is hidden at the moment.
  /^(?:(?:Alle|All) (?:öffnen|schließen|schliessen|aufklappen|zuklappen|ausklappen|einklappen|einblenden|ausblenden)\s*){1,2}$/i,
  /^(?:(?:Expand|Collapse|Open|Close) all\s*){1,2}$/i,
  // Infinite-scroll and "load more" buttons.
  /^(?:Lade|Mehr|Weitere) (?:weitere |mehr )?(?:Inhalte|Artikel|Beiträge|Meldungen)? ?(?:laden|anzeigen)?\s*(?:\.\.\.|…)?$/i,
  /^(?:Load|Show) more(?: (?:articles|posts|stories))?$/i,
  // Photo credits standing alone under a picture ("Foto: Stadt Musterhausen", "© dpa/Kay Nietfeld"):
  // a few names, not a caption that starts with "Bild:". Not "Quelle: …" (the source of a
  // table or a figure is content).
  /^\(?(?:Fotos?|Bilder?|Titelbild|Beitragsbild|Bildquelle|Bildnachweis|Fotonachweis|Fotograf(?:in)?|Photo|Image|Credits?)\s*:\s*(?:\S+\s*){1,8}$/i,
  // A © after the label makes even "Bild:" a credit ("Bild: © BillionPhotos.com/Adobestock", TYPO3 figure captions).
  /^(?:(?:Bild|Abbildung|Grafik|Illustration)\s*:\s*)?©\s*(?:\S+\s*){1,8}$/,
  // Placeholders of lazily loaded pictures and embeds, left in the markup ("Laden...").
  /^(?:Laden|Wird geladen|Lädt|Loading)\s*(?:\.\.\.|…)$/i,
  // Rating widgets ("Hier können Sie den Artikel bewerten").
  /^(?:Hier können Sie )?(?:den |diesen )?(?:Artikel|Beitrag) bewerten:?$/i,
  // Feedback widgets of public-sector portals (GSB "Seite bewerten", Service-BW, TYPO3 feedback forms):
  // "War diese Seite hilfreich? Ja Nein" (the answers are buttons or links).
  /^(?:(?:Diese )?Seite bewerten|Bewerten Sie diese Seite|Wie zufrieden sind Sie mit (?:dieser|der) Seite)\s*[:?]?$/i,
  /^(?:War|Waren|Ist|Sind) (?:diese|die|der|dieser) (?:Seite|Information(?:en)?|Antwort(?:en)?|Inhalt|Inhalte|Artikel|Beitrag|Text)\s+(?:für Sie\s+)?(?:hilfreich|nützlich)\s*\??(?:\s*Ja\s*Nein)?$/i,
  /^(?:Was this (?:page|information|article|answer) (?:helpful|useful)|Did you find this (?:page|information) (?:helpful|useful))\s*\??(?:\s*Yes\s*No)?$/i,
  // WordPress: Akismet's privacy note under the comment form, closed comments.
  /^(?:Diese Website|Diese Seite) verwendet Akismet, um Spam zu reduzieren\..{0,120}$/i,
  /^This site uses Akismet to reduce spam\..{0,120}$/i,
  /^(?:Kommentare (?:sind )?geschlossen|Comments are closed)\.?$/i,
];

/**
 * The patterns above joined into one alternation per set of flags: every element's
 * text of a page is tested, and one expression is an order of magnitude faster than
 * fifty calls (each pattern is anchored and has no back-references, so joining keeps
 * what each matches).
 */
export function joinPatterns(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
  return Array.from(byFlags, ([flags, sources]) => new RegExp(sources.join('|'), flags));
}

const JOINED = joinPatterns(NOISE_LINES);

/** True when `text` (whitespace-collapsed, trimmed) is a stand-alone noise label. */
export function isNoiseLine(text: string): boolean {
  for (const re of JOINED) if (re.test(text)) return true;
  return false;
}
