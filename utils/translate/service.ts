/**
 * The background translation service. Every remote engine call happens here,
 * in the service worker, because content scripts are bound by the page's CORS.
 * The reader talks to it over a port: one request per batch of blocks, results
 * streamed back block by block in the order they arrive, and everything in
 * flight aborted when the port disconnects (reader closed, target changed).
 *
 * No state lives only in the worker's memory: engine settings are read per
 * request, and the cache is backed by `storage.session`, so a worker restart
 * costs no request either.
 */
import type {
  TranslateLanguagesReply,
  TranslatePlan,
  TranslatePortBGtoCS,
  TranslatePortCStoBG,
  TranslateTestReply,
} from '@/utils/messaging/translate-port';
import type { TypedPort } from '@/utils/messaging/ports';
import type { TranslateBlocksOptions, TranslatableBlock } from './translate-blocks';
import type { EngineConfig, EngineId, TranslationCache, TranslationEngine } from './types';
import { engineErrorCode } from './engine-error-code';

/** Time a connection test may take before it counts as failed. */
const TEST_TIMEOUT_MS = 15_000;
/** Blocks translated at once per reader; the engine layer batches within this. */
const CONCURRENCY = 2;

export interface TranslateServiceDeps {
  /** The engine the user chose, or undefined when none is configured. */
  activeConfig: () => Promise<EngineConfig | undefined>;
  getEngine: (id: EngineId) => TranslationEngine;
  translateBlocks: (blocks: TranslatableBlock[], options: TranslateBlocksOptions) => Promise<{ requests: number; chars: number }>;
  cache: TranslationCache;
  fetchFn: typeof fetch;
  openOptions: () => Promise<void>;
}

export type ReaderPort = TypedPort<TranslatePortBGtoCS, TranslatePortCStoBG>;

/** The privacy label's host: 'device' or where the text goes. */
function destinationOf(engine: TranslationEngine, config: EngineConfig): string {
  return engine.destination(config);
}

/** Decide how a request will be served; never throws. */
export async function planFor(deps: Pick<TranslateServiceDeps, 'activeConfig' | 'getEngine'>): Promise<{
  plan: TranslatePlan;
  engine?: TranslationEngine;
  config?: EngineConfig;
}> {
  const config = await deps.activeConfig();
  if (!config) return { plan: { kind: 'none' } };
  const engine = deps.getEngine(config.engine);
  if (engine.local) return { plan: { kind: 'local', engine: engine.id } };
  return { plan: { kind: 'remote', engine: engine.id, destination: destinationOf(engine, config) }, engine, config };
}

/** Create the service; `handlePort` serves one reader's port. */
export function createTranslateService(deps: TranslateServiceDeps) {
  /** Serve one translation request on `port`; aborted when `signal` aborts. */
  async function serve(
    port: ReaderPort,
    request: Extract<TranslatePortCStoBG, { type: 'cs-bg-translate-blocks' }>,
    signal: AbortSignal,
  ): Promise<void> {
    const { requestId } = request;
    let planned: Awaited<ReturnType<typeof planFor>>;
    try {
      planned = await planFor(deps);
    } catch (error) {
      port.post({ type: 'bg-cs-translate-failed', requestId, error: engineErrorCode(error) });
      return;
    }
    port.post({ type: 'bg-cs-translate-plan', requestId, plan: planned.plan });
    const { engine, config } = planned;
    if (!engine || !config) return;
    try {
      const totals = await deps.translateBlocks(request.blocks, {
        engine,
        config,
        source: request.source,
        target: request.target,
        fetchFn: deps.fetchFn,
        signal,
        cache: deps.cache,
        concurrency: CONCURRENCY,
        onBlock: (id, result) => {
          if (!signal.aborted) port.post({ type: 'bg-cs-translate-block', requestId, id, result });
        },
      });
      if (!signal.aborted) port.post({ type: 'bg-cs-translate-done', requestId, ...totals });
    } catch (error) {
      if (!signal.aborted) port.post({ type: 'bg-cs-translate-failed', requestId, error: engineErrorCode(error) });
    }
  }

  return {
    /** Serve a reader's port until it disconnects; then abort everything it asked for. */
    handlePort(port: ReaderPort): void {
      const controller = new AbortController();
      port.onDisconnect(() => controller.abort());
      port.onMessage((message) => {
        if (message.type === 'cs-bg-open-options') void deps.openOptions();
        else if (message.type === 'cs-bg-translate-blocks') void serve(port, message, controller.signal);
      });
    },

    /** The engine's cheapest call that proves URL and key work. */
    async testConnection(config: EngineConfig): Promise<TranslateTestReply> {
      try {
        const engine = deps.getEngine(config.engine);
        await engine.testConnection(config, deps.fetchFn, AbortSignal.timeout(TEST_TIMEOUT_MS));
        return { ok: true, destination: destinationOf(engine, config) };
      } catch (error) {
        return { ok: false, error: engineErrorCode(error) };
      }
    },

    /** Target languages the engine reports for `config`. */
    async languages(config: EngineConfig): Promise<TranslateLanguagesReply> {
      try {
        const engine = deps.getEngine(config.engine);
        return { ok: true, languages: await engine.languages(config, deps.fetchFn, AbortSignal.timeout(TEST_TIMEOUT_MS)) };
      } catch (error) {
        return { ok: false, error: engineErrorCode(error) };
      }
    },
  };
}

export type TranslateService = ReturnType<typeof createTranslateService>;
