/**
 * Chrome's Summarizer wiring with a fake `Summarizer`: availability is asked
 * with the exact options (key-points, German in and out), "unavailable" or no
 * API means no offer, streaming works with Chrome's newer delta chunks and
 * the older cumulative ones, the instance is destroyed, and an abort stops it.
 */
import { describe, expect, it, vi } from 'vitest';
import { germanSummaries, summarizeKeyPoints, SUMMARIZER_OPTIONS, type SummarizerAvailability, type SummarizerFactory } from '@/utils/simplify/summarizer';

function stream(chunks: string[], signal?: AbortSignal): ReadableStream<string> {
  let i = 0;
  return new ReadableStream<string>({
    pull(controller) {
      if (signal?.aborted) return controller.error(new DOMException('aborted', 'AbortError'));
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
}

function fakeSummarizer(availability: SummarizerAvailability, chunks: string[] = []) {
  const destroy = vi.fn();
  const summarizeStreaming = vi.fn((_input: string, options?: { signal?: AbortSignal }) => stream(chunks, options?.signal));
  const factory: SummarizerFactory = {
    availability: vi.fn(() => Promise.resolve(availability)),
    create: vi.fn(() => Promise.resolve({ summarizeStreaming, destroy })),
  };
  return { factory, destroy, summarizeStreaming };
}

describe('Summarizer (key points, German)', () => {
  it('asks availability for German key points and offers it unless unavailable', async () => {
    for (const [answer, offered] of [
      ['available', true],
      ['downloadable', true],
      ['downloading', true],
      ['unavailable', false],
    ] as const) {
      const { factory } = fakeSummarizer(answer);
      expect(await germanSummaries(factory)).toBe(offered);
      expect(factory.availability).toHaveBeenCalledWith({
        type: 'key-points',
        format: 'plain-text',
        length: 'long',
        expectedInputLanguages: ['de'],
        expectedContextLanguages: ['de'],
        outputLanguage: 'de',
      });
    }
  });

  it('is not offered without the API or when availability() throws', async () => {
    expect(await germanSummaries(undefined)).toBe(false);
    const broken: SummarizerFactory = { availability: () => Promise.reject(new Error('NotSupportedError')), create: vi.fn() };
    expect(await germanSummaries(broken)).toBe(false);
    // Node (and headless Chromium) have no Summarizer at all.
    expect('Summarizer' in globalThis).toBe(false);
    expect(await germanSummaries()).toBe(false);
  });

  it('streams delta chunks, creates with the same options and a shared context, and destroys the instance', async () => {
    const { factory, destroy, summarizeStreaming } = fakeSummarizer('available', ['- Die Anmeldung ', 'kostet nichts.\n', '- Frist: zwei Wochen.']);
    const seen: string[] = [];
    const text = await summarizeKeyPoints('Quelltext', { factory, onText: (t) => seen.push(t) });
    expect(text).toBe('- Die Anmeldung kostet nichts.\n- Frist: zwei Wochen.');
    expect(seen).toEqual(['- Die Anmeldung ', '- Die Anmeldung kostet nichts.\n', text]);
    expect(factory.create).toHaveBeenCalledWith(expect.objectContaining({ ...SUMMARIZER_OPTIONS, sharedContext: expect.stringContaining('Behörde') }));
    expect(summarizeStreaming).toHaveBeenCalledWith('Quelltext', expect.anything());
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('understands the older cumulative chunks', async () => {
    const { factory } = fakeSummarizer('available', ['- Eins', '- Eins\n- Zwei', '- Eins\n- Zwei\n- Drei']);
    expect(await summarizeKeyPoints('x', { factory })).toBe('- Eins\n- Zwei\n- Drei');
  });

  it('stops on abort and still destroys the instance', async () => {
    const { factory, destroy } = fakeSummarizer('available', ['a', 'b', 'c']);
    const controller = new AbortController();
    controller.abort();
    await expect(summarizeKeyPoints('x', { factory, signal: controller.signal })).rejects.toThrow('aborted');
    expect(destroy).toHaveBeenCalledOnce();
  });
});
