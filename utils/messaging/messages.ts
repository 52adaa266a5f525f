/**
 * The one list of messages between Leselotse's parts, named by direction as
 * Dark Reader does: UI (popup, options) → background, background → content
 * script, content script → background. Every message is a discriminated union
 * member; handlers are typed from this list.
 */
import type { ErrorCode } from '@/utils/errors';
import type { LazyScript } from '@/utils/reader/lazy-scripts';
import type { ForgetResult, ForgetScope } from '@/utils/privacy/forget';
import type { EngineConfig } from '@/utils/translate/types';
import type { Article } from '@/utils/extract/types';
import type { ArticleAnalysis } from '@/utils/simplify/analyze';
export * from './translate-port';
import type { TranslateLanguagesReply, TranslateTestReply } from './translate-port';
export * from './rewrite-port';
import type { RewriteOffer } from './rewrite-port';
import type { ContactCandidates } from '@/utils/extract/contact-candidates';
import type { PickedContact } from '@/utils/extract/contact-pick';
import type { FactCheckResult } from '@/utils/simplify/fact-check';
import type { Settings } from '@/utils/settings/schema';
import type { SentenceSpan, TextToSplit } from '@/utils/reader/sentences';

/** What the reader in a tab reports about itself. */
export interface ReaderStatus {
  open: boolean;
  /** Set when the page had no article the reader could show. */
  readerable?: boolean;
  title?: string;
  error?: ErrorCode;
}

/** Whether the page's own text is enlarged (issue 4: text size without the reader). */
export interface PageTextStatus {
  on: boolean;
  error?: ErrorCode;
}

export type MessageUItoBG =
  | { type: 'ui-bg-toggle-reader'; tabId: number }
  /** `on` switches page-text enlarging; without it, the state is only asked. */
  | { type: 'ui-bg-page-text'; tabId: number; on?: boolean }
  | { type: 'ui-bg-reader-status'; tabId: number }
  | { type: 'ui-bg-forget'; scope: ForgetScope }
  | { type: 'ui-bg-translate-tab'; tabId: number; target: string }
  | { type: 'ui-bg-translate-test'; config: EngineConfig }
  | { type: 'ui-bg-translate-languages'; config: EngineConfig };

export type MessageBGtoCS =
  | { type: 'bg-cs-toggle-reader' }
  | { type: 'bg-cs-page-text'; on?: boolean }
  | { type: 'bg-cs-open-reader' }
  | { type: 'bg-cs-close-reader' }
  | { type: 'bg-cs-reader-status' }
  | { type: 'bg-cs-translate'; target: string };

export type MessageCStoBG =
  | { type: 'cs-bg-ping' }
  | { type: 'cs-bg-analyze'; article: Article }
  /** Parse the contact candidates the reader collected (text-only work, kept out of the content script). */
  | { type: 'cs-bg-contact'; candidates: ContactCandidates }
  /** Which plain-language engines are switched on. */
  | { type: 'cs-bg-rewrite-offer' }
  /** Inject a script the reader loads when a feature is first used into the sender's tab and frame. */
  | { type: 'cs-bg-load-script'; script: LazyScript }
  /** Fact-check a text generated in the page (Chrome's Summarizer) against its source. */
  | { type: 'cs-bg-fact-check'; source: string; output: string; mustKeep?: string[] }
  /** Read (or, with `change`, update) the settings through the versioned item: the reader has no storage library. */
  | { type: 'cs-bg-settings'; change?: Partial<Settings> }
  /** Split the texts read aloud into sentences (the splitter stays out of the content script). */
  | { type: 'cs-bg-sentences'; texts: TextToSplit[] };

/** Replies, keyed by message type. */
export interface Replies {
  'ui-bg-toggle-reader': ReaderStatus;
  'ui-bg-page-text': PageTextStatus;
  'bg-cs-page-text': PageTextStatus;
  'ui-bg-reader-status': ReaderStatus;
  'ui-bg-forget': ForgetResult | { error: ErrorCode };
  'bg-cs-toggle-reader': ReaderStatus;
  'bg-cs-open-reader': ReaderStatus;
  'bg-cs-close-reader': ReaderStatus;
  'bg-cs-reader-status': ReaderStatus;
  'ui-bg-translate-tab': ReaderStatus;
  'ui-bg-translate-test': TranslateTestReply;
  'ui-bg-translate-languages': TranslateLanguagesReply;
  'bg-cs-translate': ReaderStatus;
  'cs-bg-ping': { ok: true };
  'cs-bg-analyze': ArticleAnalysis;
  'cs-bg-contact': { picked?: PickedContact };
  'cs-bg-rewrite-offer': RewriteOffer;
  'cs-bg-load-script': { ok: true } | { error: ErrorCode };
  'cs-bg-fact-check': FactCheckResult;
  'cs-bg-settings': Settings;
  'cs-bg-sentences': SentenceSpan[][];
}

export type AnyMessage = MessageUItoBG | MessageBGtoCS | MessageCStoBG;
export type MessageType = AnyMessage['type'];
export type MessageOf<T extends MessageType> = Extract<AnyMessage, { type: T }>;
export type ReplyOf<T extends MessageType> = T extends keyof Replies ? Replies[T] : never;

/** Messages are checked at the receiving end: anything else is ignored. */
const KNOWN: ReadonlySet<string> = new Set<MessageType>([
  'ui-bg-toggle-reader',
  'ui-bg-page-text',
  'bg-cs-page-text',
  'ui-bg-reader-status',
  'ui-bg-forget',
  'bg-cs-toggle-reader',
  'bg-cs-open-reader',
  'bg-cs-close-reader',
  'bg-cs-reader-status',
  'ui-bg-translate-tab',
  'ui-bg-translate-test',
  'ui-bg-translate-languages',
  'bg-cs-translate',
  'cs-bg-ping',
  'cs-bg-analyze',
  'cs-bg-contact',
  'cs-bg-rewrite-offer',
  'cs-bg-load-script',
  'cs-bg-fact-check',
  'cs-bg-settings',
  'cs-bg-sentences',
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
