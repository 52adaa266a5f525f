/**
 * What the plain-language rewrite sends to the model. Short articles go whole;
 * long ones would overflow a small local model's context (Ollama's default
 * window is 2,048–4,096 tokens, and the answer needs room too), so past the
 * budget the model gets "Das Wichtigste" (the key facts, built offline) and
 * then the article's first blocks, as many as fit. German runs at about 3.5
 * characters per token: 4,000 characters are about 1,150 tokens, which leaves
 * room for the ~300-token system prompt and an answer of the same length in
 * a 4,096-token window. The fact check always runs against exactly this text.
 */
import type { Article } from '@/utils/extract/types';
import type { KeyFacts } from './key-facts';

/** Characters of article text sent at most (see above). */
export const REWRITE_SOURCE_BUDGET = 4000;

export interface RewriteSource {
  text: string;
  scope: 'article' | 'excerpt';
}

const KEY_FACT_ORDER: (keyof KeyFacts)[] = ['about', 'documents', 'fees', 'deadlines', 'dates', 'address', 'openingHours', 'online', 'contact'];

/** The text to rewrite: the article, or its key facts and first blocks within `budget` characters. */
export function rewriteSource(article: Pick<Article, 'blocks'>, facts: () => KeyFacts, budget = REWRITE_SOURCE_BUDGET): RewriteSource {
  const blocks = article.blocks.map((b) => b.text.trim()).filter(Boolean);
  const whole = blocks.join('\n\n');
  if (whole.length <= budget) return { text: whole, scope: 'article' };
  const keyFacts = facts();
  const lines = [...new Set(KEY_FACT_ORDER.flatMap((key) => keyFacts[key].map((f) => f.text.trim())))].filter(Boolean);
  const factLines: string[] = [];
  let used = 0;
  // The facts get at most half the budget; the article's opening gets the rest.
  for (const line of lines.map((l) => `- ${l}`)) {
    if (used + line.length + 1 > budget / 2) break;
    factLines.push(line);
    used += line.length + 1;
  }
  const parts = factLines.length ? [`Das Wichtigste:\n${factLines.join('\n')}`] : [];
  for (const block of blocks) {
    const room = budget - used - 2;
    if (block.length > room) {
      // A first block longer than the room is cut at its last sentence end that fits.
      if (parts.length === 0) parts.push(block.slice(0, block.lastIndexOf('. ', room) + 1 || room));
      break;
    }
    parts.push(block);
    used += block.length + 2;
  }
  return { text: parts.join('\n\n').trim(), scope: 'excerpt' };
}
