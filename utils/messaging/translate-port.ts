/**
 * The translation port's messages, named by direction like the one-shot list in
 * `messages.ts`. The reader (content script) opens a long-lived port to the
 * background: results stream back block by block, and closing the reader or
 * changing the target disconnects the port, which aborts every request in flight.
 */
import type { ErrorCode } from '@/utils/errors';
import type { BlockResult, EngineId } from '@/utils/translate/types';

/** `runtime.connect` name of the translation port. */
export const TRANSLATE_PORT_NAME = 'leselotse-translate';

/** A block as sent for translation: only its content, never the page URL. */
export interface PortBlock {
  id: string;
  html: string;
  text: string;
}

/**
 * How the background will translate: remotely with a configured engine, or not
 * at all because the chosen engine runs in the page (Chrome's built-in
 * Translator) or because nothing is configured yet.
 */
export type TranslatePlan =
  | { kind: 'remote'; engine: EngineId; destination: string }
  | { kind: 'local'; engine: EngineId }
  | { kind: 'none' };

export type TranslatePortCStoBG =
  | { type: 'cs-bg-translate-blocks'; requestId: number; source: string; target: string; blocks: PortBlock[] }
  | { type: 'cs-bg-open-options' };

export type TranslatePortBGtoCS =
  | { type: 'bg-cs-translate-plan'; requestId: number; plan: TranslatePlan }
  | { type: 'bg-cs-translate-block'; requestId: number; id: string; result: BlockResult }
  | { type: 'bg-cs-translate-done'; requestId: number; requests: number; chars: number }
  | { type: 'bg-cs-translate-failed'; requestId: number; error: ErrorCode };

/** Reply to "Test connection" on the options page. */
export type TranslateTestReply = { ok: true; destination: string } | { ok: false; error: ErrorCode };

/** Target languages of an engine, as it reports them. */
export type TranslateLanguagesReply = { ok: true; languages: string[] } | { ok: false; error: ErrorCode };

const CS_TYPES: ReadonlySet<string> = new Set<TranslatePortCStoBG['type']>(['cs-bg-translate-blocks', 'cs-bg-open-options']);

/** True when `value` is a message the reader may send on the translation port. */
export function isTranslatePortRequest(value: unknown): value is TranslatePortCStoBG {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    CS_TYPES.has((value as { type: string }).type)
  );
}
