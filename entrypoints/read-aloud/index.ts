/**
 * The read-aloud engine: sentences from the reader's DOM, the speech loop and
 * the highlight of the sentence being read. An unlisted script the background
 * injects when the reader's read-aloud is first used (utils/reader/lazy-scripts.ts);
 * the buttons, the speed and the voice pickers stay in the reader.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerLazy } from '@/utils/reader/lazy-scripts';
import { createReadAloud } from '@/utils/reader/read-aloud';
import { collectSentences, rangeFor } from '@/utils/reader/sentence-dom';
import { createHighlighter, highlightApiOf } from '@/utils/reader/highlight';

export default defineUnlistedScript(() => registerLazy('read-aloud', { createReadAloud, collectSentences, rangeFor, createHighlighter, highlightApiOf }));
