/**
 * Hooks binding the reader view to a translation: the requested target (set by
 * the content script when the popup says "Translate") and the per-block state
 * of one running translation. Closing the reader or changing the target ends
 * the session, which disconnects the port and aborts what is in flight.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Block } from '@/utils/extract/types';
import type { ErrorCode } from '@/utils/errors';
import type { TranslatePlan } from '@/utils/messaging/translate-port';
import { connectTranslatePort } from '@/utils/messaging/ports';
import { startReaderTranslation, type ReaderTranslation } from '@/utils/translate/reader-client';
import { onTranslationRequest, translationRequest, type TranslationView } from '@/utils/translate/reader-request';
import { translateLocally } from '@/utils/translate/translate-locally';
// Only the on-device engine: the remote ones run in the background and stay out of the page's bundle.
import { chromeBuiltin } from '@/utils/translate/engines/chrome-builtin';
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

interface TranslatorFactory {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<string>;
}

/**
 * Chrome's built-in Translator runs in this window only; undefined where the
 * browser lacks it or cannot translate this pair (no fa/ps/ti/ku/so models).
 */
async function builtinEngine(source: string, target: string) {
  const factory = (globalThis as { Translator?: TranslatorFactory }).Translator;
  if (!factory) return undefined;
  const availability = await factory.availability({ sourceLanguage: source, targetLanguage: target });
  return availability === 'unavailable' ? undefined : chromeBuiltin;
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
  extraNow.current = extra;

  useEffect(() => {
    setPlan(undefined);
    setFailed(undefined);
    session.current = undefined;
    if (!target) {
      setStates({});
      return;
    }
    const all = [...extraNow.current.before, ...blocks, ...extraNow.current.after];
    sent.current = new Set(all.map((block) => block.id));
    setStates(Object.fromEntries(all.map((block) => [block.id, PENDING])));
    const translation = startReaderTranslation(
      source,
      target,
      {
        onPlan: setPlan,
        onBlock: (id, result) => setStates((current) => ({ ...current, [id]: result })),
        onFailed: (error) => {
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
      },
      { connect: connectTranslatePort, builtin: builtinEngine, translateBlocks: translateLocally },
    );
    session.current = translation;
    // Document order: the first screen is asked for first.
    translation.translate(all.map(toPort));
    return () => translation.close();
  }, [blocks, source, target, run]);

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
      setStates((current) => ({ ...current, [block.id]: { status: 'pending' } }));
      session.current?.translate([{ id: block.id, html: block.html, text: block.text }]);
    },
    openOptions: () => session.current?.openOptions(),
  };
}
