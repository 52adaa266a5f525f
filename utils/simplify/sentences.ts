/**
 * German sentence splitting for city-hall pages. `Intl.Segmenter` splits after
 * every abbreviation and ordinal ("z.", "B.", "3. Oktober"); the best library
 * measured (sentencex) is a native Node addon and cannot run in a content
 * script, so this is an own rule set in the same spirit: a period ends a
 * sentence unless the token before it is an abbreviation, an initial, or an
 * ordinal number, or the next word starts in lower case.
 */
import {
  ABBREVIATIONS_DE,
  ORDINAL_FOLLOWERS,
  ORDINAL_LEADERS,
  SENTENCE_FINAL_ABBREVIATIONS,
} from './abbreviations-de';
import { ABBREVIATIONS_INTL, YEAR_MARKS } from './abbreviations-intl';

/** A sentence with its position in the text it was split from. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Terminal punctuation (with the Arabic question mark and the Urdu/Persian full stop), then closing quotes/brackets, then whitespace.
// The Arabic comma "،" and semicolon "؛" do not end a sentence.
const CANDIDATE = /([.!?…؟۔]+)(["'»«“”‘’)\]]*)(\s+)/gu;
const ROMAN = /^[IVXLC]+$/;
const LAW_CODE = /^(SGB|BGB|GG|StGB|AufenthG|BauGB|VwVfG|BMG|PassG|PAuswG|AO|BKGG|EStG)$/;

/** The token right before position `end` (letters, digits and inner dots). */
function tokenBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && !/\s/u.test(text[i - 1]!)) i--;
  return text.slice(i, end).replace(/^[("'»«“„‘]+/u, '');
}

/** The word after position `start`, with its first character. */
function wordAfter(text: string, start: number): string {
  const m = /^["'»«“„‘(]*([\p{L}\p{N}§][\p{L}\p{N}-]*)/u.exec(text.slice(start));
  return m ? m[1]! : text.slice(start, start + 1);
}

/** Previous word before `token` (for "am 3." style ordinals). */
function wordBeforeToken(text: string, tokenStart: number): string {
  const m = /([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, tokenStart - 30), tokenStart));
  return m ? m[1]!.toLowerCase() : '';
}

/** True when the period after `token` does not end the sentence. */
function periodContinues(text: string, token: string, tokenStart: number, next: string): boolean {
  const first = next.charAt(0);
  // German sentences start with a capital, a digit or a quote; lower case continues ("ca. zwei").
  if (/\p{Ll}/u.test(first)) return true;
  const bare = token.replace(/\.+$/u, '');
  const lower = bare.toLowerCase();
  if (SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return false;
  if (YEAR_MARKS.has(lower) && /\d{4}\s*$/u.test(text.slice(0, tokenStart))) return false;
  if (/^\p{L}$/u.test(bare)) return true; // initials and z. B., d. h., u. a.
  if (/^(\p{L}{1,4}\.)+\p{L}{1,4}$/u.test(bare)) return true; // z.B., i.d.R., o.ä.
  if (ABBREVIATIONS_DE.has(lower) || ABBREVIATIONS_INTL.has(lower)) return true;
  // "Dipl.-Ing.", "Hauptstr.": the last part is the abbreviation.
  const lastPart = lower.split(/[-/.]/u).pop() ?? '';
  if (lastPart !== lower && ABBREVIATIONS_DE.has(lastPart) && lastPart.length > 1) return true;
  if (/\p{L}str$/u.test(lower)) return true; // "Hauptstr.", "Bahnhofstr."; no German word ends in -str
  if (/^§+$/u.test(bare)) return true;
  if (/^\d{1,3}$/u.test(bare)) {
    // "am 1. 7.", "3. Oktober", "2. OG", "der 1. Bürgermeister"
    if (/^\d/u.test(first)) return true;
    if (ORDINAL_FOLLOWERS.has(next.toLowerCase())) return true;
    if (ORDINAL_LEADERS.has(wordBeforeToken(text, tokenStart))) return true;
    return false;
  }
  if (/^\d{1,2}\.\d{1,2}$/u.test(bare) && /^\d/u.test(first)) return true; // "1.7. 2025"
  if (ROMAN.test(bare)) {
    // "SGB II. Fragen?" ends a sentence; "Wilhelm II. ließ" was caught by lower case above.
    const before = text.slice(Math.max(0, tokenStart - 12), tokenStart).trim().split(/\s+/u).pop() ?? '';
    return !LAW_CODE.test(before) && ORDINAL_FOLLOWERS.has(next.toLowerCase());
  }
  return false;
}

/**
 * Split German text into sentences with their offsets. Line breaks always end
 * a sentence (blocks and list items arrive one per line).
 */
export function splitSentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    splitLine(line, lineStart, spans);
    lineStart += line.length + 1;
  }
  return spans;
}

function splitLine(line: string, offset: number, out: SentenceSpan[]): void {
  let start = 0;
  const push = (end: number) => {
    const raw = line.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: offset + start + lead, end: offset + start + lead + trimmed.length });
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(line); m; m = CANDIDATE.exec(line)) {
    const punct = m[1]!;
    const puncEnd = m.index + punct.length + m[2]!.length;
    const nextStart = puncEnd + m[3]!.length;
    if (nextStart >= line.length) break;
    const next = wordAfter(line, nextStart);
    let split: boolean;
    if (punct === '.') {
      const token = tokenBefore(line, m.index);
      split = !periodContinues(line, token, m.index - token.length, next);
    } else {
      // "?", "!", "…" and "...": a lower-case word after them continues the sentence.
      split = !/\p{Ll}/u.test(next.charAt(0));
    }
    if (split) {
      push(puncEnd);
      start = nextStart;
    }
  }
  push(line.length);
}

/** Split German text into sentences (trimmed). */
export function splitSentences(text: string): string[] {
  return splitSentenceSpans(text).map((s) => s.text);
}
