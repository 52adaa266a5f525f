/**
 * Read-aloud controls: play/pause, stop, previous/next sentence, speed and the
 * voice for each language being read (remembered per language). The
 * sentence being read is highlighted and kept in view; each sentence is read
 * in the voice of its block's `lang`. State changes (not every sentence: that
 * would talk over the voice) go to the reader's live status line.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReadAloudController, ReadAloudState } from '@/utils/reader/read-aloud';
import type { SentenceSplitter } from '@/utils/reader/sentence-dom';
import { sendFromContent } from '@/utils/messaging';
import type { Highlighter } from '@/utils/reader/highlight';
import { loadLazy, type ReadAloudEngine } from '@/utils/reader/lazy-scripts';
import { errorMessageKey, toErrorCode } from '@/utils/errors';
import { speechFrom, type SpeechEnvironment } from '@/utils/reader/speech-env';
import { chosenVoice, primaryLanguage, waitForVoices, type VoiceLike } from '@/utils/reader/voices';
import { READ_ALOUD_RATE } from '@/utils/settings/schema';
import { t, uiLang } from '@/utils/i18n';
import { ButtonText, ReaderStepper } from './ReaderStepper';
import { languageName, ReadAloudVoice } from './ReadAloudVoice';

export interface ReadAloudBarProps {
  /** The element holding the blocks to read. */
  articleRef: RefObject<HTMLElement>;
  /** Article language, for blocks without their own. */
  lang: string;
  /** The languages being read, each with a voice picker (the article's, or the translation's first). */
  langs: string[];
  rate: number;
  /** General preferred voice; a choice for the language (`voices`) wins. */
  voiceName: string;
  /** Chosen voice per primary language. */
  voices: Readonly<Record<string, string>>;
  onRateChange: (rate: number) => void;
  onVoiceChange: (primary: string, name: string) => void;
  /** Put a message in the reader's live status line. */
  announce: (message: string) => void;
  /** The speech engine; the browser's by default (looked up at play time). */
  speech?: () => SpeechEnvironment | undefined;
  /** Sentence splitting; the background's by default. */
  split?: SentenceSplitter;
  /** The sentence loop and highlight: a script of its own, injected on the first press by default. */
  engine?: () => Promise<ReadAloudEngine>;
}

const splitInBackground: SentenceSplitter = (texts) => sendFromContent({ type: 'cs-bg-sentences', texts });
const loadEngine = () => loadLazy('read-aloud');

/** How long Chromium may take to list its voices before we say there are none. */
const VOICES_TIMEOUT_MS = 1500;

const IDLE: ReadAloudState = { status: 'idle', index: -1, total: 0 };

/**
 * The buttons' symbols, drawn rather than typed: fonts without ⏮ ⏭ ⏹ (headless
 * Chromium's, many Linux systems') show empty boxes. Filled with the text colour
 * (reader.css: every theme, forced colours) and sized in em; `ButtonText` hides
 * them from screen readers, which hear the button's name.
 */
const PREVIOUS = 'M1 1h1v6H1zm6 0v6L3 4z';
const NEXT = 'M6 1h1v6H6zM1 1v6l4-3z';
const STOP = 'M1.5 1.5h5v5h-5z';
const icon = (path: string) => (
  <svg class="ll-icon" viewBox="0 0 8 8">
    <path d={path} />
  </svg>
);

export function ReadAloudBar(props: ReadAloudBarProps) {
  const [state, setState] = useState<ReadAloudState>(IDLE);
  const controller = useRef<ReadAloudController>();
  const highlighter = useRef<Highlighter>();
  const latest = useRef(props);
  latest.current = props;
  // The device's voices for the pickers; undefined until listed (Chromium lists them late).
  const [voices, setVoices] = useState<readonly VoiceLike[] | undefined>();

  useEffect(() => {
    const synth = (latest.current.speech ?? speechFrom)()?.synth;
    if (!synth) return setVoices([]);
    let live = true;
    const update = () => live && setVoices(synth.getVoices());
    void waitForVoices(synth, VOICES_TIMEOUT_MS).then(update);
    synth.addEventListener?.('voiceschanged', update);
    return () => {
      live = false;
      synth.removeEventListener?.('voiceschanged', update);
    };
  }, []);

  // A new voice choice is heard at once: the current sentence starts again in it.
  const choiceKey = JSON.stringify(props.voices);
  useEffect(() => controller.current?.restartSentence(), [choiceKey]);

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

  // One start at a time: a second click while voices and sentences are being gathered joins the first.
  const starting = useRef<Promise<ReadAloudController | undefined>>();
  // While the first start loads the engine (and voices and sentences are gathered) the bar says it is busy.
  const [busy, setBusy] = useState(false);
  const start = (): Promise<ReadAloudController | undefined> => {
    if (controller.current) return Promise.resolve(controller.current);
    if (!starting.current) setBusy(true);
    return (starting.current ??= begin().finally(() => {
      starting.current = undefined;
      setBusy(false);
    }));
  };

  const begin = async (): Promise<ReadAloudController | undefined> => {
    const article = props.articleRef.current;
    const speech = (props.speech ?? speechFrom)();
    if (!speech) {
      props.announce(t('readerAloudUnsupported'));
      return undefined;
    }
    if (!article) return undefined;
    let engine: ReadAloudEngine;
    try {
      const [listed, loaded] = await Promise.all([waitForVoices(speech.synth, VOICES_TIMEOUT_MS), (props.engine ?? loadEngine)()]);
      setVoices(listed);
      engine = loaded;
    } catch (error) {
      props.announce(t('readerAloudFailed', t(errorMessageKey(toErrorCode(error)))));
      return undefined;
    }
    const { createReadAloud, collectSentences, rangeFor, createHighlighter, highlightApiOf } = engine;
    const view = article.ownerDocument.defaultView ?? globalThis;
    highlighter.current ??= createHighlighter(highlightApiOf(view as typeof globalThis));
    controller.current = createReadAloud({
      synth: speech.synth,
      createUtterance: speech.createUtterance,
      sentences: await collectSentences(article, props.lang, props.split ?? splitInBackground),
      rate: latest.current.rate,
      voiceFor: (lang) => chosenVoice(latest.current.voices, lang, latest.current.voiceName),
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
    <div class="ll-aloud" role="group" aria-label={t('readerAloud')} aria-busy={busy ? 'true' : 'false'}>
      <button type="button" class="ll-aloud-play" aria-pressed={playing ? 'true' : 'false'} onClick={() => void playOrPause()}>
        {playing ? t('readerAloudPause') : t('readerAloudPlay')}
      </button>
      <button type="button" onClick={() => void step(-1)}>
        <ButtonText symbol={icon(PREVIOUS)} name={t('readerAloudPrevious')} />
      </button>
      <button type="button" onClick={() => void step(1)}>
        <ButtonText symbol={icon(NEXT)} name={t('readerAloudNext')} />
      </button>
      <button type="button" aria-disabled={state.status === 'idle' ? 'true' : 'false'} onClick={stop}>
        <ButtonText symbol={icon(STOP)} name={t('readerAloudStop')} />
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
      {props.langs.map((lang) => (
        <ReadAloudVoice key={lang} lang={lang} voices={voices} choices={props.voices} onChange={props.onVoiceChange} />
      ))}
      {/* A language without a picker of its own (a block in another language): said here too. */}
      {state.noVoiceFor && !props.langs.some((lang) => primaryLanguage(lang) === primaryLanguage(state.noVoiceFor!)) ? (
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
