/**
 * One of the reader's own texts (a key fact, a word-list explanation) as it is
 * or in translation, like an article block: the translation with its `lang`
 * and `dir` (German names isolated in right-to-left text), the German under
 * it in the two-language views, the German alone while waiting or after a
 * failure (the article's blocks carry the error and the retry). Each part is
 * read aloud in its own language.
 */
import type { ComponentChild } from 'preact';
import { languageDir } from '@/utils/translate/language-dir';
import { isolateLtrRuns } from '@/utils/translate/bidi';
import type { TranslationView } from '@/utils/translate/reader-request';
import { SafeHtml } from './SafeHtml';
import type { BlockState } from './TranslationSession';

export interface TextTranslation {
  blocks: Record<string, BlockState>;
  source: string;
  target: string;
  view: TranslationView;
}

/** A renderer for `(id, text)`: plain text without a translation, else the translation of block `id`. */
export function readerText(translation: TextTranslation | undefined): (id: string, text: string) => ComponentChild {
  return (id, text) => {
    const state = translation?.blocks[id];
    if (!translation || !state || 'status' in state || !state.ok) {
      const pending = Boolean(state && 'status' in state);
      return (
        <span data-read-aloud="" class={pending ? 'll-tr-pending' : undefined} aria-busy={pending ? 'true' : undefined}>
          {text}
        </span>
      );
    }
    const dir = languageDir(translation.target);
    const translated = (
      <SafeHtml
        as="span"
        html={dir === 'rtl' ? isolateLtrRuns(state.html, document) : state.html}
        lang={translation.target}
        dir={dir}
        class="ll-tr-text"
        data-read-aloud=""
      />
    );
    if (translation.view === 'translation') return translated;
    return (
      <>
        {translated}
        <span class="ll-tr-text-original" lang={translation.source} dir="ltr" data-read-aloud="">
          {text}
        </span>
      </>
    );
  };
}
