/**
 * The browser's speech engine, looked up when reading starts (not at load), so
 * a page opened before voices were installed, or a test that replaces the
 * engine in the content script's world, is seen as it is now.
 */
import type { SpeechSynthLike, UtteranceLike } from './read-aloud';
import type { VoiceSource } from './voices';

export interface SpeechEnvironment {
  synth: SpeechSynthLike & VoiceSource;
  createUtterance: (text: string) => UtteranceLike;
}

/** The Web Speech API of `scope`, or undefined when the browser has none. */
export function speechFrom(scope: typeof globalThis = globalThis): SpeechEnvironment | undefined {
  const synth = (scope as { speechSynthesis?: SpeechEnvironment['synth'] }).speechSynthesis;
  const Utterance = (scope as { SpeechSynthesisUtterance?: new (text: string) => UtteranceLike })
    .SpeechSynthesisUtterance;
  if (!synth || !Utterance) return undefined;
  return { synth, createUtterance: (text) => new Utterance(text) };
}
