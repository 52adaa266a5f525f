/**
 * Everything the reader shows from `utils/simplify` in one call: key facts,
 * readability scores and the glossary words that occur in the article. It
 * runs in the background (the reader asks with `cs-bg-analyze`), so the rules,
 * TextRank and the glossary data stay out of the content script, whose bundle
 * has a 60 KB budget. Pure: Article in, plain data out.
 */
import type { Article } from '@/utils/extract/types';
import { glossaryDe } from './glossary-de';
import { buildGlossaryIndex, findGlossaryTerms, plainFor, type GlossaryIndex } from './glossary-match';
import type { GlossaryWord } from './glossary-words';
import { extractKeyFacts, type KeyFacts } from './key-facts';
import { readabilityScores, type ReadabilityScores } from './readability';

export interface ArticleAnalysis {
  facts: KeyFacts;
  scores: ReadabilityScores;
  /** Every word of the article that is a glossary term, as written, for marking in the reader. */
  words: GlossaryWord[];
}

let fullIndex: GlossaryIndex | undefined;

const isGerman = (lang: string | undefined) => /^de(-|$)/iu.test(lang ?? '');

/** The glossary words of the German blocks, each surface form once. */
export function glossaryWordsIn(article: Pick<Article, 'blocks' | 'lang'>): GlossaryWord[] {
  fullIndex ??= buildGlossaryIndex(glossaryDe());
  const found = new Map<string, GlossaryWord>();
  for (const block of article.blocks) {
    if (!isGerman(block.lang ?? article.lang)) continue;
    for (const match of findGlossaryTerms(block.text, fullIndex)) {
      if (found.has(match.text)) continue;
      const plain = plainFor(match);
      found.set(match.text, {
        word: match.text,
        term: match.entry.term,
        explanation: match.entry.explanation,
        ...(plain ? { plain } : {}),
      });
    }
  }
  return [...found.values()];
}

/** Key facts, scores and glossary words of an article. */
export function analyzeArticle(article: Article): ArticleAnalysis {
  return {
    facts: extractKeyFacts(article),
    scores: readabilityScores(article.text, article.lang),
    words: glossaryWordsIn(article),
  };
}
