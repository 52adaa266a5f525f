/**
 * The reader's toolbar: text size, colours, font, spacing, print and close.
 * Its own size does not follow the text size (it would push the article off
 * the screen at 400 %); it wraps instead of scrolling sideways.
 */
import type { ComponentChildren } from 'preact';
import type { Settings } from '@/utils/settings/schema';
import { t } from '@/utils/i18n';
import { TextSizeControl } from './TextSizeControl';
import { ThemePicker } from './ThemePicker';
import { ReaderFontPicker } from './ReaderFontPicker';
import { ReaderSpacing } from './ReaderSpacing';

export interface ReaderToolbarProps {
  settings: Settings;
  onSettingsChange: (patch: Partial<Settings>) => void;
  onPrint: () => void;
  onClose: () => void;
  /** A second row (read-aloud controls). */
  children?: ComponentChildren;
}

export function ReaderToolbar({ settings, onSettingsChange, onPrint, onClose, children }: ReaderToolbarProps) {
  return (
    <div class="ll-toolbar" role="region" aria-label={t('readerToolbar')}>
      <div class="ll-toolbar-row">
        <TextSizeControl value={settings.textSize} onChange={(textSize) => onSettingsChange({ textSize })} />
        <ThemePicker value={settings.theme} onChange={(theme) => onSettingsChange({ theme })} />
        <ReaderFontPicker value={settings.font} onChange={(font) => onSettingsChange({ font })} />
        <ReaderSpacing settings={settings} onChange={onSettingsChange} />
        <span class="ll-toolbar-end">
          <button type="button" class="ll-print" onClick={onPrint} title={t('readerPrintHint')}>
            {t('readerPrint')}
          </button>
          <button type="button" class="ll-close" onClick={onClose} title={t('readerCloseHint')}>
            {t('readerClose')}
          </button>
        </span>
      </div>
      {children ? <div class="ll-toolbar-row">{children}</div> : null}
    </div>
  );
}
