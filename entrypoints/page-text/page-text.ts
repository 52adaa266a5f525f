/**
 * Enlarging the page's own text (no reader) with the reader's text-size
 * setting, following it live while on. Nothing is stored about the page.
 */
import type { PageTextStatus } from '@/utils/messaging';
import { readSettings as getSettings, watchStoredSettings as watchSettings } from '@/utils/settings/reader-access';
import { createPageTextScaler } from '@/utils/reader/page-text-size';

/** The `bg-cs-page-text` handler: `on` switches, undefined asks. */
export function createPageTextHandler(): (on?: boolean) => Promise<PageTextStatus> {
  const scaler = createPageTextScaler(document, window);
  let unwatch: (() => void) | undefined;
  return async (on) => {
    if (on === true && !unwatch) {
      unwatch = watchSettings((settings) => scaler.apply(settings.textSize / 100));
      scaler.apply((await getSettings()).textSize / 100);
    } else if (on === false && unwatch) {
      unwatch();
      unwatch = undefined;
      scaler.reset();
    }
    return { on: Boolean(unwatch) };
  };
}
