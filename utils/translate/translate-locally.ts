/**
 * The reader's own loop for on-device engines (Chrome's built-in Translator).
 * An on-device model has no request limits, quotas or rate limits, so the
 * batching, retry and splitting machinery of `translateBlocks` (which the
 * background uses for remote engines) stays out of the content script, whose
 * bundle has a 60 KB budget. Blocks go one by one, in document order, so the
 * first screen comes first; a failed block keeps its German text. Each
 * translation passes through `sanitize` (the reader's DOMPurify, utils/sanitize:
 * this loop runs in the lazily loaded translate script, which carries no copy).
 */
import { engineErrorCode } from './engine-error-code';
import type { TranslateBlocksOptions, TranslatableBlock } from './translate-blocks';

const RETRYABLE = new Set(['network', 'server-error', 'timeout', 'rate-limited', 'unknown']);

/** Same contract as `translateBlocks`, for engines that run on this device. */
export async function translateLocally(
  blocks: TranslatableBlock[],
  options: Pick<TranslateBlocksOptions, 'engine' | 'config' | 'source' | 'target' | 'fetchFn' | 'signal' | 'onBlock'>,
  sanitize: (html: string) => string,
): Promise<{ requests: number; chars: number }> {
  const { engine, config, source, target, fetchFn, signal, onBlock } = options;
  let requests = 0;
  let chars = 0;
  for (const block of blocks) {
    if (signal?.aborted) break;
    if (!/\p{L}/u.test(block.text)) {
      // Numbers, dates, phone numbers: nothing to translate.
      onBlock(block.id, { ok: true, html: block.html });
      continue;
    }
    try {
      requests += 1;
      chars += block.html.length;
      const [out] = await engine.translateBatch({ texts: [block.html], source, target, format: 'html' }, config, fetchFn, signal);
      if (typeof out !== 'string') throw new TypeError('no translation');
      onBlock(block.id, { ok: true, html: sanitize(out) });
    } catch (error) {
      if (signal?.aborted) break;
      const code = engineErrorCode(error);
      onBlock(block.id, { ok: false, error: code, retryable: RETRYABLE.has(code) });
    }
  }
  return { requests, chars };
}
