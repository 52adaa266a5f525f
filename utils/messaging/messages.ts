/**
 * The one list of messages between Leselotse's parts, named by direction as
 * Dark Reader does: UI (popup, options) → background, background → content
 * script, content script → background. Every message is a discriminated union
 * member; handlers are typed from this list.
 */
import type { ErrorCode } from '@/utils/errors';

/** What the reader in a tab reports about itself. */
export interface ReaderStatus {
  open: boolean;
  /** Set when the page had no article the reader could show. */
  readerable?: boolean;
  title?: string;
  error?: ErrorCode;
}

export type MessageUItoBG =
  | { type: 'ui-bg-toggle-reader'; tabId: number }
  | { type: 'ui-bg-reader-status'; tabId: number };

export type MessageBGtoCS =
  | { type: 'bg-cs-toggle-reader' }
  | { type: 'bg-cs-open-reader' }
  | { type: 'bg-cs-close-reader' }
  | { type: 'bg-cs-reader-status' };

export type MessageCStoBG = { type: 'cs-bg-ping' };

/** Replies, keyed by message type. */
export interface Replies {
  'ui-bg-toggle-reader': ReaderStatus;
  'ui-bg-reader-status': ReaderStatus;
  'bg-cs-toggle-reader': ReaderStatus;
  'bg-cs-open-reader': ReaderStatus;
  'bg-cs-close-reader': ReaderStatus;
  'bg-cs-reader-status': ReaderStatus;
  'cs-bg-ping': { ok: true };
}

export type AnyMessage = MessageUItoBG | MessageBGtoCS | MessageCStoBG;
export type MessageType = AnyMessage['type'];
export type MessageOf<T extends MessageType> = Extract<AnyMessage, { type: T }>;
export type ReplyOf<T extends MessageType> = T extends keyof Replies ? Replies[T] : never;

/** Messages are checked at the receiving end: anything else is ignored. */
const KNOWN: ReadonlySet<string> = new Set<MessageType>([
  'ui-bg-toggle-reader',
  'ui-bg-reader-status',
  'bg-cs-toggle-reader',
  'bg-cs-open-reader',
  'bg-cs-close-reader',
  'bg-cs-reader-status',
  'cs-bg-ping',
]);

/** True when `value` looks like one of Leselotse's messages. */
export function isMessage(value: unknown): value is AnyMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    KNOWN.has((value as { type: string }).type)
  );
}
