/**
 * The reader's side of the plain-language rewrite: open the port, send the
 * article, hand the streamed pieces and the outcome to the view. `cancel()`
 * disconnects the port, which aborts the request in the background.
 */
import type { ErrorCode } from '@/utils/errors';
import type { Article } from '@/utils/extract/types';
import type { RewritePortBGtoCS, RewritePortCStoBG, RewriteScope } from '@/utils/messaging/rewrite-port';
import type { TypedPort } from '@/utils/messaging/ports';
import type { FactCheckResult } from './fact-check';

export interface RewriteEvents {
  onStart(destination: string, scope: RewriteScope): void;
  /** The whole text so far. */
  onText(text: string): void;
  onDone(text: string, facts: FactCheckResult): void;
  onFailed(error: ErrorCode, retryAfterMs?: number, off?: boolean): void;
}

/** Start one rewrite of `article`; returns the cancel function. */
export function startRewrite(
  article: Article,
  events: RewriteEvents,
  connect: () => TypedPort<RewritePortCStoBG, RewritePortBGtoCS>,
): () => void {
  const port = connect();
  let text = '';
  let over = false;
  const end = () => {
    over = true;
    port.disconnect();
  };
  port.onMessage((message) => {
    if (over) return;
    if (message.type === 'bg-cs-rewrite-start') events.onStart(message.destination, message.scope);
    else if (message.type === 'bg-cs-rewrite-delta') events.onText((text += message.text));
    else {
      end();
      if (message.type === 'bg-cs-rewrite-done') events.onDone(message.text, message.facts);
      else events.onFailed(message.error, message.retryAfterMs, message.off);
    }
  });
  // The worker stopped or the extension was updated: say so rather than spin.
  port.onDisconnect(() => !over && (over = true) && events.onFailed('context-invalidated'));
  port.post({ type: 'cs-bg-rewrite', article });
  return () => {
    if (!over) end();
  };
}
