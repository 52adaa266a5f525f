/**
 * The reader overlay: title, the article's blocks and a close button. Props in,
 * events out; mounted by the reader content script inside a shadow root.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, Block } from '@/utils/extract/types';
import { t, uiDir, uiLang } from '@/utils/i18n';
import { SafeHtml } from './SafeHtml';
import { ContactCard } from './ContactCard';
import { sourceOf, TranslatedArticle } from './TranslatedArticle';
import { useTranslationRequest, useTranslationSession, type ExtraBlocks } from './TranslationSession';
import { requestTranslation } from '@/utils/translate/reader-request';
import type { FontId, Settings } from '@/utils/settings/schema';
import { readerKeyAction, stepTextSize } from '@/utils/reader/keys';
import { ReaderToolbar } from './ReaderToolbar';
import { ReadAloudBar } from './ReadAloudBar';
import { CARD_SECTIONS, KeyFactsCard } from './KeyFactsCard';
import { GlossaryLayer } from './GlossaryLayer';
import { WordList } from './WordList';
import { readerText } from './ReaderText';
import { factBlocks, textBlock, wordId, wordList } from '@/utils/reader/reader-texts';
import { RewriteSlot, type RewriteSlotProps } from './RewriteSlot';
import type { ArticleAnalysis } from '@/utils/simplify/analyze';
import type { GlossaryWord } from '@/utils/simplify/glossary-words';

const NO_WORDS: GlossaryWord[] = [];

export interface ReaderViewProps {
  article: Article;
  onClose: () => void;
  /** Size, theme, spacing, font and voice; the overlay follows changes live. */
  settings: Settings;
  onSettingsChange: (patch: Partial<Settings>) => void;
  /** Make a bundled font available before it is used (rejects when it cannot be read). */
  loadFont?: (font: FontId) => Promise<void>;
  /** Key facts, scores and glossary entries, computed away from the page (the background). */
  loadAnalysis?: () => Promise<ArticleAnalysis | undefined>;
  /** The opt-in plain-language engines (rewrite in the background, Chrome's Summarizer in the page): their panel is loaded when used. */
  rewrite?: Pick<RewriteSlotProps, 'loadOffer' | 'load'>;
}

function BlockView({ block, lang, dir }: { block: Block; lang: string; dir: 'ltr' | 'rtl' }) {
  // The article's language and direction on every block: the overlay around it speaks the UI's.
  const common = {
    'data-block-id': block.id,
    lang: block.lang ?? lang,
    dir: block.lang ? ('auto' as const) : dir,
    class: `ll-block ll-${block.kind}`,
  };
  switch (block.kind) {
    case 'heading': {
      // The article title is the overlay's h1; article headings start below it.
      const level = Math.min(6, Math.max(2, (block.level ?? 2) + (block.level === 1 ? 1 : 0)));
      return <SafeHtml as={`h${level}` as 'h2'} html={block.html} {...common} />;
    }
    case 'paragraph':
      return <SafeHtml as="p" html={block.html} {...common} />;
    default:
      // Lists, tables, quotes and figures carry their own element in `html`.
      return <SafeHtml as="div" html={block.html} {...common} />;
  }
}

/** Keep Tab and Shift+Tab inside the overlay. */
function trapFocus(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const focusable = Array.from(
    container.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])',
    ),
  ).filter((element) => element.getClientRects().length > 0); // skip closed panels
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

export function ReaderView({ article, onClose, settings, onSettingsChange, loadFont, loadAnalysis, rewrite }: ReaderViewProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const main = useRef<HTMLElement>(null);
  // The live status line for long work (font loading, read-aloud, translation).
  const [status, setStatus] = useState('');
  const current = useRef(settings);
  current.current = settings;
  const [analysis, setAnalysis] = useState<ArticleAnalysis | undefined>();

  useEffect(() => {
    if (!loadAnalysis || !article.readerable) return;
    let live = true;
    // Without the analysis the article is still shown; only the card and the glossary marks are missing.
    loadAnalysis().then(
      (result) => live && setAnalysis(result),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [article, loadAnalysis]);

  useEffect(() => {
    if (!loadFont || settings.font === 'system') return;
    let live = true;
    setStatus(t('readerFontLoading'));
    loadFont(settings.font).then(
      () => live && setStatus(''),
      () => live && setStatus(t('readerFontFailed')),
    );
    return () => {
      live = false;
    };
  }, [settings.font, loadFont]);
  const translation = useTranslationRequest();
  const words = useMemo(() => wordList(analysis?.words ?? NO_WORDS), [analysis]);
  // The card and the word list are translated with the article, in document order.
  const extra = useMemo<ExtraBlocks>(
    () => ({
      before: analysis ? factBlocks(analysis.facts, CARD_SECTIONS) : [],
      after: words.map((entry, i) => textBlock(wordId(i), entry.explanation)),
    }),
    [analysis, words],
  );
  const source = sourceOf(article);
  const session = useTranslationSession(article.blocks, source, translation.target, translation.run, extra);
  const translating = translation.target && session.plan?.kind !== 'none' ? translation.target : undefined;
  const text = readerText(translating ? { blocks: session.blocks, source, target: translating, view: translation.view } : undefined);
  // A voice picker per language read aloud: the translation's first; German too where it is shown beside it or stands in.
  const readLangs = !translating
    ? [article.lang]
    : translation.view === 'translation' && !session.failed
      ? [translating]
      : [translating, article.lang];

  useEffect(() => {
    heading.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      const action = readerKeyAction(event, event.composedPath()[0]);
      if (event.key === 'Escape') {
        // An open control that closes itself on Esc (a glossary explanation) goes first.
        const origin = event.composedPath()[0];
        if (origin instanceof Element && origin.matches('[aria-expanded="true"][data-closes-on-escape]')) return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      } else if (action) {
        event.preventDefault();
        event.stopPropagation();
        const size = current.current.textSize;
        onSettingsChange({ textSize: stepTextSize(size, action === 'text-bigger' ? 1 : -1) });
      } else if (dialog.current) {
        trapFocus(event, dialog.current);
      }
    };
    // Capture on the window: the page's own key handlers must not see Esc first.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose, onSettingsChange]);

  return (
    <div
      ref={dialog}
      class="ll-overlay"
      role="dialog"
      aria-modal="true"
      aria-label={t('readerRegion')}
      // The reader's own UI speaks the UI language; the article's parts carry the article's (or translation's).
      lang={uiLang()}
      dir={uiDir()}
    >
      <ReaderToolbar settings={settings} onSettingsChange={onSettingsChange} onPrint={() => window.print()} onClose={onClose}>
        <ReadAloudBar
          articleRef={main}
          lang={article.lang}
          langs={readLangs}
          rate={settings.readAloudRate}
          voiceName={settings.readAloudVoice}
          voices={settings.readAloudVoices}
          onRateChange={(readAloudRate) => onSettingsChange({ readAloudRate })}
          onVoiceChange={(primary, name) => onSettingsChange({ readAloudVoices: { ...current.current.readAloudVoices, [primary]: name } })}
          announce={setStatus}
        />
      </ReaderToolbar>
      <p class="ll-status" role="status" aria-live="polite">
        {status}
      </p>
      <main class="ll-article" ref={main}>
        <h1 ref={heading} tabIndex={-1} class="ll-title" lang={article.lang} dir={article.dir}>
          {article.title}
        </h1>
        {article.readerable ? null : (
          <p class="ll-notice" role="status">
            {t('readerNoArticle')}
          </p>
        )}
        {analysis ? <KeyFactsCard article={article} facts={analysis.facts} scores={analysis.scores} text={text} /> : null}
        {rewrite && article.readerable ? <RewriteSlot {...rewrite} article={article} facts={analysis?.facts} announce={setStatus} /> : null}
        <GlossaryLayer article={article} words={analysis?.words ?? NO_WORDS} />
        {translation.target ? (
          <TranslatedArticle article={article} target={translation.target} view={translation.view} session={session} onShowOriginal={() => requestTranslation(undefined)} />
        ) : (
          article.blocks.map((block) => <BlockView key={block.id} block={block} lang={article.lang} dir={article.dir} />)
        )}
        {/* The contact belongs to the article: shown and read aloud before the word list. */}
        {article.contact ? <ContactCard contact={article.contact} lang={article.lang} pageUrl={article.url} /> : null}
        <WordList entries={words} text={text} />
        {article.url ? <p class="ll-source">{t('readerSource', article.url)}</p> : null}
        <p class="ll-print-date">{t('readerPrinted', new Date().toLocaleDateString(uiLang(), { dateStyle: 'long' }))}</p>
      </main>
    </div>
  );
}
