/**
 * Split an over-long text into pieces under a size limit, at sentence
 * boundaries where possible, so engines with per-query limits (MyMemory:
 * 500 bytes) still get whole sentences. Joining the pieces with `joinPieces`
 * gives back the text's structure.
 */

const encoder = new TextEncoder();

/** UTF-8 length of a string. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * German abbreviations that end in a full stop but do not end a sentence
 * (municipal pages are full of them: "Str.", "Nr.", "Tel.", "z. B.").
 */
const ABBREVIATIONS = /(?:(?:^|[\s(])\p{L}\.|\b(?:bzw|ca|etc|evtl|ggf|inkl|max|min|Nr|Str|Tel|Abs|Art|Az|usw|vgl|Hr|Fr|Dr|Prof|St|Mo|Di|Mi|Do|Sa|So|Jan|Feb|Aug|Sept|Okt|Nov|Dez|Zi|Geb|Tsd|Mio|Mrd|bspw|sog|zzgl|lt)\.|\b\d{1,2}\.)$/iu;

/** Split plain text into sentences (keeping the trailing space with each sentence). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?…:;]+["»“”)]*\s+/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const candidate = text.slice(start, m.index + m[0].trimEnd().length);
    // A full stop after an abbreviation or an ordinal ("3. Mai") is not a sentence end.
    if (ABBREVIATIONS.test(candidate) || !/^\s*[\p{Lu}\p{N}"„»(]/u.test(text.slice(end))) continue;
    out.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) out.push(text.slice(start));
  return out.filter((s) => s.length > 0);
}

/** Cut a piece that is still too long at word boundaries (last resort: code points). */
function hardSplit(text: string, fits: (s: string) => boolean): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/(?<=\s)/)) {
    if (fits(current + word)) {
      current += word;
      continue;
    }
    if (current) out.push(current);
    current = '';
    if (fits(word)) {
      current = word;
      continue;
    }
    for (const ch of word) {
      if (!fits(current + ch)) {
        out.push(current);
        current = '';
      }
      current += ch;
    }
  }
  if (current) out.push(current);
  return out;
}

/**
 * Pieces of `text`, each satisfying `fits`, packing whole sentences together
 * where they fit. With `eachSentence`, every sentence becomes its own piece.
 */
export function splitToFit(text: string, fits: (s: string) => boolean, eachSentence = false): string[] {
  if (fits(text) && !eachSentence) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of splitSentences(text)) {
    if (!eachSentence && fits(current + sentence)) {
      current += sentence;
      continue;
    }
    if (current) pieces.push(current);
    current = '';
    if (fits(sentence)) current = sentence;
    else pieces.push(...hardSplit(sentence, fits));
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Rejoin translated pieces. Pieces keep their trailing whitespace in the
 * source; engines usually trim it, so put one space back between pieces.
 */
export function joinPieces(pieces: string[]): string {
  return pieces.map((p, i) => (i < pieces.length - 1 && !/\s$/.test(p) ? p + ' ' : p)).join('');
}
