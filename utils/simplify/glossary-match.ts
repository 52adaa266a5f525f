/**
 * Finding glossary terms in German text, inflected and inside compounds:
 * "Gebühren" and "Bescheides" are Gebühr and Bescheid; "Anträge" is Antrag;
 * "Erstanmeldung" ends in Anmeldung (the head of a German compound carries
 * its meaning). The longest term wins ("Widerspruchsfrist" before "Frist").
 */
import type { GlossaryEntry } from './glossary-de';

export interface GlossaryMatch {
  start: number;
  end: number;
  /** The word as it stands in the text. */
  text: string;
  entry: GlossaryEntry;
  /** `base`: the term itself; `inflected`: an inflected form; `compound`: the term is the compound's head. */
  form: 'base' | 'inflected' | 'compound';
}

/** Inflection endings of nouns and adjectives, longest first. */
const ENDINGS = ['nen', 'ern', 'es', 'en', 'er', 'em', 'se', 'e', 'n', 's', ''];

/**
 * Heads that mean something else inside compounds ("Parkanlage" is no
 * attachment, "Stadthaushalt" is a budget), and prepositions that must match
 * as whole words only.
 */
const NO_COMPOUND = new Set([
  'anlage', 'vorlage', 'haushalt', 'aufenthalt', 'leistungen', 'bedarf', 'gemeinde', 'abgabe', 'einrichtung',
  'beitrag', 'gewerbe', 'verwaltung', 'termin', 'frist', 'antrag', 'zuzug', 'zusage', 'urkunde', 'unterhalt',
  'zwecks', 'seitens', 'mittels', 'bezüglich', 'gemäß', 'hinsichtlich', 'gültig', 'persönlich', 'zuständig',
  'verfahren', 'satzung', 'visum', 'formular', 'nachweis', 'auskunft', 'bescheid', 'gebühr',
]);
const MIN_HEAD = 6;
const MIN_MODIFIER = 3;

export interface GlossaryIndex {
  byTerm: Map<string, GlossaryEntry>;
  /** Terms allowed as compound heads, longest first. */
  heads: string[];
}

/** Build the lookup once per glossary. */
export function buildGlossaryIndex(entries: readonly GlossaryEntry[]): GlossaryIndex {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const e of entries) byTerm.set(e.term.toLowerCase(), e);
  const heads = [...byTerm.keys()]
    .filter((t) => t.length >= MIN_HEAD && !NO_COMPOUND.has(t) && !t.includes('-'))
    .sort((a, b) => b.length - a.length);
  return { byTerm, heads };
}

const UMLAUT_BACK: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

/** Candidate lemmas of a word: endings stripped, umlaut plurals undone (Anträge → Antrag). */
function lemmas(word: string): { lemma: string; inflected: boolean }[] {
  const out: { lemma: string; inflected: boolean }[] = [];
  for (const ending of ENDINGS) {
    if (ending && (!word.endsWith(ending) || word.length - ending.length < 4)) continue;
    const stem = word.slice(0, word.length - ending.length);
    out.push({ lemma: stem, inflected: ending !== '' });
    if (ending) {
      const m = /([äöü])([^aeiouäöü]*)$/u.exec(stem);
      if (m) out.push({ lemma: stem.slice(0, m.index) + UMLAUT_BACK[m[1]!] + m[2], inflected: true });
    }
  }
  return out;
}

function lookup(word: string, index: GlossaryIndex): { entry: GlossaryEntry; form: GlossaryMatch['form'] } | undefined {
  const lower = word.toLowerCase();
  for (const { lemma, inflected } of lemmas(lower)) {
    const entry = index.byTerm.get(lemma);
    if (entry) return { entry, form: inflected ? 'inflected' : 'base' };
  }
  // Compound: a known term as the head, with a real modifier in front of it.
  for (const { lemma } of lemmas(lower)) {
    for (const head of index.heads) {
      if (lemma.length - head.length >= MIN_MODIFIER && lemma.endsWith(head)) {
        return { entry: index.byTerm.get(head)!, form: 'compound' };
      }
    }
  }
  return undefined;
}

/** All glossary terms in `text`, in text order, one per word. */
export function findGlossaryTerms(text: string, index: GlossaryIndex): GlossaryMatch[] {
  const out: GlossaryMatch[] = [];
  for (const m of text.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)) {
    const hit = lookup(m[0], index);
    if (!hit) continue;
    // Adjective entries are lower case; a capitalised form is then a noun ("das Persönliche") or a sentence start.
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry: hit.entry, form: hit.form });
  }
  return out;
}

/** The plain word for a match when swapping it is safe (the term in its base form), in the match's case. */
export function plainFor(match: GlossaryMatch): string | undefined {
  const plain = match.entry.plain;
  if (!plain || match.form !== 'base') return undefined;
  const upper = /^\p{Lu}/u.test(match.text);
  return upper ? plain.charAt(0).toUpperCase() + plain.slice(1) : plain;
}

/** Text with every safely replaceable glossary term swapped for its plain word. */
export function simplerWords(text: string, index: GlossaryIndex): { text: string; replaced: number } {
  let out = '';
  let last = 0;
  let replaced = 0;
  for (const match of findGlossaryTerms(text, index)) {
    const plain = plainFor(match);
    if (!plain) continue;
    out += text.slice(last, match.start) + plain;
    last = match.end;
    replaced++;
  }
  return { text: out + text.slice(last), replaced };
}
