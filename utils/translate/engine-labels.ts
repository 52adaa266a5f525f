/**
 * Localized names of the engines and the one-line privacy label shown beside
 * each ("stays on this device" / "text is sent to <host>").
 */
import { t } from '@/utils/i18n';
import type { EngineId } from './types';

const NAME_KEYS: Record<EngineId, string> = {
  'chrome-builtin': 'translateEngineChromeBuiltin',
  libretranslate: 'translateEngineLibretranslate',
  deepl: 'translateEngineDeepl',
  google: 'translateEngineGoogle',
  microsoft: 'translateEngineMicrosoft',
  mymemory: 'translateEngineMymemory',
  openai: 'translateEngineOpenai',
};

/** The engine's name in the UI language. */
export function engineLabel(id: EngineId): string {
  return t(NAME_KEYS[id]);
}

/** Where the text goes, for an engine's `destination()` result. */
export function privacyText(destination: string): string {
  return destination === 'device' ? t('translatePrivacyDevice') : t('translatePrivacySent', destination);
}
