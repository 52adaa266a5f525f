/**
 * A − value + control for one clamped, stepped setting (Firefox reader's
 * pattern). At a bound the button reports itself disabled with
 * `aria-disabled`, so it keeps keyboard focus instead of dropping it.
 */
import type { ComponentChild } from 'preact';
import { clampStep } from '@/utils/settings/schema';
import { t } from '@/utils/i18n';

export interface StepRange {
  min: number;
  max: number;
  step: number;
  fallback: number;
}

export interface ReaderStepperProps {
  /** Visible name of the setting, also the group's accessible name. */
  label: string;
  value: number;
  range: StepRange;
  /** How the value reads ("200 %"). */
  format: (value: number) => string;
  onChange: (value: number) => void;
  /** Button texts; default − and +. */
  lessText?: string;
  moreText?: string;
  /** Accessible names of the buttons; default "<label> verringern/vergrößern". */
  lessName?: string;
  moreName?: string;
  class?: string;
}

/**
 * A symbol for the eye and a name for the ear. The name is the button's text
 * (visually hidden), not an aria-label, so speech-input users can say what
 * they see and the accessible name contains the visible label (WCAG 2.5.3).
 */
export function ButtonText({ symbol, name }: { symbol: ComponentChild; name: string }) {
  return (
    <>
      <span aria-hidden="true">{symbol}</span>
      <span class="ll-sr">{name}</span>
    </>
  );
}

export function ReaderStepper(props: ReaderStepperProps) {
  const { label, value, range, format, onChange } = props;
  const atMin = value <= range.min;
  const atMax = value >= range.max;
  const go = (direction: 1 | -1) => {
    const next = clampStep(value + direction * range.step, range);
    if (next !== value) onChange(next);
  };
  return (
    <div role="group" aria-label={label} class={`ll-stepper ${props.class ?? ''}`}>
      <span class="ll-stepper-label" aria-hidden="true">
        {label}
      </span>
      <button type="button" aria-disabled={atMin ? 'true' : 'false'} onClick={() => go(-1)}>
        <ButtonText symbol={props.lessText ?? '−'} name={props.lessName ?? t('readerLess', label)} />
      </button>
      {/* Not <output>: its implicit status role would compete with the page's one status line. */}
      <span class="ll-stepper-value" aria-live="polite" aria-atomic="true">
        {format(value)}
      </span>
      <button type="button" aria-disabled={atMax ? 'true' : 'false'} onClick={() => go(1)}>
        <ButtonText symbol={props.moreText ?? '+'} name={props.moreName ?? t('readerMore', label)} />
      </button>
    </div>
  );
}
