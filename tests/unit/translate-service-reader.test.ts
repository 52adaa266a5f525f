import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { isolateLtrRuns } from '@/utils/translate/bidi';
import { startReaderTranslation } from '@/utils/translate/reader-client';
import type { TypedPort } from '@/utils/messaging/ports';
import type { TranslatePortBGtoCS, TranslatePortCStoBG } from '@/utils/messaging/translate-port';
import type { TranslationEngine } from '@/utils/translate/types';

function fakePort() {
  const sent: TranslatePortCStoBG[] = [];
  const listeners: ((m: TranslatePortBGtoCS) => void)[] = [];
  const disconnect = vi.fn();
  const port: TypedPort<TranslatePortCStoBG, TranslatePortBGtoCS> = {
    post: (m) => void sent.push(m),
    onMessage: (l) => void listeners.push(l),
    onDisconnect: () => undefined,
    disconnect,
  };
  return { port, sent, disconnect, receive: (m: TranslatePortBGtoCS) => listeners.forEach((l) => l(m)) };
}

const BLOCKS = [{ id: 'b0', html: 'Hallo', text: 'Hallo' }];

describe('bidi isolation of right-to-left translations', () => {
  it('wraps German names, phone numbers and e-mails in <bdi>, leaves Arabic text alone', () => {
    const { document } = parseHtml('<p></p>');
    const out = isolateLtrRuns(
      'اتصل بـ <b>Integrationsbüro</b> على 0340 204-2901 أو integrationsbuero@dessau-rosslau.de في Zerbster Straße 4.',
      document,
    );
    expect(out).toContain('<b><bdi>Integrationsbüro</bdi></b>');
    expect(out).toContain('<bdi>0340 204-2901</bdi>');
    expect(out).toContain('<bdi>integrationsbuero@dessau-rosslau.de</bdi>');
    expect(out).toContain('<bdi>Zerbster Straße 4</bdi>');
    expect(out).toContain('اتصل بـ ');
    expect(out).not.toMatch(/<bdi>[^<]*[\u0600-\u06FF]/);
  });

  it('sanitizes what the engine sent before isolating', () => {
    const { document } = parseHtml('<p></p>');
    const out = isolateLtrRuns('مرحبا <img src=x onerror="alert(1)"><script>alert(2)</script>', document);
    expect(out).not.toContain('onerror');
    expect(out).not.toContain('<script');
  });
});

describe('reader translation client', () => {
  it('sends the blocks, forwards the plan and block results', () => {
    const { port, sent, receive } = fakePort();
    const events = { onPlan: vi.fn(), onBlock: vi.fn(), onFailed: vi.fn() };
    const session = startReaderTranslation('de', 'ar', events, { connect: () => port, translateBlocks: vi.fn() });
    session.translate(BLOCKS);
    expect(sent).toEqual([{ type: 'cs-bg-translate-blocks', requestId: 1, source: 'de', target: 'ar', blocks: BLOCKS }]);
    receive({ type: 'bg-cs-translate-plan', requestId: 1, plan: { kind: 'remote', engine: 'deepl', destination: 'api-free.deepl.com' } });
    receive({ type: 'bg-cs-translate-block', requestId: 1, id: 'b0', result: { ok: true, html: 'مرحبا' } });
    expect(events.onPlan).toHaveBeenCalledWith({ kind: 'remote', engine: 'deepl', destination: 'api-free.deepl.com' });
    expect(events.onBlock).toHaveBeenCalledWith('b0', { ok: true, html: 'مرحبا' });
  });

  it('runs the built-in engine in the page when the background has no remote engine', async () => {
    const { port, receive } = fakePort();
    const events = { onPlan: vi.fn(), onBlock: vi.fn(), onFailed: vi.fn() };
    const builtin = { id: 'chrome-builtin', local: true } as TranslationEngine;
    const translateBlocks = vi.fn(async (_blocks, opts: { onBlock: (id: string, r: { ok: true; html: string }) => void }) => {
      opts.onBlock('b0', { ok: true, html: 'مرحبا' });
      return { requests: 0, chars: 0 };
    });
    const session = startReaderTranslation('de', 'ar', events, { connect: () => port, builtin: async () => builtin, translateBlocks });
    session.translate(BLOCKS);
    receive({ type: 'bg-cs-translate-plan', requestId: 1, plan: { kind: 'none' } });
    await vi.waitFor(() => expect(events.onPlan).toHaveBeenCalledWith({ kind: 'local', engine: 'chrome-builtin' }));
    expect(translateBlocks.mock.calls[0]![1]).toMatchObject({ engine: builtin, source: 'de', target: 'ar' });
    expect(events.onBlock).toHaveBeenCalledWith('b0', { ok: true, html: 'مرحبا' });
  });

  it('says "no engine" when neither the background nor the browser can translate, and closes the port', async () => {
    const { port, receive, disconnect } = fakePort();
    const events = { onPlan: vi.fn(), onBlock: vi.fn(), onFailed: vi.fn() };
    const session = startReaderTranslation('de', 'fa', events, { connect: () => port, builtin: async () => undefined, translateBlocks: vi.fn() });
    session.translate(BLOCKS);
    receive({ type: 'bg-cs-translate-plan', requestId: 1, plan: { kind: 'none' } });
    await vi.waitFor(() => expect(events.onPlan).toHaveBeenCalledWith({ kind: 'none' }));
    session.close();
    expect(disconnect).toHaveBeenCalledOnce();
    // Nothing reaches the reader after it closed.
    receive({ type: 'bg-cs-translate-block', requestId: 1, id: 'b0', result: { ok: true, html: 'x' } });
    expect(events.onBlock).not.toHaveBeenCalled();
  });
});
