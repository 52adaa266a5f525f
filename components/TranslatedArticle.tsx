/**
 * The reader's article in translation: a bar saying where the text goes and
 * how to show it (translation only, side by side, German under each block),
 * then the blocks in document order as their translations arrive. With no
 * engine available it explains the choice on one screen and links the options.
 */
import type { Article } from '@/utils/extract/types';
import { errorMessageKey } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { setTranslationView, type TranslationView } from '@/utils/translate/reader-request';
import type { TranslatePlan } from '@/utils/messaging/translate-port';
import { TranslatedBlock } from './TranslatedBlock';
import type { TranslationSessionState } from './TranslationSession';

const VIEWS: { id: TranslationView; label: string }[] = [
  { id: 'translation', label: 'translateViewTranslation' },
  { id: 'side-by-side', label: 'translateViewSideBySide' },
  { id: 'bilingual', label: 'translateViewBilingual' },
];

/** Primary subtag of the article's language: engines take `de`, not `de-DE`. */
export function sourceOf(article: Article): string {
  return (article.lang || 'de').split('-')[0]!.toLowerCase();
}

/** The language's own name ("العربية"), which its reader recognises whatever the UI language. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function privacyLabel(plan: TranslatePlan | undefined): string {
  if (!plan) return t('translateStarting');
  if (plan.kind === 'local') return t('translatePrivacyDevice');
  if (plan.kind === 'remote')
    return plan.destination === 'device' ? t('translatePrivacyDevice') : t('translatePrivacySent', plan.destination);
  return '';
}

function NoEngine({ target, onOpenOptions }: { target: string; onOpenOptions: () => void }) {
  return (
    <section class="ll-tr-noengine" aria-labelledby="ll-tr-noengine-heading">
      <h2 id="ll-tr-noengine-heading">{t('translateNoEngineHeading')}</h2>
      <p>{t('translateNoEngineText', languageName(target))}</p>
      <ul>
        <li>{t('translateNoEngineLocal')}</li>
        <li>{t('translateNoEngineServer')}</li>
        <li>{t('translateNoEngineKeyed')}</li>
      </ul>
      <button type="button" class="ll-tr-options" onClick={onOpenOptions}>
        {t('translateOpenOptions')}
      </button>
    </section>
  );
}

export interface TranslatedArticleProps {
  article: Article;
  target: string;
  view: TranslationView;
  /** The running translation (ReaderView's: it also translates the key-facts card and the word list). */
  session: TranslationSessionState;
  /** Show the original again. */
  onShowOriginal: () => void;
}

export function TranslatedArticle({ article, target, view, session, onShowOriginal }: TranslatedArticleProps) {
  const source = sourceOf(article);
  // The session also carries the card and the word list: count the article's blocks only.
  const done = article.blocks.filter((block) => {
    const state = session.blocks[block.id];
    return state && !('status' in state);
  }).length;

  if (session.plan?.kind === 'none') return <NoEngine target={target} onOpenOptions={session.openOptions} />;

  return (
    <div class="ll-tr" data-target={target}>
      <div class="ll-tr-bar" role="group" aria-label={t('translateBarLabel', languageName(target))}>
        <p class="ll-tr-privacy">{privacyLabel(session.plan)}</p>
        <fieldset class="ll-tr-views">
          <legend>{t('translateViewLegend')}</legend>
          {VIEWS.map(({ id, label }) => (
            <label key={id}>
              <input
                type="radio"
                name="ll-tr-view"
                value={id}
                checked={view === id}
                onChange={() => setTranslationView(id)}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <button type="button" class="ll-tr-show-original" onClick={onShowOriginal}>
          {t('translateShowOriginal')}
        </button>
        <p class="ll-tr-progress" role="status" aria-live="polite">
          {session.failed
            ? t(errorMessageKey(session.failed))
            : done < article.blocks.length
              ? t('translateProgress', [String(done), String(article.blocks.length)])
              : t('translateDone', languageName(target))}
        </p>
      </div>
      {article.blocks.map((block) => (
        <TranslatedBlock
          key={block.id}
          block={block}
          state={session.blocks[block.id] ?? { status: 'pending' }}
          source={source}
          target={target}
          view={view}
          onRetry={session.retry}
        />
      ))}
    </div>
  );
}
