/**
 * The rewrite script: the reader's opt-in plain-language panel (LLM rewrite,
 * Chrome's key points, the fact check beside them). An unlisted script the
 * background injects into a tab whose reader needs it (utils/reader/lazy-scripts.ts):
 * never registered for pages, not web-accessible, and no page-visible start
 * signal. The reader's own script stays small for everyone who never switches
 * the rewrite on.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerLazy } from '@/utils/reader/lazy-scripts';
import { mountRewrite } from './mount';

export default defineUnlistedScript(() => registerLazy('rewrite', { mount: mountRewrite }));
