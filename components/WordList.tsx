/**
 * "Wörter aus dem Text": the glossary terms of the article with their plain
 * explanations, after the article. On paper it is the handout's word list;
 * read aloud, it follows the article; translated, each explanation is in the
 * reader's language while the German term, the word the office uses, stays.
 * The explanations open one at a time on the marked terms too (GlossaryLayer).
 */
import type { ComponentChild } from 'preact';
import { t } from '@/utils/i18n';
import { wordId, type WordListEntry } from '@/utils/reader/reader-texts';

export interface WordListProps {
  entries: WordListEntry[];
  /** Shows an explanation (as written, or translated). */
  text: (id: string, text: string) => ComponentChild;
}

export function WordList({ entries, text }: WordListProps) {
  if (entries.length === 0) return null;
  return (
    <section class="ll-words" aria-labelledby="ll-words-title">
      <h2 id="ll-words-title" data-read-aloud="label">
        {t('simplifyWordList')}
      </h2>
      {/* The glossary is German: terms and explanations carry its language whatever the UI's. */}
      <dl lang="de" dir="ltr">
        {entries.map((entry, i) => (
          <div key={entry.term}>
            <dt data-read-aloud="">{entry.term}</dt>
            <dd>{text(wordId(i), entry.explanation)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
