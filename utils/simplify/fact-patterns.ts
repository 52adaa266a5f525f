/**
 * Finding the hard facts of a German text — amounts, dates, times, phone
 * numbers, e-mail addresses, URLs, street addresses and other numbers — each
 * with a normalised key, so "37,00 €" equals "37 Euro" and "8.00 Uhr" equals
 * "8:00 Uhr". Used by the key-facts card and by the fact-preservation check.
 */

import { asciiDigits } from './fact-words/fold';

export type FactKind = 'url' | 'email' | 'phone' | 'amount' | 'date' | 'time' | 'street' | 'number';

export interface Fact {
  kind: FactKind;
  /** The text as it stands. */
  text: string;
  /** Normalised form for comparison. */
  key: string;
  index: number;
}

export const MONTHS_DE = [
  'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
];
const MONTH_ALT = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Okt\\.|Nov\\.|Dez\\.';

const STREET_WORDS = 'straße|strasse|str\\.|weg|platz|allee|ring|gasse|damm|ufer|markt|chaussee|promenade|steig|hof|graben';
const STREET_WORDS_CAP = STREET_WORDS.split('|').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|');

/** Patterns in the order they are applied; each match is masked before the next pattern runs. */
const PATTERNS: [FactKind, RegExp][] = [
  ['url', /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/giu],
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/giu],
  ['amount', new RegExp(`(?:(?:€|EUR)\\s?\\d{1,3}(?:[.\\s]\\d{3})*(?:,\\d{1,2}|,-{1,2})?|\\d{1,3}(?:\\.\\d{3})+(?:,(?:\\d{1,2}|-{1,2}))?\\s?(?:€|Euro|EUR)|\\d+(?:[,.]\\d{1,2}|,-{1,2})?\\s?(?:€|Euro|EUR))`, 'gu')],
  ['date', new RegExp(`\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\s?\\d{4}|\\s?\\d{2}(?!\\d))?|\\b\\d{1,2}\\.\\s?(?:${MONTH_ALT})(?:\\s\\d{4})?`, 'gu')],
  // A number stays on its line: two phones on consecutive lines ("06183 941-2214" / "- 06183 941-2200") are two.
  ['phone', /(?:\+\d{2}[ \t\u00a0]?(?:\(0\)[ \t\u00a0]?)?|\b0)\d[\d \t\u00a0/()–-]{4,}\d/gu],
  ['time', /\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?Uhr)?(?!\d)|\b(?:[01]?\d|2[0-3])\s?Uhr\b/gu],
  [
    'street',
    new RegExp(
      `(?:\\p{Lu}[\\p{L}-]+\\s(?:${STREET_WORDS_CAP})|\\p{Lu}[\\p{L}-]*(?:${STREET_WORDS}))\\s\\d{1,4}(?:\\s?[a-z](?![\\p{L}]))?`,
      'gu',
    ),
  ],
  ['number', /\d+(?:[.,]\d+)*/gu],
];

function amountKey(text: string): string {
  const m = /(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:([,.])(\d{1,2}|-{1,2}))?/u.exec(text);
  if (!m) return text;
  const whole = m[1]!.replace(/[.\s]/gu, '');
  const cents = m[3] && /\d/u.test(m[3]) ? m[3].padEnd(2, '0') : '00';
  return `${Number(whole)}.${cents}`;
}

function dateKey(text: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (iso) return `${Number(iso[3])}.${Number(iso[2])}.${iso[1]}`;
  const named = /(\d{1,2})\.\s?(\p{L}+)\.?(?:\s(\d{4}))?/u.exec(text);
  if (named) {
    const month = MONTHS_DE.findIndex((m) => m.startsWith(named[2]!.toLowerCase().replace('jänner', 'januar').slice(0, 3))) + 1;
    return `${Number(named[1])}.${month}${named[3] ? `.${named[3]}` : ''}`;
  }
  const num = /(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{2,4}))?/u.exec(text);
  if (!num) return text;
  const year = num[3] ? (num[3].length === 2 ? `20${num[3]}` : num[3]) : '';
  return `${Number(num[1])}.${Number(num[2])}${year ? `.${year}` : ''}`;
}

function keyOf(kind: FactKind, text: string): string {
  switch (kind) {
    case 'url':
      return text.toLowerCase().replace(/^https?:\/\//u, '').replace(/^www\./u, '').replace(/\/+$/u, '');
    case 'email':
      return text.toLowerCase();
    case 'phone':
      return text.replace(/\(0\)/u, '').replace(/^\+49/u, '0').replace(/\D/gu, '');
    case 'amount':
      return amountKey(text);
    case 'date':
      return dateKey(text);
    case 'time': {
      const m = /(\d{1,2})(?:[:.](\d{2}))?/u.exec(text)!;
      return `${Number(m[1])}:${m[2] ?? '00'}`;
    }
    case 'street':
      return text
        .toLowerCase()
        .replace(/str\.(?=\s)/u, 'straße')
        .replace(/strasse/u, 'straße')
        .replace(/(\d)\s+([a-z])$/u, '$1$2')
        .replace(/\s+/gu, ' ');
    case 'number':
      return text.replace(/[.,]/gu, '');
  }
}

/**
 * All facts in a text, in text order. Each character belongs to at most one fact.
 * Arabic-Indic and Persian digits count as digits ("٨:٣٠" is the time 8:30); the
 * fact's text stays as written.
 */
export function findFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  const ascii = asciiDigits(text);
  let masked = ascii;
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of masked.matchAll(pattern)) {
      const raw = m[0];
      if (kind === 'phone' && raw.replace(/\D/gu, '').length < 6) continue;
      const trimmed = raw.replace(/[\s/–-]+$/u, '');
      const asWritten = text.slice(m.index, m.index + trimmed.length);
      facts.push({ kind, text: asWritten, key: keyOf(kind, trimmed), index: m.index });
      masked = masked.slice(0, m.index) + ' '.repeat(raw.length) + masked.slice(m.index + raw.length);
    }
  }
  return facts.sort((a, b) => a.index - b.index);
}

/** Every numeric value in a text, however it is written ("8.00" gives 8 and 00 and 800). */
export function numberValues(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of asciiDigits(text).matchAll(/\d+(?:[.,:]\d+)*/gu)) {
    out.add(m[0].replace(/[.,:]/gu, ''));
    for (const part of m[0].split(/[.,:]/u)) out.add(String(Number(part)));
  }
  return out;
}
