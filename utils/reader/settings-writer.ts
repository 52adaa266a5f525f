/**
 * Settings changes from a control that may be pressed faster than storage
 * answers (holding + on the keyboard). The change is shown at once; writes
 * are queued in order; while our own writes are in flight, the storage
 * echoes of earlier steps are not shown (they would step the size back and
 * make the next press lose a step). Changes from elsewhere (the popup, a
 * keyboard command) are shown when nothing of ours is pending.
 */
import { repairSettings, type Settings } from '@/utils/settings/schema';

export interface SettingsWriter {
  /** Apply a change now and store it. */
  change(patch: Partial<Settings>): void;
  /** Settings from storage (watch or first read). */
  stored(settings: Settings): void;
  /** What is shown now. */
  current(): Settings;
}

/** `write` stores a patch and resolves to the stored settings; `show` renders settings. */
export function createSettingsWriter(
  initial: Settings,
  write: (patch: Partial<Settings>) => Promise<Settings>,
  show: (settings: Settings) => void,
): SettingsWriter {
  let shown = initial;
  let pending = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let lastStored: Settings | undefined;
  const display = (settings: Settings) => {
    shown = settings;
    show(settings);
  };
  return {
    change(patch) {
      display(repairSettings({ ...shown, ...patch }));
      pending += 1;
      queue = queue
        .then(() => write(patch))
        .then(
          (settings) => (lastStored = settings),
          () => undefined,
        )
        .finally(() => {
          pending -= 1;
          if (pending === 0 && lastStored) display(lastStored);
        });
    },
    stored(settings) {
      lastStored = settings;
      if (pending === 0) display(settings);
    },
    current: () => shown,
  };
}
