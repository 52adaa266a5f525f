/**
 * Issue 6: the labels of the key-facts card, the contact card and the
 * plain-language panel are localized in all seven locales — present, not
 * empty, and (outside German) really translated, not the English text copied
 * in by `add-messages.mjs`. The keys are read from the components' sources,
 * so a new label cannot slip past.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');
const COMPONENTS = [
  'components/KeyFactsCard.tsx',
  'components/ContactCard.tsx',
  'components/RewritePanel.tsx',
  'components/WordList.tsx',
  'components/ReadAloudVoice.tsx',
];
const messages = Object.fromEntries(
  readdirSync(LOCALES).map((lang) => [lang, JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>]),
);
/** Words that are the same in English and the language (a loan word), checked by hand. */
const SAME_AS_ENGLISH = new Set<string>();

describe('card labels', () => {
  const keys = new Set<string>();
  for (const file of COMPONENTS) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const m of source.matchAll(/'((?:simplify|contact|rewrite|readerAloud)[A-Z]\w+)'/g)) keys.add(m[1]!);
  }

  it('finds the labels of all three cards', () => {
    expect([...keys].filter((k) => k.startsWith('contact')).length).toBeGreaterThanOrEqual(10);
    expect([...keys].filter((k) => k.startsWith('simplify')).length).toBeGreaterThanOrEqual(18);
    expect([...keys].filter((k) => k.startsWith('rewrite')).length).toBeGreaterThanOrEqual(12);
  });

  it('ships all seven locales', () => {
    expect(Object.keys(messages).sort()).toEqual(['ar', 'de', 'en', 'fa', 'ru', 'tr', 'uk']);
  });

  it.each(['ar', 'de', 'en', 'fa', 'ru', 'tr', 'uk'])('%s has every label, translated', (lang) => {
    for (const key of keys) {
      const text = messages[lang]![key]?.message;
      expect(text, `${lang}: ${key}`).toBeTruthy();
      if (lang !== 'en' && lang !== 'de' && !SAME_AS_ENGLISH.has(`${lang}:${key}`))
        expect(text, `${lang}: ${key} is the English text`).not.toBe(messages.en![key]!.message);
    }
  });
});
