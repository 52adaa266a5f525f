/**
 * The only module that touches `runtime.sendMessage`, `tabs.sendMessage` and
 * `runtime.onMessage`. Senders are typed by the message list; handlers are one
 * table per receiving side.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  isMessage,
  type AnyMessage,
  type MessageBGtoCS,
  type MessageCStoBG,
  type MessageOf,
  type MessageType,
  type MessageUItoBG,
  type ReplyOf,
} from './messages';

export * from './messages';

/** Send a UI → background message and wait for the typed reply. */
export async function sendToBackground<M extends MessageUItoBG>(
  message: M,
): Promise<ReplyOf<M['type']>> {
  return (await browser.runtime.sendMessage(message)) as ReplyOf<M['type']>;
}

/** Send a content-script → background message and wait for the typed reply. */
export async function sendFromContent<M extends MessageCStoBG>(message: M): Promise<ReplyOf<M['type']>> {
  return (await browser.runtime.sendMessage(message)) as ReplyOf<M['type']>;
}

/** Send a background → content-script message to one tab's top frame. */
export async function sendToTab<M extends MessageBGtoCS>(
  tabId: number,
  message: M,
): Promise<ReplyOf<M['type']>> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as ReplyOf<M['type']>;
}

export type Handler<T extends MessageType> = (
  message: MessageOf<T>,
  sender: Browser.runtime.MessageSender,
) => Promise<ReplyOf<T>> | ReplyOf<T>;

export type HandlerTable<T extends MessageType> = { [K in T]: Handler<K> };

/**
 * Listen for the messages of one table. `accept` checks the sender before any
 * privileged work (only our own extension's pages and scripts are answered).
 * Returns a function that removes the listener.
 */
export function listen<T extends MessageType>(
  table: HandlerTable<T>,
  accept: (sender: Browser.runtime.MessageSender) => boolean = isOwnSender,
): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<unknown> | undefined => {
    if (!isMessage(message) || !(message.type in table) || !accept(sender)) return undefined;
    const handler = table[message.type as T] as unknown as (
      m: AnyMessage,
      s: Browser.runtime.MessageSender,
    ) => unknown;
    return Promise.resolve(handler(message, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Our own extension's pages, workers and content scripts, nobody else. */
export function isOwnSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}
