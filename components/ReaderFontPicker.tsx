/** Font choice: the system font or one of the two bundled OFL fonts. */
import { FONTS, type FontId } from '@/utils/settings/schema';
import { t } from '@/utils/i18n';

const FONT_LABELS: Record<FontId, string> = {
  system: 'readerFontSystem',
  atkinson: 'readerFontAtkinson',
  opendyslexic: 'readerFontOpenDyslexic',
};

export interface ReaderFontPickerProps {
  value: FontId;
  onChange: (font: FontId) => void;
}

export function ReaderFontPicker({ value, onChange }: ReaderFontPickerProps) {
  return (
    <label class="ll-field">
      <span>{t('readerFont')}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as FontId)}>
        {FONTS.map((id) => (
          <option key={id} value={id}>
            {t(FONT_LABELS[id])}
          </option>
        ))}
      </select>
    </label>
  );
}
