/**
 * "Das Wichtigste" at the top of the reader: the practical facts of the page,
 * built offline from the Article. Every fact can jump to the block it came
 * from. Labelled as machine output ("automatisch vereinfacht – bitte prüfen"),
 * never as Leichte Sprache. Fact texts come from the page: rendered as text.
 */
import type { ComponentChild } from 'preact';
import type { Article } from '@/utils/extract/types';
import { t, uiDir, uiLang } from '@/utils/i18n';
import type { KeyFact, KeyFacts } from '@/utils/simplify/key-facts';
import type { FleschBand, ReadabilityScores } from '@/utils/simplify/readability';
import { factId, factText } from '@/utils/reader/reader-texts';

const SECTIONS: [keyof KeyFacts, string][] = [
  ['documents', 'simplifyDocuments'],
  ['fees', 'simplifyFees'],
  ['deadlines', 'simplifyDeadlines'],
  ['dates', 'simplifyDates'],
  ['address', 'simplifyAddress'],
  ['openingHours', 'simplifyOpeningHours'],
  ['online', 'simplifyOnline'],
  ['contact', 'simplifyContact'],
];

/** The card's sections in the order it shows (and translation and read-aloud take) them. */
export const CARD_SECTIONS: readonly (keyof KeyFacts)[] = ['about', ...SECTIONS.map(([key]) => key)];

/** How a fact's text is shown: as it is, or translated (ReaderView's translation session). */
export type FactText = (id: string, text: string) => ComponentChild;

/** The fact as written, read aloud with the card. */
const plainText: FactText = (_id, text) => <span data-read-aloud="">{text}</span>;

const BAND_KEYS: Record<FleschBand, string> = {
  'very-hard': 'simplifyBandVeryHard',
  hard: 'simplifyBandHard',
  'fairly-hard': 'simplifyBandFairlyHard',
  medium: 'simplifyBandMedium',
  'fairly-easy': 'simplifyBandFairlyEasy',
  easy: 'simplifyBandEasy',
  'very-easy': 'simplifyBandVeryEasy',
};

/** Move to the block a fact came from and give it focus, so keyboard and screen-reader users land there too. */
function showBlock(from: HTMLElement, blockId: string): void {
  const root = from.getRootNode() as ParentNode;
  const target = root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

function FactItem({ fact, id, text }: { fact: KeyFact; id: string; text: FactText }) {
  return (
    <li>
      <span class="ll-kf-text">{text(id, factText(fact.text))}</span>
      {fact.blockId ? (
        <>
          {' '}
          <button
            type="button"
            class="ll-kf-goto"
            data-target-block={fact.blockId}
            onClick={(e) => showBlock(e.currentTarget, fact.blockId!)}
          >
            {t('simplifyGoToSource')}
          </button>
        </>
      ) : null}
    </li>
  );
}

export interface KeyFactsCardProps {
  article: Article;
  /** Computed in the background (`utils/simplify/analyze`). */
  facts: KeyFacts;
  scores: ReadabilityScores;
  /** Shows a fact's text; by default as written. */
  text?: FactText;
}

export function KeyFactsCard({ article, facts, scores, text = plainText }: KeyFactsCardProps) {
  const sections = SECTIONS.filter(([key]) => facts[key].length > 0);
  if (facts.about.length === 0 && sections.length === 0) return null;
  return (
    // Labels in the UI language; the facts (lists) keep the article's language.
    <section class="ll-keyfacts" aria-labelledby="ll-kf-title" lang={uiLang()} dir={uiDir()}>
      {/* Read aloud before the article: the labels in the UI language, skipped where no voice speaks it. */}
      <h2 id="ll-kf-title" class="ll-kf-title" data-read-aloud="label">
        {t('simplifyKeyFactsTitle')}
      </h2>
      <p class="ll-machine-label" data-read-aloud="label">
        {t('simplifyMachineLabel')}
      </p>
      {facts.about.length > 0 ? (
        <>
          <h3 class="ll-kf-heading" data-read-aloud="label">
            {t('simplifyAbout')}
          </h3>
          <ul class="ll-kf-list" lang={article.lang} dir={article.dir}>
            {facts.about.map((fact, i) => (
              <FactItem key={`about-${fact.blockId}-${fact.text}`} fact={fact} id={factId('about', i)} text={text} />
            ))}
          </ul>
        </>
      ) : null}
      {sections.map(([key, label]) => (
        <div class="ll-kf-section" key={key} data-facts={key}>
          <h3 class="ll-kf-heading" data-read-aloud="label">
            {t(label)}
          </h3>
          <ul class="ll-kf-list" lang={article.lang} dir={article.dir}>
            {facts[key].map((fact, i) => (
              <FactItem key={`${key}-${fact.blockId ?? ''}-${fact.text}`} fact={fact} id={factId(key, i)} text={text} />
            ))}
          </ul>
        </div>
      ))}
      {scores.fleschDe !== undefined && scores.fleschBand ? (
        <p class="ll-kf-score">
          {t('simplifyReadability', [String(Math.round(Math.max(0, scores.fleschDe))), t(BAND_KEYS[scores.fleschBand])])}
        </p>
      ) : null}
    </section>
  );
}
