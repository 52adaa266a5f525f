/**
 * A stand-in for `speechSynthesis`: records what is spoken and lets the test
 * end an utterance when it chooses (`finish()`), as a real voice would after
 * speaking. `cancel()` reports 'interrupted' like Chromium does.
 */
import type { SpeechSynthLike, UtteranceLike } from '@/utils/reader/read-aloud';
import type { VoiceLike } from '@/utils/reader/voices';

export class FakeUtterance implements UtteranceLike {
  lang = '';
  rate = 1;
  voice: VoiceLike | null = null;
  onend: UtteranceLike['onend'] = null;
  onerror: UtteranceLike['onerror'] = null;
  constructor(public text: string) {}
}

export class FakeSynth implements SpeechSynthLike {
  spoken: FakeUtterance[] = [];
  current: FakeUtterance | undefined;
  cancels = 0;
  constructor(public voices: VoiceLike[]) {}
  getVoices(): VoiceLike[] {
    return this.voices;
  }
  speak(utterance: UtteranceLike): void {
    this.spoken.push(utterance as FakeUtterance);
    this.current = utterance as FakeUtterance;
  }
  cancel(): void {
    this.cancels += 1;
    const was = this.current;
    this.current = undefined;
    was?.onerror?.({ error: 'interrupted' });
  }
  /** The voice reached the end of the current utterance. */
  finish(): void {
    const was = this.current;
    this.current = undefined;
    was?.onend?.({});
  }
}

export const GERMAN = { name: 'Anna', lang: 'de-DE', localService: true };
export const ARABIC = { name: 'Laila', lang: 'ar-SA' };
