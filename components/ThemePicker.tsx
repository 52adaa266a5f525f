/** Colour theme choice: a native select, so every screen reader and keyboard knows it. */
import { THEMES, type ThemeId } from '@/utils/settings/schema';
import { t } from '@/utils/i18n';

const THEME_LABELS: Record<ThemeId, string> = {
  auto: 'readerThemeAuto',
  light: 'readerThemeLight',
  dark: 'readerThemeDark',
  sepia: 'readerThemeSepia',
  'white-on-black': 'readerThemeWhiteOnBlack',
  'yellow-on-black': 'readerThemeYellowOnBlack',
  'black-on-yellow': 'readerThemeBlackOnYellow',
};

export interface ThemePickerProps {
  value: ThemeId;
  onChange: (theme: ThemeId) => void;
}

export function ThemePicker({ value, onChange }: ThemePickerProps) {
  return (
    <label class="ll-field">
      <span>{t('readerTheme')}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as ThemeId)}>
        {THEMES.map((id) => (
          <option key={id} value={id}>
            {t(THEME_LABELS[id])}
          </option>
        ))}
      </select>
    </label>
  );
}
