/** The page's language and writing direction. */

const RTL_LANGS = /^(ar|fa|he|ps|ur|ckb|yi|dv|sd|ug|prs)(-|$)/i;

/**
 * The page's language: `<html lang>`, else `Content-Language` meta, else
 * `og:locale`, else German (the pages this extension is made for).
 */
export function pageLang(doc: Document): string {
  const fromHtml = doc.documentElement.getAttribute('lang') || doc.documentElement.getAttribute('xml:lang');
  // The metas only when `<html>` names no language (most pages do): a query over the whole page is not free.
  const lang = (fromHtml || metaLang(doc) || 'de').split(',')[0]!.trim();
  return /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(lang) ? lang : 'de';
}

/** The `Content-Language` meta, else `og:locale`; the first of each in page order. */
function metaLang(doc: Document): string | undefined {
  let contentLanguage: string | null | undefined;
  let locale: string | null | undefined;
  // One pass over the metas: jsdom's selector engine is slow on case-insensitive attribute selectors.
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    if (contentLanguage === undefined && (meta.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-language')
      contentLanguage = meta.getAttribute('content');
    if (locale === undefined && meta.getAttribute('property') === 'og:locale') locale = meta.getAttribute('content');
  }
  return contentLanguage || locale?.replace('_', '-');
}

/** Direction from the language, else from Readability's guess. */
export function textDir(lang: string, fallback?: string): 'ltr' | 'rtl' {
  if (RTL_LANGS.test(lang)) return 'rtl';
  return fallback === 'rtl' ? 'rtl' : 'ltr';
}
