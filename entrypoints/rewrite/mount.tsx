/**
 * Rendering the rewrite panel into the slot the reader's view leaves for it.
 * This script has its own Preact: the panel is a render root of its own inside
 * the reader's shadow root, updated when the reader's props change.
 */
import { render } from 'preact';
import { RewritePanel } from '@/components/RewritePanel';
import { sendFromContent } from '@/utils/messaging';
import { connectRewritePort } from '@/utils/messaging/ports';
import { startRewrite } from '@/utils/simplify/rewrite-client';
import type { MountedRewrite, RewriteMountProps } from '@/utils/simplify/rewrite-module';
import type { Article } from '@/utils/extract/types';
import type { RewriteEvents } from '@/utils/simplify/rewrite-client';

/** The rewrite runs in the background (where the key lives); the fact check of a summary made here too. */
const rewrite = (article: Article, events: RewriteEvents) => startRewrite(article, events, connectRewritePort);
const checkFacts = (source: string, output: string, mustKeep: string[]) => sendFromContent({ type: 'cs-bg-fact-check', source, output, mustKeep });

export function mountRewrite(slot: HTMLElement, first: RewriteMountProps): MountedRewrite {
  const { offer } = first;
  const loadOffer = () => Promise.resolve(offer);
  const show = ({ article, facts, start, announce, sanitize }: RewriteMountProps) =>
    render(
      <RewritePanel
        article={article}
        facts={facts}
        loadOffer={loadOffer}
        rewrite={rewrite}
        checkFacts={checkFacts}
        start={start}
        announce={announce}
        sanitize={sanitize}
      />,
      slot,
    );
  show(first);
  return {
    update: show,
    unmount: () => render(null, slot),
  };
}
