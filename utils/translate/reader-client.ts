/**
 * The reader's side of translation. Remote engines are asked through the
 * background (port, streamed results, abort on disconnect); Chrome's built-in
 * Translator is a Window API, so it runs here in the content script.
 */
import type { ErrorCode } from '@/utils/errors';
import type { PortBlock, TranslatePlan, TranslatePortBGtoCS, TranslatePortCStoBG } from '@/utils/messaging/translate-port';
import type { TypedPort } from '@/utils/messaging/ports';
import type { BlockResult, EngineId, TranslationEngine } from './types';
import type { TranslateBlocksOptions, TranslatableBlock } from './translate-blocks';
import { engineErrorCode } from './engine-error-code';

export interface ReaderTranslationEvents {
  /** How the text will be translated (shown as the privacy label), or `none` with no engine available. */
  onPlan(plan: TranslatePlan): void;
  onBlock(id: string, result: BlockResult): void;
  /** A whole request failed before any block could be tried. */
  onFailed(error: ErrorCode): void;
}

export interface ReaderTranslationDeps {
  connect: () => TypedPort<TranslatePortCStoBG, TranslatePortBGtoCS>;
  /**
   * Chrome's built-in engine when this window has `Translator` and it can
   * translate `source` → `target` (now or after a download), else undefined.
   */
  builtin?: (source: string, target: string) => Promise<TranslationEngine | undefined>;
  translateBlocks: (blocks: TranslatableBlock[], options: TranslateBlocksOptions) => Promise<{ requests: number; chars: number }>;
}

export interface ReaderTranslation {
  /** Translate (or retry) these blocks; results arrive through the events. */
  translate(blocks: PortBlock[]): void;
  /** Ask the background to open the options page (content scripts cannot). */
  openOptions(): void;
  /** Stop: disconnects the port, which aborts every request in flight. */
  close(): void;
}

const BUILTIN: EngineId = 'chrome-builtin';

/** Start translating for one reader and one target; `close()` when either changes. */
export function startReaderTranslation(
  source: string,
  target: string,
  events: ReaderTranslationEvents,
  deps: ReaderTranslationDeps,
): ReaderTranslation {
  const port = deps.connect();
  const local = new AbortController();
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, PortBlock[]>();

  const runBuiltin = (engine: TranslationEngine, blocks: PortBlock[]): void => {
    deps
      .translateBlocks(blocks, {
        engine,
        config: { engine: BUILTIN },
        source,
        target,
        // The built-in engine never fetches; a remote call from the page would hit its CORS anyway.
        fetchFn: () => Promise.reject(new TypeError('no network from the reader')),
        signal: local.signal,
        onBlock: (id, result) => {
          if (!closed) events.onBlock(id, result);
        },
      })
      .catch((error: unknown) => {
        if (!closed) events.onFailed(engineErrorCode(error));
      });
  };

  /** No remote engine: the browser's own translator if it can, else the "choose an engine" screen. */
  const tryBuiltin = async (blocks: PortBlock[]): Promise<void> => {
    const engine = await deps.builtin?.(source, target).catch(() => undefined);
    if (closed) return;
    if (!engine) {
      events.onPlan({ kind: 'none' });
      return;
    }
    events.onPlan({ kind: 'local', engine: BUILTIN });
    runBuiltin(engine, blocks);
  };

  port.onMessage((message) => {
    if (closed) return;
    switch (message.type) {
      case 'bg-cs-translate-plan': {
        const blocks = pending.get(message.requestId) ?? [];
        if (message.plan.kind === 'remote') events.onPlan(message.plan);
        else void tryBuiltin(blocks);
        break;
      }
      case 'bg-cs-translate-block':
        events.onBlock(message.id, message.result);
        break;
      case 'bg-cs-translate-failed':
        events.onFailed(message.error);
        break;
      case 'bg-cs-translate-done':
        pending.delete(message.requestId);
        break;
    }
  });
  port.onDisconnect(() => {
    // The worker was stopped or the extension updated: say so rather than hang.
    if (!closed) events.onFailed('context-invalidated');
  });

  return {
    translate(blocks) {
      if (closed || blocks.length === 0) return;
      const requestId = nextId++;
      pending.set(requestId, blocks);
      port.post({ type: 'cs-bg-translate-blocks', requestId, source, target, blocks });
    },
    openOptions() {
      if (!closed) port.post({ type: 'cs-bg-open-options' });
    },
    close() {
      if (closed) return;
      closed = true;
      local.abort();
      port.disconnect();
    },
  };
}
