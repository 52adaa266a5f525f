/**
 * One article block in a translation view: the translation (with its own
 * `lang` and `dir`, German names and numbers isolated in right-to-left text),
 * the German original, or both. A block whose translation failed keeps its
 * German text, is marked, and offers a retry.
 */
import type { Block } from '@/utils/extract/types';
import { errorMessageKey } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { languageDir } from '@/utils/translate/language-dir';
import { isolateLtrRuns } from '@/utils/translate/bidi';
import type { TranslationView } from '@/utils/translate/reader-request';
import { useMemo } from 'preact/hooks';
import { SafeHtml } from './SafeHtml';
import type { BlockState } from './TranslationSession';

type Tag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'p' | 'div';

/** The element a block is shown in; the article title is the h1, so headings start at h2. */
function tagOf(block: Block): Tag {
  if (block.kind === 'heading') return `h${Math.min(6, Math.max(2, (block.level ?? 2) + (block.level === 1 ? 1 : 0)))}` as Tag;
  return block.kind === 'paragraph' ? 'p' : 'div';
}

interface Props {
  block: Block;
  state: BlockState;
  source: string;
  target: string;
  view: TranslationView;
  onRetry: (block: Block) => void;
}

/**
 * The German text. Beside or under a translation it is a companion, not a
 * second heading: screen readers list each heading once.
 */
function Original({ block, source, extraClass = '', companion = false }: { block: Block; source: string; extraClass?: string; companion?: boolean }) {
  return (
    <SafeHtml
      as={companion && block.kind === 'heading' ? 'p' : tagOf(block)}
      html={block.html}
      lang={block.lang ?? source}
      dir="ltr"
      class={`ll-block ll-${block.kind} ll-tr-original ${extraClass}`.trim()}
      data-block-id={block.id}
    />
  );
}

export function TranslatedBlock({ block, state, source, target, view, onRetry }: Props) {
  const dir = languageDir(target);
  const html = useMemo(
    () => ('ok' in state && state.ok ? (dir === 'rtl' ? isolateLtrRuns(state.html, document) : state.html) : undefined),
    [state, dir],
  );

  if ('status' in state) {
    // Until its translation arrives the block shows the German text, marked busy.
    return (
      <div class="ll-tr-row ll-tr-pending" aria-busy="true">
        <Original block={block} source={source} />
      </div>
    );
  }

  if (!state.ok) {
    return (
      <div class="ll-tr-row ll-tr-failed" data-tr-error={state.error}>
        <Original block={block} source={source} />
        <p class="ll-tr-error" role="note">
          {t('translateBlockFailed', t(errorMessageKey(state.error)))}{' '}
          <button type="button" class="ll-tr-retry" onClick={() => onRetry(block)}>
            {t('translateRetry')}
          </button>
        </p>
      </div>
    );
  }

  const translated = (
    <SafeHtml
      as={tagOf(block)}
      html={html ?? ''}
      lang={target}
      dir={dir}
      class={`ll-block ll-${block.kind} ll-tr-translation`}
      data-block-id={block.id}
    />
  );
  if (view === 'translation') return <div class="ll-tr-row">{translated}</div>;
  if (view === 'side-by-side')
    return (
      <div class="ll-tr-row ll-tr-side">
        <Original block={block} source={source} companion />
        {translated}
      </div>
    );
  return (
    <div class="ll-tr-row ll-tr-bilingual">
      {translated}
      <Original block={block} source={source} extraClass="ll-tr-under" companion />
    </div>
  );
}
