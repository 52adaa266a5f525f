/**
 * Settings → the overlay's CSS custom properties. One place maps each setting
 * to one variable; reader.css only reads the variables.
 */
import { READER_BASE_PX } from '@/utils/settings/migrations';
import type { Settings } from '@/utils/settings/schema';
import { fontStack } from './fonts';

/** The custom properties for `.ll-root`, set through CSSOM (no inline style attribute, so a strict CSP cannot block them). */
export function readerStyleVars(settings: Settings): Record<string, string> {
  return {
    '--ll-base': `${READER_BASE_PX}px`,
    '--ll-scale': String(settings.textSize / 100),
    '--ll-line-height': String(settings.lineHeight),
    '--ll-letter-spacing': `${settings.letterSpacing}em`,
    '--ll-word-spacing': `${settings.wordSpacing}em`,
    '--ll-width': `${settings.contentWidth}ch`,
    '--ll-font': fontStack(settings.font),
  };
}

/** Text size in CSS pixels for a percentage of the reader base. */
export function textSizePx(percent: number): number {
  return (READER_BASE_PX * percent) / 100;
}
