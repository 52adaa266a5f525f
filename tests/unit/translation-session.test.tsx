// @vitest-environment jsdom
/**
 * The reader's translation session loads the translation client (a script of
 * its own, utils/reader/lazy-scripts.ts) only when a target is asked for.
 * While it loads, every block waits with its German text; the first request
 * goes out in document order once it is there, and blocks that arrived in the
 * meantime follow; a client that cannot be loaded leaves the German text with
 * a retry that loads it again; a session ended during the load sends nothing.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTranslationSession, type ExtraBlocks, type TranslationSessionState } from '@/components/TranslationSession';
import type { Block } from '@/utils/extract/types';
import { LeselotseError } from '@/utils/errors';
import type { ReaderTranslationEvents } from '@/utils/translate/reader-client';
import type { ReaderTranslateModule } from '@/utils/translate/reader-translate-module';

const loadLazy = vi.fn();
vi.mock('@/utils/reader/lazy-scripts', () => ({ loadLazy: (name: string) => loadLazy(name) }));

const block = (id: string, text: string): Block => ({ id, kind: 'paragraph', html: text, text });
const BLOCKS = [block('b0', 'Die Gebühr beträgt 5,00 Euro.'), block('b1', 'Bringen Sie Ihren Ausweis mit.')];
const NONE: ExtraBlocks = { before: [], after: [] };

/** A client as the translate script registers it, recording what the reader asks of it. */
function fakeClient() {
  const requests: string[][] = [];
  const closed = vi.fn();
  let events: ReaderTranslationEvents | undefined;
  const start = vi.fn((_source: string, _target: string, e: ReaderTranslationEvents, sanitize: (html: string) => string) => {
    events = e;
    expect(sanitize('<img src=x onerror=alert(1)>ok')).not.toContain('onerror');
    return { translate: (blocks: { id: string }[]) => void requests.push(blocks.map((b) => b.id)), openOptions: vi.fn(), close: closed };
  });
  const module: ReaderTranslateModule = { start };
  return { module, start, requests, closed, events: () => events! };
}

/** A load the test settles when it wants. */
function deferred() {
  let resolve!: (m: ReaderTranslateModule) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<ReaderTranslateModule>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let host: HTMLElement;
let state: TranslationSessionState;
function Probe({ target, extra }: { target?: string; extra: ExtraBlocks }) {
  state = useTranslationSession(BLOCKS, 'de', target, 0, extra);
  return null;
}
const show = (target: string | undefined, extra: ExtraBlocks = NONE) => act(() => render(<Probe target={target} extra={extra} />, host));
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

beforeEach(() => {
  loadLazy.mockReset();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(async () => {
  await act(() => render(null, host));
  host.remove();
});

describe('useTranslationSession', () => {
  it('loads nothing without a target', async () => {
    await show(undefined);
    await flush();
    expect(loadLazy).not.toHaveBeenCalled();
    expect(state.blocks).toEqual({});
  });

  it('keeps every block waiting while the client loads, then asks in document order; blocks that arrived meanwhile follow', async () => {
    const load = deferred();
    loadLazy.mockReturnValue(load.promise);
    const client = fakeClient();
    await show('ar');
    expect(loadLazy).toHaveBeenCalledWith('translate');
    expect(state.blocks).toEqual({ b0: { status: 'pending' }, b1: { status: 'pending' } });
    // The key-facts card arrives before the client is there.
    await show('ar', { before: [block('f0', 'Kosten: 5,00 Euro')], after: [] });
    expect(client.requests).toEqual([]);
    load.resolve(client.module);
    await flush();
    expect(client.start).toHaveBeenCalledWith('de', 'ar', expect.anything(), expect.any(Function));
    expect(client.requests).toEqual([['b0', 'b1'], ['f0']]);
    expect(state.blocks.f0).toEqual({ status: 'pending' });
    await act(() => client.events().onBlock('b0', { ok: true, html: 'الرسوم' }));
    expect(state.blocks.b0).toEqual({ ok: true, html: 'الرسوم' });
    expect(state.blocks.b1).toEqual({ status: 'pending' });
  });

  it('a client that cannot be loaded leaves the German text with a retry that loads it again', async () => {
    loadLazy.mockRejectedValueOnce(new LeselotseError('context-invalidated'));
    await show('uk');
    await flush();
    expect(state.failed).toBe('context-invalidated');
    expect(state.blocks.b0).toEqual({ ok: false, error: 'context-invalidated', retryable: true });
    expect(state.blocks.b1).toEqual({ ok: false, error: 'context-invalidated', retryable: true });
    const client = fakeClient();
    loadLazy.mockResolvedValueOnce(client.module);
    await act(() => state.retry(BLOCKS[0]!));
    await flush();
    expect(loadLazy).toHaveBeenCalledTimes(2);
    expect(state.failed).toBeUndefined();
    expect(client.requests).toEqual([['b0', 'b1']]);
  });

  it('a session ended while the client loads starts nothing', async () => {
    const load = deferred();
    loadLazy.mockReturnValue(load.promise);
    const client = fakeClient();
    await show('tr');
    await show(undefined);
    load.resolve(client.module);
    await flush();
    expect(client.start).not.toHaveBeenCalled();
    expect(state.blocks).toEqual({});
  });

  it('closes the running client when the target changes', async () => {
    const client = fakeClient();
    loadLazy.mockResolvedValue(client.module);
    await show('ar');
    await flush();
    await show('fa');
    await flush();
    expect(client.closed).toHaveBeenCalledTimes(1);
    expect(client.start).toHaveBeenLastCalledWith('de', 'fa', expect.anything(), expect.any(Function));
  });
});
