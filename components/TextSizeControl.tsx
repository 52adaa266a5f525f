/**
 * Text size as a clamped step of the 18 px reader base (100 % … 720 %, so
 * Firefox reader's 128 px is reachable). Used by the popup and the reader toolbar.
 */
import { TEXT_SIZE } from '@/utils/settings/schema';
import { t } from '@/utils/i18n';
import { ReaderStepper } from './ReaderStepper';

export interface TextSizeControlProps {
  value: number;
  onChange: (value: number) => void;
  /** Visible label; the reader's own by default. */
  label?: string;
}

export function TextSizeControl({ value, onChange, label }: TextSizeControlProps) {
  return (
    <ReaderStepper
      class="ll-size"
      label={label ?? t('readerTextSize')}
      value={value}
      range={TEXT_SIZE}
      format={(v) => t('readerPercent', String(v))}
      onChange={onChange}
      lessText="A−"
      moreText="A+"
      lessName={t('readerTextSmaller')}
      moreName={t('readerTextLarger')}
    />
  );
}
