import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isMessage, listen, sendToBackground } from '@/utils/messaging';

describe('messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('recognizes only known message types', () => {
    expect(isMessage({ type: 'ui-bg-toggle-reader', tabId: 1 })).toBe(true);
    expect(isMessage({ type: 'evil' })).toBe(false);
    expect(isMessage(null)).toBe(false);
    expect(isMessage('ui-bg-toggle-reader')).toBe(false);
  });

  it('routes a message to its handler and returns the reply', async () => {
    const handler = vi.fn(() => ({ open: true, title: 'T' }));
    listen({ 'ui-bg-toggle-reader': handler, 'ui-bg-reader-status': () => ({ open: false }) }, () => true);
    const reply = await sendToBackground({ type: 'ui-bg-toggle-reader', tabId: 7 });
    expect(reply).toEqual({ open: true, title: 'T' });
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ tabId: 7 }), expect.anything());
  });

  it('ignores senders the table does not accept', async () => {
    const handler = vi.fn(() => ({ open: true }));
    listen({ 'ui-bg-toggle-reader': handler, 'ui-bg-reader-status': handler }, () => false);
    // Nobody answers: the sender gets no reply at all.
    expect(await sendToBackground({ type: 'ui-bg-toggle-reader', tabId: 1 })).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });
});
