/**
 * Read-aloud controls: play/pause, stop, previous/next sentence and speed. The
 * sentence being read is highlighted and kept in view; each sentence is read
 * in the voice of its block's `lang`. State changes (not every sentence: that
 * would talk over the voice) go to the reader's live status line.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createReadAloud, type ReadAloudController, type ReadAloudState } from '@/utils/reader/read-aloud';
import { collectSentences, rangeFor } from '@/utils/reader/sentence-dom';
import { createHighlighter, highlightApiOf, type Highlighter } from '@/utils/reader/highlight';
import { speechFrom, type SpeechEnvironment } from '@/utils/reader/speech-env';
import { waitForVoices } from '@/utils/reader/voices';
import { READ_ALOUD_RATE } from '@/utils/settings/schema';
import { t, uiLang } from '@/utils/i18n';
import { ButtonText, ReaderStepper } from './ReaderStepper';

export interface ReadAloudBarProps {
  /** The element holding the blocks to read. */
  articleRef: RefObject<HTMLElement>;
  /** Article language, for blocks without their own. */
  lang: string;
  rate: number;
  voiceName: string;
  onRateChange: (rate: number) => void;
  /** Put a message in the reader's live status line. */
  announce: (message: string) => void;
  /** The speech engine; the browser's by default (looked up at play time). */
  speech?: () => SpeechEnvironment | undefined;
}

/** How long Chromium may take to list its voices before we say there are none. */
const VOICES_TIMEOUT_MS = 1500;

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([uiLang()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const IDLE: ReadAloudState = { status: 'idle', index: -1, total: 0 };

export function ReadAloudBar(props: ReadAloudBarProps) {
  const [state, setState] = useState<ReadAloudState>(IDLE);
  const controller = useRef<ReadAloudController>();
  const highlighter = useRef<Highlighter>();
  const latest = useRef(props);
  latest.current = props;

  useEffect(
    () => () => {
      controller.current?.stop();
      highlighter.current?.clear();
    },
    [],
  );

  useEffect(() => {
    controller.current?.setRate(props.rate);
  }, [props.rate]);

  const onState = (next: ReadAloudState) => {
    setState(next);
    const { announce } = latest.current;
    if (next.noVoiceFor) announce(t('readerAloudNoVoice', languageName(next.noVoiceFor)));
    else if (next.failed) announce(t('readerAloudFailed', next.failed));
    else if (next.status === 'paused') announce(t('readerAloudPaused'));
    else if (next.status === 'idle') announce(t('readerAloudStopped'));
  };

  const start = async (): Promise<ReadAloudController | undefined> => {
    if (controller.current) return controller.current;
    const article = props.articleRef.current;
    const speech = (props.speech ?? speechFrom)();
    if (!speech) {
      props.announce(t('readerAloudUnsupported'));
      return undefined;
    }
    if (!article) return undefined;
    await waitForVoices(speech.synth, VOICES_TIMEOUT_MS);
    const view = article.ownerDocument.defaultView ?? globalThis;
    highlighter.current ??= createHighlighter(highlightApiOf(view as typeof globalThis));
    controller.current = createReadAloud({
      synth: speech.synth,
      createUtterance: speech.createUtterance,
      sentences: collectSentences(article, props.lang),
      rate: latest.current.rate,
      voiceName: latest.current.voiceName,
      onState,
      onSentence: (sentence) => {
        const mark = highlighter.current!;
        if (!sentence) {
          mark.clear();
          return;
        }
        const range = mark.show(() => rangeFor(sentence.where));
        keepInView(range, sentence.where.element);
      },
    });
    return controller.current;
  };

  const playOrPause = async () => {
    if (state.status === 'playing') controller.current?.pause();
    else (await start())?.play();
  };
  const stop = () => {
    controller.current?.stop();
    // Sentences are collected again next time: a translation may have arrived.
    controller.current = undefined;
  };
  const step = async (direction: 1 | -1) => {
    const reader = await start();
    if (direction > 0) reader?.next();
    else reader?.previous();
  };

  const playing = state.status === 'playing';
  return (
    <div class="ll-aloud" role="group" aria-label={t('readerAloud')}>
      <button type="button" class="ll-aloud-play" aria-pressed={playing ? 'true' : 'false'} onClick={() => void playOrPause()}>
        {playing ? t('readerAloudPause') : t('readerAloudPlay')}
      </button>
      <button type="button" onClick={() => void step(-1)}>
        <ButtonText symbol="⏮" name={t('readerAloudPrevious')} />
      </button>
      <button type="button" onClick={() => void step(1)}>
        <ButtonText symbol="⏭" name={t('readerAloudNext')} />
      </button>
      <button type="button" aria-disabled={state.status === 'idle' ? 'true' : 'false'} onClick={stop}>
        <ButtonText symbol="⏹" name={t('readerAloudStop')} />
      </button>
      <ReaderStepper
        label={t('readerAloudRate')}
        value={props.rate}
        range={READ_ALOUD_RATE}
        format={(v) => t('readerAloudRateValue', v.toLocaleString(uiLang(), { minimumFractionDigits: 1 }))}
        onChange={props.onRateChange}
      />
      {state.index >= 0 ? (
        <span class="ll-aloud-position">{t('readerAloudSentence', [String(state.index + 1), String(state.total)])}</span>
      ) : null}
      {state.noVoiceFor ? (
        <p class="ll-aloud-error">{t('readerAloudNoVoice', languageName(state.noVoiceFor))}</p>
      ) : null}
    </div>
  );
}

/** Scroll the sentence into view when it is outside the reader's visible area (below the sticky toolbar). */
function keepInView(range: Range | undefined, fallback: Element): void {
  const scroller = fallback.closest('.ll-root');
  const rect = range?.getBoundingClientRect();
  if (!scroller || !rect || (rect.width === 0 && rect.height === 0)) {
    fallback.scrollIntoView({ block: 'center' });
    return;
  }
  const toolbar = scroller.querySelector('.ll-toolbar')?.getBoundingClientRect().bottom ?? 0;
  const view = scroller.getBoundingClientRect();
  if (rect.top >= toolbar && rect.bottom <= view.bottom) return;
  scroller.scrollBy({ top: rect.top - toolbar - (view.bottom - toolbar) / 3 });
}
