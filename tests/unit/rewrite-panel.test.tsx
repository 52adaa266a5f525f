// @vitest-environment jsdom
/**
 * The reader's plain-language panel with fakes for the background and for
 * Chrome's Summarizer: nothing is offered until the user opted in; the rewrite
 * streams in, is labelled as machine output and shows the fact check (dropped
 * and invented facts flagged and announced); hostile model output is
 * sanitized; errors keep the German text and name the wait; cancel and
 * closing the reader abort; the Summarizer is offered only where German
 * works, and says so plainly where it does not.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RewritePanel, type RewritePanelProps } from '@/components/RewritePanel';
import type { Article } from '@/utils/extract/types';
import type { RewriteOffer } from '@/utils/messaging/rewrite-port';
import type { FactCheckResult } from '@/utils/simplify/fact-check';
import type { KeyFacts } from '@/utils/simplify/key-facts';
import type { RewriteEvents } from '@/utils/simplify/rewrite-client';
import type { SummarizerFactory } from '@/utils/simplify/summarizer';
import { sanitizeHtml } from '@/utils/sanitize';
import { FEE_ARTICLE } from '../helpers/articles';

const ARTICLE = FEE_ARTICLE;
const FACTS: KeyFacts = { about: [], documents: [], fees: [{ text: '5,00 Euro', blockId: 'b0' }], deadlines: [], dates: [], address: [], openingHours: [], online: [], contact: [] };
const FLAGGED: FactCheckResult = {
  ok: false,
  dropped: [{ kind: 'amount', text: '5,00 Euro', key: '5.00€', index: 0 }],
  invented: [{ kind: 'date', text: '12.03.2027', key: '12.3.2027', index: 3 }],
};

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

async function mount(offer: RewriteOffer, extra: Partial<RewritePanelProps> = {}) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const announce = vi.fn();
  let events: RewriteEvents | undefined;
  const cancel = vi.fn();
  const rewrite = vi.fn((_a: Article, e: RewriteEvents) => {
    events = e;
    return cancel;
  });
  const checkFacts = vi.fn(() => Promise.resolve<FactCheckResult>({ ok: true, dropped: [], invented: [] }));
  await act(() => {
    render(
      <RewritePanel article={ARTICLE} facts={FACTS} loadOffer={() => Promise.resolve(offer)} rewrite={rewrite} checkFacts={checkFacts} announce={announce} sanitize={sanitizeHtml} {...extra} />,
      host,
    );
  });
  await flush();
  return { announce, rewrite, cancel, checkFacts, events: () => events! };
}

const button = (cls: string) => host.querySelector<HTMLButtonElement>(`button.${cls}`);

describe('RewritePanel', () => {
  it('offers nothing when neither engine is switched on', async () => {
    await mount({ summarizer: false });
    expect(host.innerHTML).toBe('');
  });

  it('streams the rewrite, labels it and flags dropped and invented facts', async () => {
    const { rewrite, announce, events } = await mount({ llm: { destination: '127.0.0.1:11434' }, summarizer: false });
    expect(host.querySelector('.ll-rw-privacy')?.textContent).toBeTruthy();
    await act(() => button('ll-rw-start')!.click());
    expect(rewrite).toHaveBeenCalledWith(ARTICLE, expect.anything());
    await act(() => events().onText('- Die Gebühr: 15,00 Euro.'));
    expect(host.querySelector('.ll-rw-result')?.getAttribute('aria-busy')).toBe('true');
    expect(host.querySelector('.ll-rw-text li')?.textContent).toBe('Die Gebühr: 15,00 Euro.');
    await act(() => events().onDone('- Die Gebühr: 15,00 Euro.\nKommen Sie am 12.03.2027.', FLAGGED));
    expect(host.querySelector('.ll-machine-label')?.textContent).toBe('simplifyMachineLabel');
    expect(host.querySelector('.ll-rw-dropped mark')?.textContent).toBe('5,00 Euro');
    expect(host.querySelector('.ll-rw-invented mark')?.textContent).toBe('12.03.2027');
    expect(announce).toHaveBeenLastCalledWith(expect.stringContaining('5,00 Euro'));
    expect(announce).toHaveBeenLastCalledWith(expect.stringContaining('12.03.2027'));
    expect(host.textContent).not.toContain('Leichte Sprache');
  });

  it('sanitizes hostile model output before it touches the DOM', async () => {
    const { events } = await mount({ llm: { destination: 'llm.example' }, summarizer: false });
    await act(() => button('ll-rw-start')!.click());
    await act(() => events().onDone('Hallo <img src=x onerror="alert(1)"><script>alert(2)</script>\n- <a href="javascript:alert(3)">Link</a>', { ok: true, dropped: [], invented: [] }));
    const text = host.querySelector('.ll-rw-text')!;
    expect(text.querySelector('script, [onerror]')).toBeNull();
    expect(text.innerHTML).not.toContain('javascript:');
    expect(text.textContent).toContain('Hallo');
  });

  it('shows the model output as text only: no picture (a web beacon) and no link', async () => {
    const { events } = await mount({ llm: { destination: 'llm.example' }, summarizer: false });
    await act(() => button('ll-rw-start')!.click());
    await act(() =>
      events().onText('Termin <a href="https://stadt.example/termin">online buchen</a> <img src="https://tracker.example/pixel.png" alt="Pixel">\n- <b>Ausweis</b> &amp; Foto'),
    );
    const text = host.querySelector('.ll-rw-text')!;
    expect(text.querySelectorAll('*:not(p, ul, li)')).toHaveLength(0);
    expect([...text.querySelectorAll('p, li')].map((el) => el.textContent)).toEqual(['Termin online buchen ', 'Ausweis & Foto']);
  });

  it('shows the error with the wait from Retry-After, and cancel aborts', async () => {
    const { events, cancel, announce } = await mount({ llm: { destination: 'llm.example' }, summarizer: false });
    await act(() => button('ll-rw-start')!.click());
    await act(() => events().onFailed('rate-limited', 30_000));
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('rewriteFailed');
    expect(announce).toHaveBeenCalledWith(expect.stringContaining('rewriteFailed'));
    await act(() => button('ll-rw-start')!.click());
    await act(() => button('ll-rw-cancel')!.click());
    expect(cancel).toHaveBeenCalledOnce();
    expect(host.querySelector('.ll-rw-result')).toBeNull();
  });

  it('keeps what had streamed in when the answer breaks off, marked incomplete and unchecked; drops a bad answer whole', async () => {
    const { events, checkFacts } = await mount({ llm: { destination: 'llm.example' }, summarizer: false });
    await act(() => button('ll-rw-start')!.click());
    await act(() => events().onText('Sie müssen 5,00 Euro bezahlen.\nBringen Sie'));
    await act(() => events().onFailed('network'));
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('rewriteFailed');
    const partial = host.querySelector('.ll-rw-result.ll-rw-partial')!;
    expect(partial.getAttribute('data-by')).toBe('llm');
    expect(partial.querySelector('.ll-machine-label')?.textContent).toBe('simplifyMachineLabel');
    expect(partial.querySelector('.ll-rw-partial-note')?.textContent).toBe('rewritePartial');
    expect(partial.querySelector('.ll-rw-text')?.textContent).toContain('Sie müssen 5,00 Euro bezahlen.');
    expect(partial.getAttribute('aria-busy')).toBeNull();
    expect(checkFacts).not.toHaveBeenCalled();
    // A new start clears it; a break before any text shows the error alone.
    await act(() => button('ll-rw-start')!.click());
    await act(() => events().onFailed('timeout'));
    expect(host.querySelector('[role="alert"]')).not.toBeNull();
    expect(host.querySelector('.ll-rw-result')).toBeNull();
    // A bad answer (malformed, runaway) is dropped whole, whatever had streamed in.
    for (const error of ['bad-response', 'too-long'] as const) {
      await act(() => button('ll-rw-start')!.click());
      await act(() => events().onText('Einfach gesagt: Die Gebühr'));
      await act(() => events().onFailed(error));
      expect(host.querySelector('[role="alert"]')?.textContent, error).toContain('rewriteFailed');
      expect(host.querySelector('.ll-rw-result'), error).toBeNull();
    }
  });

  it('aborts a running rewrite when the reader closes', async () => {
    const { cancel } = await mount({ llm: { destination: 'llm.example' }, summarizer: false });
    await act(() => button('ll-rw-start')!.click());
    await act(() => render(null, host));
    expect(cancel).toHaveBeenCalledOnce();
  });

  it('says plainly that the Summarizer cannot do German here', async () => {
    const factory: SummarizerFactory = { availability: () => Promise.resolve('unavailable'), create: vi.fn() };
    await mount({ summarizer: true }, { summarizer: factory });
    await flush();
    expect(button('ll-rw-summary')).toBeNull();
    expect(host.querySelector('.ll-rw-unavailable')?.textContent).toBe('rewriteSummaryUnavailable');
  });

  it('runs the Summarizer in the page and has the background check the key facts', async () => {
    const summarizeStreaming = () =>
      new ReadableStream<string>({
        start(c) {
          c.enqueue('- Gebühr: 5,00 Euro');
          c.close();
        },
      });
    const factory: SummarizerFactory = { availability: () => Promise.resolve('available'), create: vi.fn(() => Promise.resolve({ summarizeStreaming })) };
    const { checkFacts } = await mount({ summarizer: true }, { summarizer: factory });
    await flush();
    await act(() => button('ll-rw-summary')!.click());
    await flush();
    await flush();
    expect(checkFacts).toHaveBeenCalledWith('Die Gebühr beträgt 5,00 Euro.', '- Gebühr: 5,00 Euro', ['5,00 Euro']);
    expect(host.querySelector('.ll-rw-result')?.getAttribute('data-by')).toBe('summary');
    expect(host.querySelector('.ll-rw-ok')?.textContent).toBe('rewriteCheckOk');
  });
});
