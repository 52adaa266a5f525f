/**
 * Fact-preservation check for generated text (LLM rewrite, summaries): every
 * number, date, time, amount, phone number, e-mail, URL and street address in
 * the output must occur in the source (after normalising formats), and the
 * facts that must be kept must still be there. It reports what was invented
 * and what was dropped; it never repairs the text.
 */
import { findFacts, numberValues, type Fact } from './fact-patterns';

export interface FactCheckResult {
  /** True when nothing was invented and nothing required was dropped. */
  ok: boolean;
  /** Facts in the output that the source does not have. */
  invented: Fact[];
  /** Required facts missing from the output. */
  dropped: Fact[];
}

export interface FactCheckOptions {
  /**
   * What must survive: `'all'` (every fact of the source, for full rewrites;
   * the default) or the texts of the key facts (their facts must survive).
   */
  mustKeep?: 'all' | readonly string[];
}

/** A date matches when day and month agree and the year is not contradicted. */
function dateKnown(key: string, sourceDates: readonly string[], sourceNumbers: Set<string>): boolean {
  const [d, m, y] = key.split('.');
  return sourceDates.some((s) => {
    const [sd, sm, sy] = s.split('.');
    if (sd !== d || sm !== m) return false;
    if (!y || y === sy) return true;
    return !sy && sourceNumbers.has(y);
  });
}

function known(fact: Fact, source: Fact[], sourceNumbers: Set<string>): boolean {
  switch (fact.kind) {
    case 'number':
      // Bare numbers may legitimately change form (Zimmer 489 ↔ Raum 489, 8 ↔ 8.00 Uhr).
      // A number left over beside a street or phone match ("Bahnhofstraße 3036304" glued from two lines) is
      // one of the source's number facts even where the source's digit runs are longer.
      return (
        sourceNumbers.has(fact.key) ||
        sourceNumbers.has(String(Number(fact.key))) ||
        source.some((s) => s.kind === 'number' && s.key === fact.key)
      );
    case 'date':
      return dateKnown(
        fact.key,
        source.filter((s) => s.kind === 'date').map((s) => s.key),
        sourceNumbers,
      );
    case 'time':
      // "8 Uhr" in the output may stand for a range end written "8–12 Uhr" in the source.
      return (
        source.some((s) => s.kind === 'time' && s.key === fact.key) ||
        (fact.key.endsWith(':00') && sourceNumbers.has(fact.key.split(':')[0]!))
      );
    default:
      return source.some((s) => s.kind === fact.kind && s.key === fact.key);
  }
}

function present(fact: Fact, output: Fact[], outputNumbers: Set<string>): boolean {
  if (fact.kind === 'number') return outputNumbers.has(fact.key) || outputNumbers.has(String(Number(fact.key)));
  if (fact.kind === 'date') return dateKnown(fact.key, output.filter((o) => o.kind === 'date').map((o) => o.key), outputNumbers);
  return output.some((o) => o.kind === fact.kind && o.key === fact.key);
}

/** Check `output` against `source`. */
export function checkFacts(source: string, output: string, options: FactCheckOptions = {}): FactCheckResult {
  const sourceFacts = findFacts(source);
  const outputFacts = findFacts(output);
  const sourceNumbers = numberValues(source);
  const outputNumbers = numberValues(output);
  // Each fact is reported once, however often the output repeats it (a looping model says "15 Euro" a hundred times).
  const firstOf = () => {
    const seen = new Set<string>();
    return (f: Fact) => {
      const id = `${f.kind}:${f.key}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    };
  };
  const invented = outputFacts.filter(firstOf()).filter((f) => !known(f, sourceFacts, sourceNumbers));
  const mustKeep = options.mustKeep ?? 'all';
  const required = mustKeep === 'all' ? sourceFacts.filter((f) => f.kind !== 'number') : mustKeep.flatMap(findFacts);
  const dropped = required.filter(firstOf()).filter((f) => !present(f, outputFacts, outputNumbers));
  return { ok: invented.length === 0 && dropped.length === 0, invented, dropped };
}
