/**
 * The background side of the plain-language rewrite. The reader opens a port
 * and sends the article; the engine's configuration (with its key) is read
 * here and never leaves the background. The text streams back in pieces, the
 * fact check follows, and a disconnect (reader closed, cancel pressed) aborts
 * the request. Failures come back as error codes; the reader keeps the German
 * text as it is.
 */
import type { RewritePortBGtoCS, RewritePortCStoBG } from '@/utils/messaging/rewrite-port';
import type { TypedPort } from '@/utils/messaging/ports';
import type { EngineConfig } from '@/utils/translate/types';
import { hostOf } from '@/utils/translate/http';
import { OPENAI_DEFAULT_MODEL, OPENAI_DEFAULT_URL } from '@/utils/translate/engines/openai';
import { extractKeyFacts } from './key-facts';
import { rewriteEinfacheSprache, type RewriteOptions, type RewriteResult } from './llm-rewrite';
import { rewriteSource } from './rewrite-source';

/** Local models are slow: the whole rewrite may take this long before it counts as timed out. */
export const REWRITE_TIMEOUT_MS = 120_000;

export type RewritePort = TypedPort<RewritePortBGtoCS, RewritePortCStoBG>;

export interface RewriteServiceDeps {
  /** The OpenAI-compatible configuration, or undefined when the rewrite is not switched on. */
  config: () => Promise<EngineConfig | undefined>;
  fetchFn: typeof fetch;
  rewrite?: (source: string, options: RewriteOptions) => Promise<RewriteResult>;
}

/** Where the rewrite sends text (the privacy label's host). */
export function rewriteDestination(config: EngineConfig): string {
  return hostOf(config.baseUrl || OPENAI_DEFAULT_URL);
}

/** Serve one reader's rewrite port until it disconnects. */
export function serveRewritePort(port: RewritePort, deps: RewriteServiceDeps): void {
  const controller = new AbortController();
  port.onDisconnect(() => controller.abort());
  let started = false;
  port.onMessage((message) => {
    if (message.type !== 'cs-bg-rewrite' || started) return;
    started = true;
    void run(port, message.article, controller.signal, deps);
  });
}

async function run(port: RewritePort, article: Extract<RewritePortCStoBG, { type: 'cs-bg-rewrite' }>['article'], signal: AbortSignal, deps: RewriteServiceDeps): Promise<void> {
  const config = await deps.config().catch(() => undefined);
  if (signal.aborted) return;
  if (!config) {
    // Switched off in the options since the reader asked: say so, send nothing.
    port.post({ type: 'bg-cs-rewrite-failed', error: 'unknown', off: true });
    return;
  }
  const source = rewriteSource(article, () => extractKeyFacts(article));
  port.post({ type: 'bg-cs-rewrite-start', destination: rewriteDestination(config), scope: source.scope });
  let sent = 0;
  const result = await (deps.rewrite ?? rewriteEinfacheSprache)(source.text, {
    baseUrl: config.baseUrl || OPENAI_DEFAULT_URL,
    model: config.model || OPENAI_DEFAULT_MODEL,
    apiKey: config.apiKey,
    fetch: deps.fetchFn,
    signal: AbortSignal.any([signal, AbortSignal.timeout(config.timeoutMs ?? REWRITE_TIMEOUT_MS)]),
    onText: (text) => {
      if (signal.aborted) return;
      port.post({ type: 'bg-cs-rewrite-delta', text: text.slice(sent) });
      sent = text.length;
    },
  });
  if (signal.aborted) return;
  if (result.ok) port.post({ type: 'bg-cs-rewrite-done', text: result.text, facts: result.facts });
  else port.post({ type: 'bg-cs-rewrite-failed', error: result.code, ...(result.retryAfterMs === undefined ? {} : { retryAfterMs: result.retryAfterMs }) });
}
