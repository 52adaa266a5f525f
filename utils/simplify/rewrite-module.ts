/**
 * The contract between the reader script and the rewrite script (`rewrite.js`,
 * loaded when used: utils/reader/lazy-scripts.ts). The rewrite panel (the
 * opt-in LLM rewrite and Chrome's key points, with its fact check) is not in
 * the reader's always-injected script: most readers never switch it on.
 */
import type { Article } from '@/utils/extract/types';
import type { RewriteOffer } from '@/utils/messaging/rewrite-port';
import type { KeyFacts } from './key-facts';

/** What the reader hands the rewrite panel. */
export interface RewriteMountProps {
  article: Article;
  facts?: KeyFacts;
  /** The engines switched on, as the reader already asked the background. */
  offer: RewriteOffer;
  /** Start the LLM rewrite at once: the user pressed the reader's button before the script was there. */
  start?: 'llm';
  announce: (message: string) => void;
  /** The reader's sanitizer (utils/sanitize), so the rewrite script carries no second copy of DOMPurify. */
  sanitize: (html: string) => string;
}

export interface MountedRewrite {
  update(props: RewriteMountProps): void;
  unmount(): void;
}

/** What the rewrite script registers. */
export interface RewriteModule {
  /** Render the panel into `slot` (an element the reader's view leaves empty). */
  mount(slot: HTMLElement, props: RewriteMountProps): MountedRewrite;
}
