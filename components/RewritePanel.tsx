/**
 * The optional plain-language engines in the reader (issue 6): "In Einfache
 * Sprache umschreiben" with the OpenAI-compatible engine (run in the
 * background, text sent to the host the label names) and Chrome's on-device
 * key points. Both are opt-in in the options page. The generated text is
 * untrusted: every line is sanitized and then shown as plain text (no images,
 * no links: a picture in a model's answer would be a web beacon), it is labelled as
 * machine output, and the fact check beside it flags what the model dropped or
 * invented. The German article below stays as it is, whatever happens here.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/extract/types';
import { errorMessageKey, type ErrorCode } from '@/utils/errors';
import { t, uiDir, uiLang } from '@/utils/i18n';
import type { RewriteOffer } from '@/utils/messaging/rewrite-port';
import type { FactCheckResult } from '@/utils/simplify/fact-check';
import type { KeyFacts } from '@/utils/simplify/key-facts';
import type { RewriteEvents } from '@/utils/simplify/rewrite-client';
import { rewriteSource } from '@/utils/simplify/rewrite-source';
import { germanSummaries, summarizeKeyPoints, type SummarizerFactory } from '@/utils/simplify/summarizer';
import { privacyText } from '@/utils/translate/engine-labels';

export interface RewritePanelProps {
  article: Article;
  facts?: KeyFacts;
  loadOffer: () => Promise<RewriteOffer>;
  /** Start a rewrite in the background; returns the cancel function. */
  rewrite: (article: Article, events: RewriteEvents) => () => void;
  /** Fact-check a summary made in the page (the check runs in the background). */
  checkFacts: (source: string, output: string, mustKeep: string[]) => Promise<FactCheckResult>;
  summarizer?: SummarizerFactory;
  /** Start the LLM rewrite as soon as it is offered (the reader's button was pressed while this panel loaded). */
  start?: 'llm';
  announce: (message: string) => void;
  /** The one DOMPurify config (utils/sanitize), handed in by the reader so this panel's script carries no copy. */
  sanitize: (html: string) => string;
}

/** Errors that break an answer off without making what came before it wrong. */
const BROKEN_OFF: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['network', 'timeout', 'server-error', 'context-invalidated', 'unknown']);

type State =
  | { kind: 'idle' }
  | { kind: 'running'; text: string; by: 'llm' | 'summary' }
  | { kind: 'done'; text: string; facts?: FactCheckResult; by: 'llm' | 'summary' }
  /** `text`: what had streamed in before the break, shown as incomplete and unchecked. */
  | { kind: 'failed'; message: string; text?: string; by?: 'llm' | 'summary' };

/**
 * One line of the model's answer as text. The answer is meant to be plain
 * text; whatever markup it carries is sanitized and then parsed in an inert
 * document (a DOMParser document loads nothing), and only its words are kept.
 * Rendering the markup would let an `<img src>` in the answer report the
 * reader to any server. Memoized: the text re-renders with every streamed piece.
 */
function PlainLine({ as: Tag, line, sanitize }: { as: 'p' | 'li'; line: string; sanitize: (html: string) => string }) {
  const text = useMemo(() => new DOMParser().parseFromString(sanitize(line), 'text/html').body.textContent ?? '', [line, sanitize]);
  return <Tag>{text}</Tag>;
}

/** The model's text by lines: "- ", "* ", "• " and "1." lines become lists. Markdown emphasis is dropped. */
function Lines({ text, sanitize }: { text: string; sanitize: (html: string) => string }) {
  const groups: { item: boolean; lines: string[] }[] = [];
  for (const raw of text.split(/\n+/u)) {
    const line = raw.replace(/\*\*|__/gu, '').trim();
    if (!line) continue;
    const marker = /^(?:[-*•]|\d+[.)])\s+/u.exec(line);
    const item = Boolean(marker);
    const last = groups.at(-1);
    const content = marker ? line.slice(marker[0].length) : line;
    if (last && last.item && item) last.lines.push(content);
    else groups.push({ item, lines: [content] });
  }
  return (
    <div class="ll-rw-text" lang="de" dir="ltr">
      {groups.map((group, i) =>
        group.item ? (
          <ul key={i}>
            {group.lines.map((line, j) => (
              <PlainLine key={j} as="li" line={line} sanitize={sanitize} />
            ))}
          </ul>
        ) : (
          <PlainLine key={i} as="p" line={group.lines[0]!} sanitize={sanitize} />
        ),
      )}
    </div>
  );
}

function FactReport({ facts }: { facts: FactCheckResult }) {
  if (facts.ok) return <p class="ll-rw-check ll-rw-ok">{t('rewriteCheckOk')}</p>;
  const list = (kind: 'dropped' | 'invented', label: string) =>
    facts[kind].length ? (
      <div class={`ll-rw-${kind}`}>
        <h3 class="ll-kf-heading">{t(label)}</h3>
        <ul lang="de" dir="ltr">
          {facts[kind].map((f) => (
            <li key={`${f.kind}:${f.key}`} data-fact-kind={f.kind}>
              <mark>{f.text}</mark>
            </li>
          ))}
        </ul>
      </div>
    ) : null;
  return (
    <div class="ll-rw-check ll-rw-flagged">
      <p>
        <strong>{t('rewriteCheckFlagged')}</strong>
      </p>
      {list('dropped', 'rewriteCheckDropped')}
      {list('invented', 'rewriteCheckInvented')}
    </div>
  );
}

/** What the screen reader hears when the check is done. */
function checkSummary(facts: FactCheckResult): string {
  if (facts.ok) return t('rewriteCheckOk');
  const texts = (list: FactCheckResult['dropped']) => list.map((f) => f.text).join(', ');
  return [
    t('rewriteCheckFlagged'),
    facts.dropped.length ? `${t('rewriteCheckDropped')}: ${texts(facts.dropped)}.` : '',
    facts.invented.length ? `${t('rewriteCheckInvented')}: ${texts(facts.invented)}.` : '',
  ].join(' ');
}

export function RewritePanel({ article, facts, loadOffer, rewrite, checkFacts, summarizer, start, announce, sanitize }: RewritePanelProps) {
  const [offer, setOffer] = useState<RewriteOffer | undefined>();
  const [summaries, setSummaries] = useState<boolean | undefined>();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const cancel = useRef<(() => void) | undefined>();
  const section = useRef<HTMLElement>(null);
  // Read once: a press before the panel was there starts the rewrite once, not on every update.
  const pending = useRef(start);
  const startLlmRef = useRef<() => void>();
  const focusCancel = useRef(false);

  useEffect(() => {
    let live = true;
    loadOffer().then(
      (o) => {
        if (!live) return;
        setOffer(o);
        if (o.summarizer) void germanSummaries(summarizer).then((ok) => live && setSummaries(ok));
      },
      () => undefined,
    );
    return () => {
      live = false;
      // Closing the reader aborts what is running.
      cancel.current?.();
    };
  }, [loadOffer, summarizer]);

  useEffect(() => {
    if (!offer?.llm || pending.current !== 'llm' || !startLlmRef.current) return;
    pending.current = undefined;
    startLlmRef.current();
    focusCancel.current = true;
  }, [offer]);

  useEffect(() => {
    // The button pressed was the reader's stand-in, gone now: focus goes to this panel's cancel button.
    if (state.kind !== 'running' || !focusCancel.current) return;
    focusCancel.current = false;
    section.current?.querySelector<HTMLButtonElement>('.ll-rw-cancel')?.focus();
  }, [state.kind]);

  if (!offer || (!offer.llm && !offer.summarizer) || !/^de(-|$)/iu.test(article.lang) || !article.blocks.length) return null;

  /**
   * `keepPartial`: the answer was broken off (the connection, the wait, the extension),
   * not bad in itself: what had streamed in stays, marked incomplete and unchecked. A
   * malformed or runaway answer is dropped whole.
   */
  const fail = (message: string, keepPartial = false) => {
    cancel.current = undefined;
    setState((prev) =>
      keepPartial && prev.kind === 'running' && prev.text.trim() ? { kind: 'failed', message, text: prev.text, by: prev.by } : { kind: 'failed', message },
    );
    announce(message);
  };
  const errorText = (error: ErrorCode, retryAfterMs?: number) =>
    // The translation engines retry a 429 on their own; the rewrite leaves the next try to the user.
    t('rewriteFailed', t(error === 'rate-limited' ? 'rewriteRateLimited' : errorMessageKey(error))) + (retryAfterMs ? ` ${t('rewriteRetryAfter', String(Math.ceil(retryAfterMs / 1000)))}` : '');

  const startLlm = () => {
    setState({ kind: 'running', text: '', by: 'llm' });
    announce(t('rewriteRunning'));
    cancel.current = rewrite(article, {
      onStart: () => undefined,
      onText: (text) => setState({ kind: 'running', text, by: 'llm' }),
      onDone: (text, result) => {
        cancel.current = undefined;
        setState({ kind: 'done', text, facts: result, by: 'llm' });
        announce(checkSummary(result));
      },
      onFailed: (error, retryAfterMs, off) => fail(off ? t('rewriteSwitchedOff') : errorText(error, retryAfterMs), !off && BROKEN_OFF.has(error)),
    });
  };

  const startSummary = () => {
    const controller = new AbortController();
    cancel.current = () => controller.abort();
    const source = rewriteSource(article, () => facts!, 4000).text;
    setState({ kind: 'running', text: '', by: 'summary' });
    announce(t('rewriteRunning'));
    summarizeKeyPoints(source, { factory: summarizer, signal: controller.signal, onText: (text) => !controller.signal.aborted && setState({ kind: 'running', text, by: 'summary' }) })
      .then(async (text) => {
        if (controller.signal.aborted) return;
        const keep = facts ? Object.values(facts).flat().map((f) => f.text) : [];
        const result = await checkFacts(source, text, keep).catch(() => undefined);
        cancel.current = undefined;
        setState({ kind: 'done', text, facts: result, by: 'summary' });
        announce(result ? checkSummary(result) : t('rewriteDone'));
      })
      .catch(() => !controller.signal.aborted && fail(t('rewriteSummaryFailed'), true));
  };

  startLlmRef.current = startLlm;

  const stop = () => {
    cancel.current?.();
    cancel.current = undefined;
    setState({ kind: 'idle' });
    announce(t('rewriteCancelled'));
  };

  const running = state.kind === 'running';
  return (
    <section ref={section} class="ll-rewrite" aria-labelledby="ll-rw-title" lang={uiLang()} dir={uiDir()}>
      <h2 id="ll-rw-title" class="ll-kf-title">
        {t('rewriteHeading')}
      </h2>
      {offer.llm ? (
        <p class="ll-rw-action">
          <button type="button" class="ll-rw-start" disabled={running} onClick={startLlm}>
            {t('rewriteAction')}
          </button>{' '}
          <span class="ll-rw-privacy">{privacyText(offer.llm.destination)}</span>
        </p>
      ) : null}
      {offer.summarizer ? (
        summaries ? (
          <p class="ll-rw-action">
            <button type="button" class="ll-rw-summary" disabled={running || !facts} onClick={startSummary}>
              {t('rewriteSummaryAction')}
            </button>{' '}
            <span class="ll-rw-privacy">{t('translatePrivacyDevice')}</span>
          </p>
        ) : summaries === false ? (
          <p class="ll-rw-unavailable">{t('rewriteSummaryUnavailable')}</p>
        ) : null
      ) : null}
      {running ? (
        <p class="ll-rw-action">
          <span>{t('rewriteRunning')}</span>{' '}
          <button type="button" class="ll-rw-cancel" onClick={stop}>
            {t('rewriteCancel')}
          </button>
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p class="ll-rw-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'failed' && state.text ? (
        <div class="ll-rw-result ll-rw-partial" data-by={state.by}>
          <p class="ll-machine-label">{t('simplifyMachineLabel')}</p>
          <p class="ll-rw-partial-note">{t('rewritePartial')}</p>
          <Lines text={state.text} sanitize={sanitize} />
        </div>
      ) : null}
      {state.kind === 'running' || state.kind === 'done' ? (
        <div class="ll-rw-result" aria-busy={running} data-by={state.by}>
          <p class="ll-machine-label">{t('simplifyMachineLabel')}</p>
          <Lines text={state.text} sanitize={sanitize} />
          {state.kind === 'done' && state.facts ? <FactReport facts={state.facts} /> : null}
        </div>
      ) : null}
    </section>
  );
}
