/**
 * Read-aloud with the Web Speech API, as a pure controller: the synthesiser,
 * the utterance constructor and the sentences are arguments, so the whole
 * logic runs under Vitest with a stub and in the reader with the browser's.
 *
 * One utterance per sentence: the current sentence is known exactly (for the
 * highlight) without relying on `boundary` events, which many voices never
 * send. Pause is cancel-and-remember rather than `speechSynthesis.pause()`,
 * which Chromium drops after ~15 s and some Linux engines ignore.
 */
import { pickVoice, type VoiceLike } from './voices';

/** The part of `SpeechSynthesis` read-aloud uses. */
export interface SpeechSynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  getVoices(): VoiceLike[];
}

/** The part of `SpeechSynthesisUtterance` read-aloud uses. */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

/** One sentence to read: its text, its language and where it is. */
export interface ReadAloudSentence<Where = unknown> {
  text: string;
  lang: string;
  where: Where;
  /**
   * A label (a card heading in the UI language): skipped, not a stop, when no
   * voice speaks its language, so a missing UI voice never blocks the article.
   */
  optional?: boolean;
}

export type ReadAloudStatus = 'idle' | 'playing' | 'paused';

export interface ReadAloudState {
  status: ReadAloudStatus;
  /** Index of the current sentence (-1 before the first play). */
  index: number;
  total: number;
  /** Set when a sentence's language has no voice; reading stops there. */
  noVoiceFor?: string;
  /** Set when the engine reported an error other than our own interruption. */
  failed?: string;
}

export interface ReadAloudOptions<Where> {
  synth: SpeechSynthLike;
  createUtterance: (text: string) => UtteranceLike;
  sentences: readonly ReadAloudSentence<Where>[];
  rate: number;
  /** Preferred voice name for a language ('' = choose by language); asked at every sentence. */
  voiceFor?: (lang: string) => string;
  /** Called on every state change. */
  onState: (state: ReadAloudState) => void;
  /** Called with the sentence being read, or undefined when none is. */
  onSentence: (sentence: ReadAloudSentence<Where> | undefined, index: number) => void;
}

export interface ReadAloudController {
  play(): void;
  pause(): void;
  stop(): void;
  next(): void;
  previous(): void;
  setRate(rate: number): void;
  /** Speak the current sentence again (after the voice choice changed). */
  restartSentence(): void;
  state(): ReadAloudState;
}

/** Errors the engine reports when we cancel it ourselves. */
const OWN_INTERRUPTIONS = new Set(['interrupted', 'canceled']);

/** Create a controller. Nothing is spoken until `play()`. */
export function createReadAloud<Where>(options: ReadAloudOptions<Where>): ReadAloudController {
  const { synth, sentences } = options;
  let rate = options.rate;
  let status: ReadAloudStatus = 'idle';
  let index = -1;
  let noVoiceFor: string | undefined;
  let failed: string | undefined;
  // Each utterance gets a token: events of a cancelled utterance are ignored.
  let token = 0;

  const snapshot = (): ReadAloudState => ({
    status,
    index,
    total: sentences.length,
    ...(noVoiceFor ? { noVoiceFor } : {}),
    ...(failed ? { failed } : {}),
  });
  const emit = () => options.onState(snapshot());

  const silence = () => {
    token += 1;
    synth.cancel();
  };

  const speakCurrent = () => {
    const voiceOf = (s: ReadAloudSentence<Where> | undefined) => s && pickVoice(synth.getVoices(), s.lang, options.voiceFor?.(s.lang));
    let sentence = sentences[index];
    let voice = voiceOf(sentence);
    while (sentence?.optional && !voice) voice = voiceOf((sentence = sentences[++index]));
    if (!sentence) {
      finish();
      return;
    }
    if (!voice) {
      silence();
      status = 'paused';
      noVoiceFor = sentence.lang;
      options.onSentence(sentence, index);
      emit();
      return;
    }
    noVoiceFor = undefined;
    failed = undefined;
    const mine = ++token;
    const utterance = options.createUtterance(sentence.text);
    utterance.lang = sentence.lang;
    utterance.voice = voice;
    utterance.rate = rate;
    utterance.onend = () => {
      if (mine !== token || status !== 'playing') return;
      index += 1;
      if (index >= sentences.length) finish();
      else {
        speakCurrent();
        emit();
      }
    };
    utterance.onerror = (event) => {
      if (mine !== token || OWN_INTERRUPTIONS.has(event.error ?? '')) return;
      status = 'paused';
      failed = event.error ?? 'unknown';
      emit();
    };
    options.onSentence(sentence, index);
    synth.speak(utterance);
  };

  const finish = () => {
    silence();
    status = 'idle';
    index = -1;
    options.onSentence(undefined, -1);
    emit();
  };

  const restart = () => {
    if (status !== 'playing') return;
    silence();
    speakCurrent();
    emit();
  };

  const jump = (to: number) => {
    if (sentences.length === 0) return;
    index = Math.min(sentences.length - 1, Math.max(0, to));
    if (status === 'playing') {
      silence();
      speakCurrent();
    } else {
      // Paused or idle: move the highlight, speak on play.
      if (status === 'idle') status = 'paused';
      noVoiceFor = undefined;
      options.onSentence(sentences[index], index);
    }
    emit();
  };

  return {
    play() {
      if (status === 'playing' || sentences.length === 0) return;
      if (index < 0) index = 0;
      status = 'playing';
      silence();
      speakCurrent();
      emit();
    },
    pause() {
      if (status !== 'playing') return;
      status = 'paused';
      silence();
      emit();
    },
    stop() {
      if (status === 'idle') return;
      noVoiceFor = undefined;
      failed = undefined;
      finish();
    },
    next() {
      jump(index + 1);
    },
    previous() {
      jump(index - 1);
    },
    setRate(next) {
      rate = next;
      // Takes effect at once: the current sentence restarts at the new speed.
      restart();
    },
    restartSentence: restart,
    state: snapshot,
  };
}
