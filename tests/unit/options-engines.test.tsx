// @vitest-environment jsdom
/**
 * The options page's engine section reads the stored settings asynchronously.
 * An engine picked, or a server address typed, before they arrive stays: the
 * late answer must not switch the choice back (Chromium offers its built-in
 * Translator first) or empty the field. Without an early choice the stored
 * active engine is selected.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EffectiveEngineSettings } from '@/utils/privacy/engine-policy';

let answer: (settings: EffectiveEngineSettings) => void;
vi.mock('wxt/browser', () => ({ browser: { permissions: { request: vi.fn(async () => true) } } }));
vi.mock('@/utils/settings/effective-engine', () => ({
  getEffectiveEngineSettings: vi.fn(() => new Promise<EffectiveEngineSettings>((resolve) => (answer = resolve))),
  saveEffectiveEngineConfig: vi.fn(),
}));
vi.mock('@/utils/settings/managed', () => ({
  getEffectiveSettings: vi.fn(async () => ({})),
  getManagedPolicy: vi.fn(async () => undefined),
}));
vi.mock('@/utils/settings', () => ({ watchSettings: vi.fn(() => () => undefined) }));
vi.mock('@/utils/privacy/shared-mode', () => ({ isSharedMode: () => false }));
vi.mock('@/utils/messaging', () => ({ sendToBackground: vi.fn() }));
vi.mock('../../entrypoints/options/SimplifyOptIn', () => ({ SimplifyOptIn: () => null }));

const { EnginesSection } = await import('../../entrypoints/options/EnginesSection');
const { ENGINE_IDS } = await import('@/utils/settings/engines');

const STORED: EffectiveEngineSettings = {
  configs: { deepl: { engine: 'deepl', apiKey: 'stored-key' } },
  active: 'deepl',
  offered: [...ENGINE_IDS],
  presets: {},
};

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  // Chromium's built-in Translator: the engine offered first when nothing is stored.
  (globalThis as Record<string, unknown>).Translator = {};
});
afterEach(async () => {
  await act(() => render(null, host));
  host.remove();
  delete (globalThis as Record<string, unknown>).Translator;
});

const radio = (id: string) => host.querySelector<HTMLInputElement>(`input[type="radio"][value="${id}"]`)!;
const textFields = () => Array.from(host.querySelectorAll<HTMLInputElement>('input:not([type="radio"])'));

describe('engine section of the options page', () => {
  it('keeps an engine picked and an address typed before the stored settings arrive', async () => {
    await act(() => render(<EnginesSection />, host));
    await act(() => radio('libretranslate').click());
    const field = textFields()[0]!;
    await act(() => {
      field.value = 'http://127.0.0.1:5000';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => answer({ ...STORED, active: undefined }));
    await flush();
    expect(radio('libretranslate').checked).toBe(true);
    expect(radio('chrome-builtin').checked).toBe(false);
    expect(textFields()[0]!.value).toBe('http://127.0.0.1:5000');
  });

  it('selects the stored active engine when nothing was picked before', async () => {
    await act(() => render(<EnginesSection />, host));
    await act(() => answer(STORED));
    await flush();
    expect(radio('deepl').checked).toBe(true);
  });
});
