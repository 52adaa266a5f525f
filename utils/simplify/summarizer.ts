/**
 * Chrome's on-device Summarizer (Writing Assistance APIs, Chrome 138+), type
 * `key-points`, German in and out. A Window API: it runs in the reader, never
 * in the service worker, and sends nothing anywhere. Offered only where
 * `Summarizer.availability()` says German works (headless Chromium, Firefox
 * and most machines without the on-device model say "unavailable").
 * The factory is passed in, so tests use a fake.
 */

export type SummarizerAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** The options `availability()` and `create()` share (SummarizerCreateCoreOptions). */
export const SUMMARIZER_OPTIONS = {
  type: 'key-points',
  format: 'plain-text',
  length: 'long',
  expectedInputLanguages: ['de'],
  expectedContextLanguages: ['de'],
  outputLanguage: 'de',
} as const;

/** Tells the model what the text is and who reads the summary. */
const SHARED_CONTEXT =
  'Seite einer deutschen Behörde. Die Stichpunkte sind für Menschen, die wenig Deutsch können: einfache, kurze Sätze. Zahlen, Daten, Beträge und Adressen genau übernehmen.';

interface SummarizerInstance {
  summarizeStreaming(input: string, options?: { signal?: AbortSignal }): ReadableStream<string>;
  destroy?(): void;
}

export interface SummarizerFactory {
  availability(options: typeof SUMMARIZER_OPTIONS): Promise<SummarizerAvailability>;
  create(options: typeof SUMMARIZER_OPTIONS & { sharedContext?: string; signal?: AbortSignal }): Promise<SummarizerInstance>;
}

/** This window's Summarizer, if the browser has one. */
export function summarizerApi(): SummarizerFactory | undefined {
  const api = (globalThis as { Summarizer?: SummarizerFactory }).Summarizer;
  return typeof api?.availability === 'function' && typeof api.create === 'function' ? api : undefined;
}

/** Whether German key points can be made here (now or after the model downloads). */
export async function germanSummaries(factory = summarizerApi()): Promise<boolean> {
  if (!factory) return false;
  try {
    return (await factory.availability(SUMMARIZER_OPTIONS)) !== 'unavailable';
  } catch {
    return false;
  }
}

/**
 * Summarize `text` as German key points, calling `onText` with the text so far.
 * Must start from a click (`create()` needs a user gesture while the model downloads).
 */
export async function summarizeKeyPoints(
  text: string,
  { factory = summarizerApi(), signal, onText }: { factory?: SummarizerFactory; signal?: AbortSignal; onText?: (soFar: string) => void } = {},
): Promise<string> {
  if (!factory) throw new Error('no Summarizer');
  const summarizer = await factory.create({ ...SUMMARIZER_OPTIONS, sharedContext: SHARED_CONTEXT, signal });
  try {
    let out = '';
    const reader = summarizer.summarizeStreaming(text, { signal }).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // Chrome before 137 streamed the whole text so far in every chunk, later versions only the new piece.
      out = value.startsWith(out) && out ? value : out + value;
      onText?.(out);
    }
    return out;
  } finally {
    summarizer.destroy?.();
  }
}
