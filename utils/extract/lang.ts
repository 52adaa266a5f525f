/** The page's language and writing direction. */

const RTL_LANGS = /^(ar|fa|he|ps|ur|ckb|yi|dv|sd|ug|prs)(-|$)/i;

/**
 * The page's language: `<html lang>`, else `Content-Language` meta, else
 * `og:locale`, else German (the pages this extension is made for).
 */
export function pageLang(doc: Document): string {
  const fromHtml = doc.documentElement.getAttribute('lang') || doc.documentElement.getAttribute('xml:lang');
  const fromMeta =
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')?.replace('_', '-');
  const lang = (fromHtml || fromMeta || 'de').split(',')[0]!.trim();
  return /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(lang) ? lang : 'de';
}

/** Direction from the language, else from Readability's guess. */
export function textDir(lang: string, fallback?: string): 'ltr' | 'rtl' {
  if (RTL_LANGS.test(lang)) return 'rtl';
  return fallback === 'rtl' ? 'rtl' : 'ltr';
}
