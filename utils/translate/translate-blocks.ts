/**
 * Translate an article's blocks: cache first, then the engine in batches
 * within its limits, a few requests at a time, retrying what is worth
 * retrying. Results arrive progressively in document order (the first batch is
 * small, so the first screen appears fast); a block that fails keeps its
 * German text and is reported as failed, never dropped.
 */
import type { ErrorCode } from '@/utils/errors';
import { fitsWhole, packBatches, toUnits, type Batch } from './batching';
import { OrderedEmitter } from './ordered-emitter';
import { dropInventedAttributes, protectAttributes, restoreAttributes } from './protect-attributes';
import { abortableSleep, withRetry } from './retry';
import { cacheScope } from './cache';
import { sanitizeTranslation, textToHtml } from './sanitize-output';
import { joinPieces } from './text-split';
import { TranslateError, abortError, isAbortError, toTranslateError } from './translate-error';
import type { BlockResult, EngineConfig, EngineLimits, TranslationCache, TranslationEngine } from './types';

export interface TranslateBlocksOptions {
  engine: TranslationEngine;
  config: EngineConfig;
  source: string;
  target: string;
  fetchFn: typeof fetch;
  signal?: AbortSignal;
  cache?: TranslationCache;
  /** Requests in flight at once (default 2). */
  concurrency?: number;
  onBlock: (id: string, result: { ok: true; html: string } | { ok: false; error: ErrorCode; retryable: boolean }) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Clock for the timings in the result (default `performance.now`). */
  now?: () => number;
  /** Output sanitizer (default: DOMPurify where a DOM exists, a strict string filter in the worker). */
  sanitize?: (html: string) => string;
  /** Attempts per request including the first (default 4). */
  attempts?: number;
}

export interface TranslateBlocksResult {
  /** HTTP requests made (limit probes and retries included). */
  requests: number;
  /** Characters sent to the engine (retries included). */
  chars: number;
  /** Time until the first block that needed the engine was reported (undefined if none did). */
  firstBlockMs?: number;
  /** Time until every block was reported. */
  elapsedMs: number;
}

export interface TranslatableBlock {
  id: string;
  html: string;
  text: string;
}

/** First batch: a heading and a few paragraphs, so the first screen is not held up by the rest. */
const FIRST_BATCH = { firstBatchItems: 4, firstBatchBytes: 1500 };

/** Blocks without letters (phone numbers, dates, prices) stay as they are: nothing to translate. */
const HAS_LETTERS = /\p{L}/u;

/** Halvings of a batch whose reply did not line up (1 batch → at most 2 + 4 + 8 retries). */
const MAX_SPLIT_DEPTH = 3;

/** Errors that will repeat for every request: stop sending once one is seen. */
const FATAL: ReadonlySet<ErrorCode> = new Set(['auth', 'quota']);

async function resolveLimits(opts: TranslateBlocksOptions, fetchFn: typeof fetch): Promise<EngineLimits> {
  const { engine, config, signal } = opts;
  if (!engine.fetchLimits) return engine.limits(config);
  try {
    return await engine.fetchLimits(config, fetchFn, signal);
  } catch (error) {
    if (isAbortError(error) || signal?.aborted) throw abortError(signal);
    return engine.limits(config);
  }
}

/**
 * Translate `blocks` and report each through `onBlock`. Resolves with the
 * number of engine requests and characters sent; rejects only with an
 * AbortError when `signal` aborts (then nothing more is reported).
 */
export async function translateBlocks(blocks: TranslatableBlock[], opts: TranslateBlocksOptions): Promise<TranslateBlocksResult> {
  const { engine, config, source, target, signal, cache } = opts;
  // Another LibreTranslate server or LLM model translates differently: it gets its own cache entries.
  const scope = cacheScope({ ...config, engine: engine.id });
  const sanitize = opts.sanitize ?? ((html: string) => sanitizeTranslation(html));
  const format = engine.supportsHtml ? 'html' : 'text';
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const stats: TranslateBlocksResult = { requests: 0, chars: 0, elapsedMs: 0 };
  const needsEngine = new Set(blocks.filter((b) => HAS_LETTERS.test(b.text)).map((b) => b.id));
  const emitter = new OrderedEmitter(
    blocks.map((b) => b.id),
    (id, result) => {
      if (stats.firstBlockMs === undefined && needsEngine.has(id)) stats.firstBlockMs = now() - started;
      opts.onBlock(id, result);
    },
  );
  const done = () => ({ ...stats, elapsedMs: now() - started });
  // Count real HTTP requests (limit probes and per-text queries included), not calls.
  const fetchFn: typeof fetch = (input, init) => {
    stats.requests++;
    return opts.fetchFn(input, init);
  };
  if (signal?.aborted) throw abortError(signal);

  const toHtml = (translation: string) => sanitize(format === 'html' ? translation : textToHtml(translation).replace(/\n/g, '<br>'));

  // Identical blocks ("Kontakt", repeated table headers) are sent once.
  const payloadOf = (b: TranslatableBlock) => (format === 'html' ? b.html : b.text).trim();
  const byPayload = new Map<string, number[]>();
  blocks.forEach((block, index) => {
    const payload = payloadOf(block);
    if (!HAS_LETTERS.test(block.text)) {
      emitter.settle(index, { ok: true, html: sanitize(block.html) });
      return;
    }
    byPayload.set(payload, [...(byPayload.get(payload) ?? []), index]);
  });
  const payloads = [...byPayload.keys()];
  const settlePayload = (payload: string, result: BlockResult) => {
    for (const index of byPayload.get(payload) ?? []) emitter.settle(index, result);
  };

  // A broken cache (no crypto.subtle on an http: page, storage gone) costs requests, never translations.
  const cached = (cache ? await cache.getMany(scope, source, target, payloads).catch(() => undefined) : undefined) ?? payloads.map(() => undefined);
  if (signal?.aborted) throw abortError(signal);
  const missing: string[] = [];
  payloads.forEach((payload, i) => {
    const hit = cached[i];
    if (hit !== undefined) settlePayload(payload, { ok: true, html: toHtml(hit) });
    else missing.push(payload);
  });
  if (missing.length === 0) return done();

  const limits = await resolveLimits(opts, fetchFn);
  // Remote engines get tags without attribute values (link targets stay on the device).
  const protectedTexts = missing.map((payload) => (format === 'html' && !engine.local ? protectAttributes(payload) : { html: payload, tags: [] }));
  // HTML too long for one item is sent as escaped text: splitting markup at sentence ends would break tags.
  const sent = protectedTexts.map(({ html }, i) => {
    if (format === 'text' || fitsWhole(html, limits)) return html;
    const block = blocks[byPayload.get(missing[i]!)![0]!]!;
    return textToHtml(block.text);
  });
  const units = toUnits(sent, limits);
  const pieces = sent.map(() => [] as (string | undefined)[]);
  const pieceCount = sent.map(() => 0);
  for (const unit of units) pieceCount[unit.textIndex]!++;
  const failedTexts = new Set<number>();

  const completeText = async (textIndex: number) => {
    const parts = pieces[textIndex]!;
    if (failedTexts.has(textIndex) || parts.filter((p) => p !== undefined).length < pieceCount[textIndex]!) return;
    const reply = joinPieces(parts as string[]);
    const { tags } = protectedTexts[textIndex]!;
    // Only a protected (remote, HTML) reply has markers to keep; anything else keeps what the engine wrote for the sanitizer.
    const translation = restoreAttributes(format === 'html' && !engine.local ? dropInventedAttributes(reply) : reply, tags);
    settlePayload(missing[textIndex]!, { ok: true, html: toHtml(translation) });
    await cache?.setMany(scope, source, target, [{ text: missing[textIndex]!, translation }]).catch(() => undefined);
  };
  const failText = (textIndex: number, error: TranslateError) => {
    if (failedTexts.has(textIndex)) return;
    failedTexts.add(textIndex);
    settlePayload(missing[textIndex]!, { ok: false, error: error.code, retryable: error.retryable });
  };

  let fatal: TranslateError | undefined;
  // One 429 pauses every worker, not just the one that saw it: the server asked the client to slow down.
  let pause: Promise<void> = Promise.resolve();
  const sleep = opts.sleep ?? ((ms: number) => abortableSleep(ms, signal));
  const send = async (batch: Batch, depth = 0): Promise<void> => {
    if (fatal) {
      for (const unit of batch.units) failText(unit.textIndex, fatal);
      return;
    }
    try {
      const texts = batch.units.map((u) => u.text);
      const out = await withRetry(
        async () => {
          await pause;
          if (fatal) throw fatal;
          stats.chars += batch.chars;
          const result = await engine.translateBatch({ texts, source, target, format }, config, fetchFn, signal);
          if (result.length !== texts.length)
            throw new TranslateError('bad-response', `expected ${texts.length} translations, got ${result.length}`, { mismatch: true });
          return result;
        },
        {
          sleep,
          random: opts.random,
          signal,
          attempts: opts.attempts,
          onRetry: (error, delayMs) => {
            if (error.code === 'rate-limited') pause = sleep(delayMs).catch(() => undefined);
          },
        },
      );
      batch.units.forEach((unit, i) => {
        pieces[unit.textIndex]![unit.piece] = out[i]!;
      });
      await Promise.all([...new Set(batch.units.map((u) => u.textIndex))].map(completeText));
    } catch (raw) {
      if (isAbortError(raw) || signal?.aborted) throw abortError(signal);
      const error = toTranslateError(raw);
      if (FATAL.has(error.code)) fatal ??= error;
      // A reply that does not line up (an LLM merging two paragraphs) or a size rejection may work in
      // smaller parts; a bounded depth keeps a broken server from turning one batch into a request storm.
      const splittable = error.mismatch || error.status === 400 || error.status === 413;
      if (error.code === 'bad-response' && splittable && batch.units.length > 1 && depth < MAX_SPLIT_DEPTH) {
        const half = Math.ceil(batch.units.length / 2);
        const parts = [batch.units.slice(0, half), batch.units.slice(half)];
        for (const units of parts) await send({ units, chars: units.reduce((n, u) => n + u.text.length, 0) }, depth + 1);
        return;
      }
      for (const unit of batch.units) failText(unit.textIndex, error);
    }
  };

  const queue = packBatches(units, limits, FIRST_BATCH);
  const workers = Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 2, queue.length)) }, async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) await send(batch);
  });
  try {
    await Promise.all(workers);
  } catch (error) {
    emitter.stop();
    throw error;
  }
  return done();
}
