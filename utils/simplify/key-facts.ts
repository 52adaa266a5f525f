/**
 * "Das Wichtigste": the facts a newcomer needs first — what the page is about,
 * what to bring, what it costs, deadlines, dates, where and when, how (online,
 * forms) and whom to contact — built offline from the extracted Article. Each
 * fact keeps the id of the block it came from, so the card can link to it.
 */
import type { Article, Block } from '@/utils/extract/types';
import { categoriesOf, isDocumentList, isSectionBreak, sectionOf, type FactCategory } from './key-fact-rules';
import { splitSentences } from './sentences';
import { summarize, type RankInput } from './textrank';

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

/** Extract the key facts of an article. Pure; runs in the content script and in Node. */
export function extractKeyFacts(article: Article): KeyFacts {
  const facts = emptyFacts();
  const rankable: RankInput[] = [];
  let section: FactCategory | undefined;
  let labelled = false; // a "Label:" line applies to the next block only
  article.blocks.forEach((block, blockIndex) => {
    const isHeading = block.kind === 'heading';
    const opens = sectionOf(block.text, isHeading);
    if (opens || isSectionBreak(block.text, isHeading)) {
      section = opens;
      labelled = /:$/u.test(block.text.trim()) && !isHeading && block.kind === 'paragraph';
      return;
    }
    const units = unitsOf(block, blockIndex);
    const blockSection = block.kind === 'list' && isDocumentList(units.map((u) => u.text)) ? 'documents' : section;
    for (const unit of units) {
      for (const category of categoriesOf(unit.text, blockSection, unit.inList))
        add(facts, category, { text: unit.text, blockId: block.id });
      if (block.kind === 'paragraph' && !labelled) rankable.push({ text: unit.text, blockId: block.id, blockIndex });
    }
    if (labelled) {
      section = undefined;
      labelled = false;
    }
  });
  contactFacts(article, facts);
  const k = Math.min(KEY_FACT_LIMITS.about, Math.max(1, Math.round(rankable.length / 4)));
  facts.about = summarize(rankable, k).map((s) => ({ text: s.text, blockId: s.blockId }));
  return facts;
}
