/** Line height, letter spacing, word spacing and line length, in a disclosure so the toolbar stays short. */
import { useState } from 'preact/hooks';
import {
  CONTENT_WIDTH,
  LETTER_SPACING,
  LINE_HEIGHT,
  WORD_SPACING,
  type Settings,
} from '@/utils/settings/schema';
import { t } from '@/utils/i18n';
import { ReaderStepper } from './ReaderStepper';

export interface ReaderSpacingProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

const number = (digits: number) => (value: number) => value.toFixed(digits);

export function ReaderSpacing({ settings, onChange }: ReaderSpacingProps) {
  const [open, setOpen] = useState(false);
  return (
    <div class="ll-spacing">
      <button
        type="button"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="ll-spacing-panel"
        onClick={() => setOpen(!open)}
      >
        {t('readerSpacing')}
      </button>
      <div id="ll-spacing-panel" class="ll-spacing-panel" hidden={!open}>
        <ReaderStepper
          label={t('readerLineHeight')}
          value={settings.lineHeight}
          range={LINE_HEIGHT}
          format={number(1)}
          onChange={(lineHeight) => onChange({ lineHeight })}
        />
        <ReaderStepper
          label={t('readerLetterSpacing')}
          value={settings.letterSpacing}
          range={LETTER_SPACING}
          format={number(2)}
          onChange={(letterSpacing) => onChange({ letterSpacing })}
        />
        <ReaderStepper
          label={t('readerWordSpacing')}
          value={settings.wordSpacing}
          range={WORD_SPACING}
          format={number(1)}
          onChange={(wordSpacing) => onChange({ wordSpacing })}
        />
        <ReaderStepper
          label={t('readerContentWidth')}
          value={settings.contentWidth}
          range={CONTENT_WIDTH}
          format={String}
          onChange={(contentWidth) => onChange({ contentWidth })}
        />
      </div>
    </div>
  );
}
