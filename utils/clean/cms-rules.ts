/**
 * Portal noise on German municipal sites, as named selector lists. Each list
 * names the CMS (or the widget vendor) whose templates needed it, so a rule can
 * be traced back and retired when the template changes. Applied to the clone
 * before Readability runs (see `removeNoise`).
 */

/** TYPO3 (fluid_styled_content, tx_news, the common municipal site packages). */
export const TYPO3_NOISE: readonly string[] = [
  '.news-backlink-wrap',
  '.news-related-wrap',
  '.news-list-category',
  '.news-related',
  '.tx-indexedsearch-searchbox',
  '[class*="rootline" i]',
  '.csc-linkToTop',
  '.frame-type-menu_subpages',
];

/** Government Site Builder (GSB 7–10, Bundes- and Landesportale, many Kreise). */
export const GSB_NOISE: readonly string[] = [
  '#navBreadcrumb',
  '.navBreadcrumb',
  '#navService',
  '.navService',
  '#navSecondary',
  '.siteInfo',
  '.socialBookmarks',
  '#socialBookmarks',
  '[id*="socialbookmark" i]',
  '[class*="socialbookmark" i]',
  '.social-bookmarking',
  '.sectionRelated',
  '.linksToTop',
  '.c-breadcrumb',
  '.docData .number',
  '#navFunctions',
  '.navFunctions',
  '.c-social-media',
  '.c-skiplinks',
  '.c-rating',
  '.toTop',
  // GSB 10: teaser boxes (related pages, news) and image copyright lines ("© Thinkstock").
  '.c-teaser',
  '.c-picture__source',
];

/** iKISS / Advantic (Bürgerportale of many Landkreise and Städte). */
export const IKISS_NOISE: readonly string[] = [
  '.ikiss-breadcrumb',
  '.ikiss-print',
  '.ikiss-share',
  '#ikiss-toolbar',
  '.mod_breadcrumb',
  '.mod_print',
  '.mod_share',
  '.sp_nav',
];

/** Sitepark IES / InfoSite (Hamburg-style portals). */
export const SITEPARK_IES_NOISE: readonly string[] = [
  '.sp-last-modified',
  '.sp-back',
  '.sp-bookmark',
  '.sp-breadcrumb',
  '.sp-servicelinks',
  '.sp-share',
  '.sp-print',
  '.sp-totop',
  '.sp-teaser-related',
];

/** NOLIS (Bürgerinfo / Rathaus-Info portals). */
export const NOLIS_NOISE: readonly string[] = [
  '#pfad',
  '.kalenderfunktionen',
  '.teilen',
  '.nolis-breadcrumb',
  '.nolis-toolbar',
  '.nolis-print',
  '.nolis-share',
  '.nolis-related',
];

/** Drupal (core blocks and the Thunder/Localgov distributions). */
export const DRUPAL_NOISE: readonly string[] = [
  '.block-system-breadcrumb-block',
  '.block-local-tasks-block',
  '.block-social-media-links',
  '.links.inline',
  '.node-links',
  '.field--name-field-related',
];

/** WordPress (core themes and the usual share/print plugins). */
export const WORDPRESS_NOISE: readonly string[] = [
  '.sharedaddy',
  '.jp-relatedposts',
  '.addtoany_share_save_container',
  '.a2a_kit',
  '.yarpp-related',
  '.post-navigation',
  '.printfriendly',
  '.wp-block-social-links',
  // The Events Calendar (tribe-events): back link, calendar export, screen-reader labels.
  '.tribe-events-back',
  '.tribe-events-cal-links',
  '.tribe-events-c-subscribe-dropdown',
  '.tribe-common-a11y-visual-hide',
];

/** Contao (core modules; many small towns and Verbandsgemeinden). */
export const CONTAO_NOISE: readonly string[] = [
  // The article's PDF, print, share and "recommend" links (core `mod_article` syndication).
  '.syndication',
];

/** Joomla (com_content articles; many Gemeinden and Vereine). */
export const JOOMLA_NOISE: readonly string[] = [
  // The article's user actions (print, e-mail): Joomla 4's `.icons` dropdown, Joomla 3's icon list items.
  '.com-content-article .icons',
  '.item-page .icons',
  '.print-icon',
  '.email-icon',
  // The article info's "Details" label, hit counter and category link; author and dates stay.
  'dt[class*="article-info-term" i]',
  'dd[class*="hits" i]',
  'dd[class*="category-name" i]',
  // Tag links under the article (Joomla `ul.tags`, also other CMSes' tag lists). A class token:
  // "montags", "werktags", "feiertags" in a class name are opening-hours lists.
  '[class~="tags" i]',
];

/** Consent managers: Cookiebot, Borlabs, Usercentrics, Klaro, CCM19, OneTrust, and plain cookie banners. */
export const CONSENT_NOISE: readonly string[] = [
  '#CybotCookiebotDialog',
  '#CybotCookiebotDialogBodyUnderlay',
  '#BorlabsCookieBox',
  '.BorlabsCookie',
  '#usercentrics-root',
  '#uc-banner',
  '.klaro',
  '#klaro',
  '#ccm-widget',
  '.ccm-root',
  '.ccm-modal',
  '#onetrust-consent-sdk',
  '#onetrust-banner-sdk',
  '[id*="cookie-consent" i]',
  '[class*="cookie-consent" i]',
  '[class*="cookie-banner" i]',
  '[id*="cookie-banner" i]',
  '[class*="cookiebanner" i]',
  '[id*="cookiebanner" i]',
  '[class*="cookie-notice" i]',
  '[aria-label*="Cookie" i]',
  // Consent placeholders inside the article where a map or video would be.
  '.uc-embedding-container',
  '._brlbs-content-blocker',
  '[class*="brlbs-cmpnt-cb" i]',
  '[class*="content-blocker" i]',
  '.cookieconsent-optout-marketing',
  '.cookieconsent-optout-preferences',
  '.cmplz-blocked-content-notice',
  '.klaro-placeholder',
  '.ccm-placeholder',
];

/** ReadSpeaker and other read-aloud buttons ("Seite vorlesen", "Vorlesen"). */
export const READ_ALOUD_NOISE: readonly string[] = [
  '[class*="readspeaker" i]',
  '[id*="readspeaker" i]',
  '.rsbtn',
  '.rs_skip.rsbtn',
  '[class*="vorlesen" i]',
];

/**
 * Font-size widgets ("A+ A-", "Schriftgröße ändern"). Their class names are also
 * styling classes (`small-fontsize` on a text module, `large-textsize`): a match
 * holding more text than a widget's labels (`MAX_FONT_SIZE_WIDGET_TEXT` in
 * `remove-noise.ts`) is content and stays.
 */
export const FONT_SIZE_WIDGET_NOISE: readonly string[] = [
  '[class*="fontsize" i]',
  // Not `[class*="font-size"]`: WordPress paragraphs carry `has-normal-font-size`, themes `font-size-default`.
  '[class~="font-size" i]',
  '[class*="font-size-block" i]',
  '[class*="font-size-switch" i]',
  '[class*="font-size__" i]',
  '[class*="textsize" i]',
  '[class*="schriftgroesse" i]',
  '[class*="schriftgröße" i]',
];

/** Share, print, bookmark and font-size widgets, skip links, "nach oben", breadcrumbs: every CMS has them. */
export const PORTAL_TOOL_NOISE: readonly string[] = [
  'nav[aria-label*="breadcrumb" i]',
  'nav[aria-label*="Brotkrümel" i]',
  'nav[aria-label*="Sie sind hier" i]',
  '[aria-label*="Sie sind hier" i]',
  '[class*="breadcrumb" i]',
  '[id*="breadcrumb" i]',
  '[itemtype*="BreadcrumbList" i]',
  ...FONT_SIZE_WIDGET_NOISE,
  '[class*="skiplink" i]',
  '[class*="skip-link" i]',
  '[class*="sprungmarke" i]',
  '[class~="shariff" i]',
  '[class*="social-share" i]',
  '[class*="share-buttons" i]',
  // Tokens, not substrings: `has-sharing` headers and `…__sharingContainer` wrappers hold the article.
  '[class~="sharing" i]',
  '[class*="sharing-buttons" i]',
  '[class*="sharing-links" i]',
  '[class~="share" i]',
  '[class*="share-bar" i]',
  '[class*="sharebar" i]',
  // A share widget named for screen readers ("Seite teilen", "Share this page"), whatever its classes.
  '[aria-label*="teilen" i]',
  '[aria-label*="share" i]',
  '[class~="print" i]',
  '[class~="print-link" i]',
  '[class*="bookmark" i]',
  '[class*="totop" i]',
  '[class*="to-top" i]',
  '[class*="back-to-top" i]',
  '[class*="backtotop" i]',
  '[class*="backlink" i]',
  '[class~="tools" i]',
  '[class*="page-tools" i]',
  '[class*="pagination" i]',
  '[role="search"]',
  'form[class*="search" i]',
  'form[action*="such" i]',
  'form[action*="search" i]',
  '.f3-widget-paginator',
  '[class*="pagebrowser" i]',
  '[class*="pagetools" i]',
  // Page footers by id inside the main area (Imperia `#content-footer`: the office's general
  // address, legal and social links). Not by class: an article's own footer (`news-footer`,
  // `article-footer`) holds its date and press contact.
  '[id*="footer" i]',
];

/**
 * Photo credit lines beside pictures ("© Bundesregierung/Steffen Kugler", "Foto: Stadt"):
 * GSB-based federal portals (`copyright-note`, Bundesrat `em.copyright`), TYPO3 and
 * WordPress themes (`image-copyright`, `media-credit`). Glued to the caption
 * ("…festlegt© Bundesregierung") they garble it, and read aloud or translated after
 * every picture they are noise (as GSB 10's `.c-picture__source` above). Class tokens
 * and compound names, not every "copyright" substring.
 */
export const IMAGE_CREDIT_NOISE: readonly string[] = [
  '[class~="copyright" i]',
  '[class*="copyright-note" i]',
  '[class*="image-copyright" i]',
  // BEM elements of picture components (Imperia `image__copyright`, `c-picture__copyright`).
  '[class*="__copyright" i]',
  '[class*="imagecopyright" i]',
  '[class*="img-copyright" i]',
  '[class*="picture-copyright" i]',
  '[class*="photo-credit" i]',
  '[class*="image-credit" i]',
  '[class*="media-credit" i]',
  '[class*="bildnachweis" i]',
  '[class*="fotonachweis" i]',
  '[class*="bildquelle" i]',
];

/** Every selector list, in the order they are applied. */
export const ALL_NOISE_SELECTORS: readonly string[] = [
  ...CONSENT_NOISE,
  ...TYPO3_NOISE,
  ...GSB_NOISE,
  ...IKISS_NOISE,
  ...SITEPARK_IES_NOISE,
  ...NOLIS_NOISE,
  ...DRUPAL_NOISE,
  ...WORDPRESS_NOISE,
  ...CONTAO_NOISE,
  ...JOOMLA_NOISE,
  ...READ_ALOUD_NOISE,
  ...PORTAL_TOOL_NOISE,
  ...IMAGE_CREDIT_NOISE,
];
