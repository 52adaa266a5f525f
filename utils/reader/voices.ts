/**
 * Choosing a speech-synthesis voice for the language of the text being read.
 * Voices are matched by BCP 47 tag: the exact tag first ("de-AT"), then the
 * same primary language ("de-DE" for "de"). A preferred voice by name wins
 * only when it speaks that language: a German voice must never read Arabic.
 */

/** The part of `SpeechSynthesisVoice` the choice needs. */
export interface VoiceLike {
  name: string;
  lang: string;
  default?: boolean;
  localService?: boolean;
}

/** Lowercased tag with `_` normalised to `-` (some engines report `de_DE`). */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/** Primary language subtag ("de" for "de-AT"). */
export function primaryLanguage(tag: string): string {
  return normaliseTag(tag).split('-')[0] ?? '';
}

/**
 * The best voice for `lang`, or `undefined` when no voice speaks it. Among
 * equals: the preferred name, then a local (on-device) voice, then the default.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string, preferredName = ''): V | undefined {
  const wanted = normaliseTag(lang);
  const primary = primaryLanguage(lang);
  const score = (voice: V): number => {
    const tag = normaliseTag(voice.lang);
    let value = 0;
    if (tag === wanted) value += 8;
    else if (primaryLanguage(tag) === primary) value += 4;
    else return -1;
    if (preferredName && voice.name === preferredName) value += 16;
    if (voice.localService) value += 2;
    if (voice.default) value += 1;
    return value;
  };
  let best: V | undefined;
  let bestScore = -1;
  for (const voice of voices) {
    const value = score(voice);
    if (value > bestScore) {
      best = voice;
      bestScore = value;
    }
  }
  return bestScore >= 0 ? best : undefined;
}

/** The voices of one language tag ("de-AT"), for a group in the voice picker. */
export interface VoiceGroup<V extends VoiceLike = VoiceLike> {
  tag: string;
  voices: V[];
}

/**
 * The voices that speak `lang` (same primary language), grouped by their full
 * tag: the exact tag first, then the group of the system's default voice, then
 * the others alphabetically; within a group, by name. An empty list means:
 * this device cannot read that language.
 */
export function voiceGroups<V extends VoiceLike>(voices: readonly V[], lang: string): VoiceGroup<V>[] {
  const wanted = normaliseTag(lang);
  const primary = primaryLanguage(lang);
  const groups = new Map<string, V[]>();
  for (const voice of voices) {
    const tag = normaliseTag(voice.lang);
    if (primaryLanguage(tag) !== primary) continue;
    groups.set(tag, [...(groups.get(tag) ?? []), voice]);
  }
  const rank = ([tag, list]: [string, V[]]) => (tag === wanted ? 2 : list.some((voice) => voice.default) ? 1 : 0);
  return [...groups]
    .sort((a, b) => rank(b) - rank(a) || a[0].localeCompare(b[0]))
    .map(([tag, list]) => ({ tag, voices: list.sort((a, b) => a.name.localeCompare(b.name)) }));
}

/** The voice the user chose for `lang` (stored per primary language), else the general preference. */
export function chosenVoice(choices: Readonly<Record<string, string>>, lang: string, fallback = ''): string {
  return choices[primaryLanguage(lang)] || fallback;
}

/** A synthesiser that may announce its voices late (Chromium fills the list asynchronously). */
export interface VoiceSource {
  getVoices(): VoiceLike[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/**
 * The voices, waiting up to `timeoutMs` for `voiceschanged` when the list is
 * still empty. An empty result after that means: this device has no voices.
 */
export function waitForVoices(source: VoiceSource, timeoutMs: number): Promise<VoiceLike[]> {
  const now = source.getVoices();
  if (now.length > 0 || !source.addEventListener) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      source.removeEventListener?.('voiceschanged', done);
      resolve(source.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    source.addEventListener!('voiceschanged', done);
  });
}
