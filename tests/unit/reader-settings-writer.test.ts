import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from '@/utils/settings/schema';
import { createSettingsWriter } from '@/utils/reader/settings-writer';

/** A storage whose writes answer only when the test says so, echoing each write to watchers. */
function slowStorage() {
  let stored: Settings = { ...DEFAULT_SETTINGS };
  const waiting: (() => void)[] = [];
  const echoes: Settings[] = [];
  return {
    write: (patch: Partial<Settings>) =>
      new Promise<Settings>((resolve) =>
        waiting.push(() => {
          stored = repairSettings({ ...stored, ...patch });
          echoes.push(stored);
          resolve(stored);
        }),
      ),
    /** Let queued work reach storage, answer the oldest write, let its callbacks run. */
    flushOne: async () => {
      await new Promise((r) => setTimeout(r, 0));
      waiting.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    },
    echoes,
    get stored() {
      return stored;
    },
  };
}

describe('settings writer', () => {
  it('shows quick steps at once and never steps back on the echoes of its own writes', async () => {
    const storage = slowStorage();
    const shown: number[] = [];
    const writer = createSettingsWriter({ ...DEFAULT_SETTINGS }, storage.write, (s) => shown.push(s.textSize));
    for (let i = 0; i < 3; i += 1) writer.change({ textSize: writer.current().textSize + 20 });
    expect(shown).toEqual([120, 140, 160]);
    // Echo of the first write arrives while two are still pending: not shown.
    await storage.flushOne();
    writer.stored(storage.echoes[0]!);
    expect(writer.current().textSize).toBe(160);
    await storage.flushOne();
    await storage.flushOne();
    expect(storage.stored.textSize).toBe(160);
    expect(shown.at(-1)).toBe(160);
    expect(shown).not.toContain(100);
  });

  it('shows changes made elsewhere when nothing of its own is pending', () => {
    const storage = slowStorage();
    const shown: string[] = [];
    const writer = createSettingsWriter({ ...DEFAULT_SETTINGS }, storage.write, (s) => shown.push(s.theme));
    writer.stored({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    expect(shown).toEqual(['sepia']);
    expect(writer.current().theme).toBe('sepia');
  });

  it('repairs what it shows', () => {
    const storage = slowStorage();
    const writer = createSettingsWriter({ ...DEFAULT_SETTINGS }, storage.write, () => undefined);
    writer.change({ textSize: 100000 });
    expect(writer.current().textSize).toBe(720);
  });
});
