/**
 * Read the translations out of an LLM's reply. Models wrap JSON in code
 * fences, add a sentence before it, or return `{"translations": [...]}`; all
 * of that is accepted, anything else is `bad-response`.
 */
import { TranslateError } from '../translate-error';

function candidates(content: string): string[] {
  const out: string[] = [content.trim()];
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(content);
  if (fenced?.[1]) out.push(fenced[1].trim());
  const first = content.indexOf('[');
  const last = content.lastIndexOf(']');
  if (first >= 0 && last > first) out.push(content.slice(first, last + 1));
  const brace = content.indexOf('{');
  const braceEnd = content.lastIndexOf('}');
  if (brace >= 0 && braceEnd > brace) out.push(content.slice(brace, braceEnd + 1));
  return out;
}

function asList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of ['translations', 'translation', 'texts', 'result']) if (Array.isArray(obj[key])) return obj[key];
  }
  return undefined;
}

/** The `count` translations in order, or a `bad-response` TranslateError. */
export function parseTranslations(content: string, count: number): string[] {
  for (const candidate of candidates(content)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(candidate);
    } catch {
      continue;
    }
    const list = asList(parsed);
    if (!list) continue;
    // Items may come as strings or as {"text": "..."} objects.
    const texts = list.map((item) => (typeof item === 'string' ? item : item && typeof item === 'object' && typeof (item as { text?: unknown }).text === 'string' ? (item as { text: string }).text : undefined));
    if (texts.some((t) => t === undefined)) continue;
    if (texts.length !== count) throw new TranslateError('bad-response', `LLM returned ${texts.length} translations for ${count} texts`, { mismatch: true });
    return texts as string[];
  }
  // A single text may come back unwrapped.
  if (count === 1 && content.trim() && !/^[[{]/.test(content.trim())) return [content.trim()];
  throw new TranslateError('bad-response', 'LLM reply is not a JSON array of translations');
}
