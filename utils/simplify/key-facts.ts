/**
 * "Das Wichtigste": the facts a newcomer needs first — what the page is about,
 * what to bring, what it costs, deadlines, dates, where and when, how (online,
 * forms) and whom to contact — built offline from the extracted Article. Each
 * fact keeps the id of the block it came from, so the card can link to it.
 */
import type { Article, Block } from '@/utils/extract/types';
import { findFacts } from './fact-patterns';
import { factWordsFor, foldText } from './fact-words';
import { categoriesOf, isDocumentList, isSectionBreak, sectionOf, type FactCategory } from './key-fact-rules';
import { splitSentences } from './sentences';
import { summarize, type RankInput, type TextRankOptions } from './textrank';

export interface KeyFact {
  text: string;
  /** The block the fact came from (absent for facts from the contact box). */
  blockId?: string;
}

export type KeyFacts = Record<FactCategory | 'about' | 'contact', KeyFact[]>;

/** How many facts of each kind the card shows at most: it must stay a card, not a second page. */
export const KEY_FACT_LIMITS: Record<keyof KeyFacts, number> = {
  about: 3,
  documents: 8,
  fees: 6,
  deadlines: 4,
  dates: 4,
  openingHours: 7,
  address: 2,
  online: 3,
  contact: 4,
};

interface Unit {
  text: string;
  block: Block;
  blockIndex: number;
  inList: boolean;
}

/** Sentences of paragraphs, lines of lists and tables (table cells joined by " | " read as one line). */
function unitsOf(block: Block, blockIndex: number): Unit[] {
  if (block.kind === 'figure' || block.kind === 'pre') return [];
  const inList = block.kind === 'list' || block.kind === 'table';
  const parts = inList ? block.text.split('\n') : splitSentences(block.text);
  return parts.map((text) => ({ text: text.trim(), block, blockIndex, inList })).filter((u) => u.text);
}

const norm = (s: string) => s.replace(/\s+/gu, ' ').trim().toLowerCase();

function emptyFacts(): KeyFacts {
  return { about: [], documents: [], fees: [], deadlines: [], dates: [], openingHours: [], address: [], online: [], contact: [] };
}

function add(facts: KeyFacts, category: keyof KeyFacts, fact: KeyFact): void {
  const list = facts[category];
  const key = norm(fact.text);
  if (list.length >= KEY_FACT_LIMITS[category]) return;
  // A fact already listed, or contained in a listed one, is not repeated.
  if (list.some((f) => norm(f.text).includes(key) || key.includes(norm(f.text)))) return;
  list.push(fact);
}

/** The block whose text contains `text`, for facts that came from the contact box. */
function blockContaining(blocks: readonly Block[], text: string): string | undefined {
  const key = norm(text);
  return blocks.find((b) => norm(b.text).includes(key))?.id;
}

function contactFacts(article: Article, facts: KeyFacts): void {
  const c = article.contact;
  if (!c) return;
  if (c.street) {
    const line = [c.street, [c.postcode, c.town].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const where = [c.office, c.room].filter(Boolean).join(', ');
    add(facts, 'address', { text: where ? `${where}, ${line}` : line, blockId: blockContaining(article.blocks, c.street) });
  }
  for (const hours of c.openingHours ?? []) add(facts, 'openingHours', { text: hours, blockId: blockContaining(article.blocks, hours) });
  if (c.appointmentUrl) add(facts, 'online', { text: c.appointmentUrl });
  for (const phone of c.phones) add(facts, 'contact', { text: phone, blockId: blockContaining(article.blocks, phone) });
  for (const email of c.emails) add(facts, 'contact', { text: email, blockId: blockContaining(article.blocks, email) });
}

/** Fact kinds that make a short line without a full stop a fact line rather than a sentence. */
const FACT_LINE_KINDS = new Set(['street', 'phone', 'email', 'url', 'date', 'time']);

/**
 * Address, contact and date lines ("Wertstoffhof Moosbach, Industriestraße 9,
 * 92709 Moosbach", "Pressemitteilung 06.05.2025") are already facts on the
 * card; as "what the page is about" they are noise, in every language.
 */
function isFactLine(text: string): boolean {
  if (/[.!?؟…]$/u.test(text) || text.split(/\s+/u).length > 10) return false;
  return findFacts(text).some((f) => FACT_LINE_KINDS.has(f.kind));
}

/** TextRank knows the function words and practical words of the article's language (and German ones). */
function rankOptionsFor(lang: string): TextRankOptions {
  const tables = factWordsFor(lang);
  return {
    stopwords: new Set(tables.flatMap((t) => [...t.stopwords])),
    keywordStems: tables.flatMap((t) => t.keywordStems.map(foldText)),
    tokenPrefix: tables.find((t) => t.tokenPrefix)?.tokenPrefix,
  };
}

/**
 * Extract the key facts of an article. Pure; runs in the background and in
 * Node. Each block is read with the word tables of its own language (a German
 * note on a Ukrainian page is read as German).
 */
export function extractKeyFacts(article: Article): KeyFacts {
  const facts = emptyFacts();
  const rankable: RankInput[] = [];
  let section: FactCategory | undefined;
  let labelled = false; // a "Label:" line applies to the next block only
  article.blocks.forEach((block, blockIndex) => {
    const isHeading = block.kind === 'heading';
    const tables = factWordsFor(block.lang ?? article.lang);
    const opens = sectionOf(block.text, isHeading, tables);
    if (opens || isSectionBreak(block.text, isHeading)) {
      section = opens;
      labelled = /:$/u.test(block.text.trim()) && !isHeading && block.kind === 'paragraph';
      return;
    }
    const units = unitsOf(block, blockIndex);
    const blockSection = block.kind === 'list' && isDocumentList(units.map((u) => u.text), tables) ? 'documents' : section;
    for (const unit of units) {
      for (const category of categoriesOf(unit.text, blockSection, unit.inList, tables))
        add(facts, category, { text: unit.text, blockId: block.id });
      if (block.kind === 'paragraph' && !labelled) rankable.push({ text: unit.text, blockId: block.id, blockIndex });
    }
    if (labelled) {
      section = undefined;
      labelled = false;
    }
  });
  contactFacts(article, facts);
  const prose = rankable.filter((u) => !isFactLine(u.text));
  const pool = prose.length > 0 ? prose : rankable;
  const k = Math.min(KEY_FACT_LIMITS.about, Math.max(1, Math.round(pool.length / 4)));
  facts.about = summarize(pool, k, rankOptionsFor(article.lang)).map((s) => ({ text: s.text, blockId: s.blockId }));
  return facts;
}
