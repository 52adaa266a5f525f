// @vitest-environment jsdom
/**
 * The reader's stand-in for the plain-language panel, whose script is loaded
 * when used: nothing is loaded while nothing is switched on; with the LLM
 * rewrite on, the button is there and the first press loads the panel and
 * starts the rewrite (the panel script is the real rewrite entry's mount, with
 * a fake port); with Chrome's key points on, the panel loads at once and a
 * press during that load is kept; a failed load says why and can be retried.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RewriteSlot } from '@/components/RewriteSlot';
import { RewritePanel } from '@/components/RewritePanel';
import { LeselotseError } from '@/utils/errors';
import type { RewriteOffer } from '@/utils/messaging/rewrite-port';
import type { RewriteModule, RewriteMountProps } from '@/utils/simplify/rewrite-module';
import { sanitizeHtml } from '@/utils/sanitize';
import { FEE_ARTICLE } from '../helpers/articles';

const ARTICLE = FEE_ARTICLE;

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
let host: HTMLElement;
afterEach(async () => {
  await act(() => render(null, host));
  host.remove();
});

/** A panel script as the rewrite entry registers it, rendering the real panel with a fake rewrite. */
function panelScript() {
  const rewrite = vi.fn(() => () => undefined);
  const mounted: RewriteMountProps[] = [];
  const unmount = vi.fn();
  const module: RewriteModule = {
    mount(slot, first) {
      mounted.push(first);
      const show = (props: RewriteMountProps) =>
        render(
          <RewritePanel
            {...props}
            loadOffer={() => Promise.resolve(props.offer)}
            rewrite={rewrite}
            checkFacts={() => Promise.resolve({ ok: true, dropped: [], invented: [] })}
            summarizer={{ availability: () => Promise.resolve('unavailable'), create: () => Promise.reject(new Error('none')) }}
          />,
          slot,
        );
      show(first);
      return {
        update: show,
        unmount: () => {
          unmount();
          render(null, slot);
        },
      };
    },
  };
  return { module, rewrite, mounted, unmount };
}

/** A load the test resolves or rejects when it wants. */
function deferredLoad() {
  let resolve!: (m: RewriteModule) => void;
  let reject!: (e: unknown) => void;
  const load = vi.fn(
    () =>
      new Promise<RewriteModule>((res, rej) => {
        resolve = res;
        reject = rej;
      }),
  );
  return { load, resolve: (m: RewriteModule) => act(async () => resolve(m)), reject: (e: unknown) => act(async () => reject(e)) };
}

async function mount(offer: RewriteOffer, load: () => Promise<RewriteModule>, article = ARTICLE) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const announce = vi.fn();
  const loadOffer = () => Promise.resolve(offer);
  await act(() => render(<RewriteSlot article={article} loadOffer={loadOffer} load={load} announce={announce} />, host));
  await flush();
  return { announce, loadOffer };
}

const button = (cls: string) => host.querySelector<HTMLButtonElement>(`button.${cls}`);

describe('RewriteSlot', () => {
  it('loads nothing and shows nothing while no engine is on, or for a page not in German', async () => {
    const { load } = deferredLoad();
    await mount({ summarizer: false }, load);
    expect(host.innerHTML).toBe('');
    await act(() => render(null, host));
    await mount({ llm: { destination: 'llm.example' }, summarizer: true }, load, { ...ARTICLE, lang: 'en' });
    expect(host.innerHTML).toBe('');
    expect(load).not.toHaveBeenCalled();
  });

  it('the first press loads the panel, shows a plain loading state, and starts the rewrite once', async () => {
    const { load, resolve } = deferredLoad();
    const { announce, loadOffer } = await mount({ llm: { destination: 'llm.example' }, summarizer: false }, load);
    expect(host.querySelector('section.ll-rewrite h2')?.textContent).toBe('rewriteHeading');
    expect(host.querySelector('.ll-rw-privacy')?.textContent).toBeTruthy();
    expect(load).not.toHaveBeenCalled();

    await act(() => button('ll-rw-start')!.click());
    expect(load).toHaveBeenCalledTimes(1);
    expect(button('ll-rw-start')!.disabled).toBe(true);
    expect(host.querySelector('.ll-rw-loading')?.textContent).toBe('rewriteLoading');
    expect(host.querySelector('section.ll-rewrite')?.getAttribute('aria-busy')).toBe('true');
    expect(announce).toHaveBeenCalledWith('rewriteLoading');

    const script = panelScript();
    await resolve(script.module);
    await flush();
    expect(script.mounted).toHaveLength(1);
    expect(script.mounted[0]).toMatchObject({ article: ARTICLE, start: 'llm', sanitize: sanitizeHtml });
    expect(script.rewrite).toHaveBeenCalledTimes(1);
    // The panel replaced the stand-in: one region, running, with its cancel button focused.
    expect(host.querySelectorAll('section.ll-rewrite')).toHaveLength(1);
    expect(host.querySelector('.ll-rw-loading')).toBeNull();
    expect(host.querySelector('.ll-rw-result')?.getAttribute('aria-busy')).toBe('true');
    expect(document.activeElement).toBe(button('ll-rw-cancel'));

    // Later updates (the facts arrive) do not start it again; closing the reader unmounts the panel.
    const facts = { about: [], documents: [], fees: [{ text: '5,00 Euro', blockId: 'b0' }], deadlines: [], dates: [], address: [], openingHours: [], online: [], contact: [] };
    await act(() => render(<RewriteSlot article={ARTICLE} facts={facts} loadOffer={loadOffer} load={load} announce={announce} />, host));
    await flush();
    expect(script.rewrite).toHaveBeenCalledTimes(1);
    expect(script.unmount).not.toHaveBeenCalled();
    expect(host.querySelector('.ll-rw-result')).not.toBeNull();
    await act(() => render(null, host));
    expect(script.unmount).toHaveBeenCalledTimes(1);
  });

  it('with the key points on, loads the panel at once; a press during the load is kept', async () => {
    const { load, resolve } = deferredLoad();
    await mount({ llm: { destination: 'llm.example' }, summarizer: true }, load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(host.querySelector('.ll-rw-loading')?.textContent).toBe('rewriteLoading');
    expect(button('ll-rw-start')!.disabled).toBe(false);
    await act(() => button('ll-rw-start')!.click());
    expect(load).toHaveBeenCalledTimes(1);
    const script = panelScript();
    await resolve(script.module);
    await flush();
    expect(script.mounted[0]).toMatchObject({ start: 'llm' });
    expect(script.rewrite).toHaveBeenCalledTimes(1);
    // The panel asked the (fake) Summarizer and says German does not work here.
    expect(host.querySelector('.ll-rw-unavailable')?.textContent).toBe('rewriteSummaryUnavailable');
  });

  it('a failed load says why, keeps nothing running, and the next press tries again', async () => {
    const first = deferredLoad();
    const { announce } = await mount({ llm: { destination: 'llm.example' }, summarizer: false }, first.load);
    await act(() => button('ll-rw-start')!.click());
    await first.reject(new LeselotseError('context-invalidated'));
    await flush();
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('rewriteFailed');
    expect(announce).toHaveBeenLastCalledWith('rewriteFailed');
    expect(button('ll-rw-start')!.disabled).toBe(false);
    expect(host.querySelector('.ll-rw-loading')).toBeNull();
    await act(() => button('ll-rw-start')!.click());
    expect(first.load).toHaveBeenCalledTimes(2);
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });
});
