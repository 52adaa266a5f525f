/**
 * Hooks binding the reader view to a translation: the requested target (set by
 * the content script when the popup says "Translate") and the per-block state
 * of one running translation. Closing the reader or changing the target ends
 * the session, which disconnects the port and aborts what is in flight.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Block } from '@/utils/extract/types';
import { toErrorCode, type ErrorCode } from '@/utils/errors';
import type { TranslatePlan } from '@/utils/messaging/translate-port';
import { loadLazy } from '@/utils/reader/lazy-scripts';
import { sanitizeHtml } from '@/utils/sanitize';
import type { ReaderTranslation } from '@/utils/translate/reader-client';
import { onTranslationRequest, translationRequest, type TranslationView } from '@/utils/translate/reader-request';
import type { BlockResult } from '@/utils/translate/types';

export type BlockState = { status: 'pending' } | BlockResult;

/** The requested target language and view, re-rendering on change. */
export function useTranslationRequest(): { target?: string; view: TranslationView; run: number } {
  const [request, setRequest] = useState(translationRequest());
  useEffect(() => {
    // Effects run after paint (late in a background tab): catch a request made since the first render.
    setRequest(translationRequest());
    return onTranslationRequest(setRequest);
  }, []);
  return request;
}

/** The reader's own texts translated along with the article: the key-facts card before it, the word list after it. */
export interface ExtraBlocks {
  before: Block[];
  after: Block[];
}

const NO_EXTRA: ExtraBlocks = { before: [], after: [] };
const PENDING: BlockState = { status: 'pending' };
const toPort = ({ id, html, text }: Block) => ({ id, html, text });

export interface TranslationSessionState {
  plan?: TranslatePlan;
  blocks: Record<string, BlockState>;
  failed?: ErrorCode;
  retry: (block: Block) => void;
  openOptions: () => void;
}

/**
 * Translate `blocks` from `source` into `target` (nothing while it is
 * undefined), block by block, in document order: `extra.before`, the blocks,
 * `extra.after`. Extra blocks that arrive later (the card is computed in the
 * background) join the running session instead of restarting it.
 */
export function useTranslationSession(
  blocks: Block[],
  source: string,
  target: string | undefined,
  run = 0,
  extra: ExtraBlocks = NO_EXTRA,
): TranslationSessionState {
  const [plan, setPlan] = useState<TranslatePlan | undefined>();
  const [states, setStates] = useState<Record<string, BlockState>>({});
  const [failed, setFailed] = useState<ErrorCode | undefined>();
  const session = useRef<ReaderTranslation | undefined>(undefined);
  const sent = useRef(new Set<string>());
  const extraNow = useRef(extra);
  // A retry after the client failed to load loads it again.
  const [attempt, setAttempt] = useState(0);
  extraNow.current = extra;

  useEffect(() => {
    setPlan(undefined);
    setFailed(undefined);
    session.current = undefined;
    if (!target) {
      setStates({});
      return;
    }
    const blocksOf = () => [...extraNow.current.before, ...blocks, ...extraNow.current.after];
    const first = blocksOf();
    // Every block waits (German text, marked busy) while the translation client loads.
    sent.current = new Set(first.map((block) => block.id));
    setStates(Object.fromEntries(first.map((block) => [block.id, PENDING])));
    const events = {
      onPlan: setPlan,
      onBlock: (id: string, result: BlockResult) => setStates((current) => ({ ...current, [id]: result })),
      onFailed: (error: ErrorCode) => {
        setFailed(error);
        // Whatever was still waiting keeps its German text and gets a retry button.
        setStates((current) =>
          Object.fromEntries(
            Object.entries(current).map(([id, state]) => [
              id,
              'status' in state ? { ok: false, error, retryable: true } : state,
            ]),
          ),
        );
      },
    };
    let live = true;
    let translation: ReaderTranslation | undefined;
    loadLazy('translate').then(
      (client) => {
        if (!live) return;
        translation = client.start(source, target, events, sanitizeHtml);
        session.current = translation;
        // Document order: the first screen is asked for first.
        translation.translate(first.map(toPort));
        // Extra blocks that arrived while the client loaded follow, as they would have once it ran.
        const fresh = blocksOf().filter((block) => !sent.current.has(block.id));
        for (const block of fresh) sent.current.add(block.id);
        if (fresh.length) {
          setStates((current) => ({ ...current, ...Object.fromEntries(fresh.map((block) => [block.id, PENDING])) }));
          translation.translate(fresh.map(toPort));
        }
      },
      // The script could not be loaded (the extension was updated, the page navigated): the German stays, with a retry.
      (error: unknown) => live && events.onFailed(toErrorCode(error)),
    );
    return () => {
      live = false;
      translation?.close();
    };
  }, [blocks, source, target, run, attempt]);

  useEffect(() => {
    const fresh = [...extra.before, ...extra.after].filter((block) => !sent.current.has(block.id));
    if (!session.current || fresh.length === 0) return;
    for (const block of fresh) sent.current.add(block.id);
    setStates((current) => ({ ...current, ...Object.fromEntries(fresh.map((block) => [block.id, PENDING])) }));
    session.current.translate(fresh.map(toPort));
  }, [extra]);

  return {
    plan,
    blocks: states,
    failed,
    retry: (block) => {
      setFailed(undefined);
      if (!session.current) {
        setAttempt((n) => n + 1);
        return;
      }
      setStates((current) => ({ ...current, [block.id]: { status: 'pending' } }));
      session.current.translate([{ id: block.id, html: block.html, text: block.text }]);
    },
    openOptions: () => session.current?.openOptions(),
  };
}
