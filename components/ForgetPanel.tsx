/**
 * The popup's "forget everything" control (issue 7): one prominent button that
 * at once forgets pages, caches, session data and open reader overlays, then
 * asks whether keys and settings should go too. Props in, events out; the
 * popup passes how to send the request.
 */
import { useState } from 'preact/hooks';
import type { ForgetResult, ForgetScope } from '@/utils/privacy/forget';
import { errorMessageKey, type ErrorCode } from '@/utils/errors';
import { t } from '@/utils/i18n';

export interface ForgetPanelProps {
  forget: (scope: ForgetScope) => Promise<ForgetResult | { error: ErrorCode }>;
  /** Called after a successful forget, so the popup can show the reader as closed. */
  onForgotten?: (scope: ForgetScope) => void;
}

type Step = 'ready' | 'working' | 'confirm' | 'done-session' | 'done-all' | 'failed';

export function ForgetPanel({ forget, onForgotten }: ForgetPanelProps) {
  const [step, setStep] = useState<Step>('ready');
  const [error, setError] = useState<ErrorCode | undefined>();

  const run = async (scope: ForgetScope) => {
    setStep('working');
    const result = await forget(scope).catch(() => ({ error: 'unknown' as ErrorCode }));
    if ('error' in result) {
      setError(result.error);
      setStep('failed');
      return;
    }
    onForgotten?.(scope);
    setStep(scope === 'session' ? 'confirm' : 'done-all');
  };

  const message =
    step === 'confirm'
      ? t('privacyForgetDone')
      : step === 'done-session'
        ? t('privacyForgetKept')
        : step === 'done-all'
          ? t('privacyForgetAllDone')
          : step === 'failed' && error
            ? t('privacyForgetFailed', t(errorMessageKey(error)))
            : '';

  return (
    <section class="forget" aria-labelledby="forget-heading">
      <h2 id="forget-heading" class="visually-hidden">
        {t('privacyForgetHeading')}
      </h2>
      <button type="button" class="danger" disabled={step === 'working'} onClick={() => void run('session')}>
        {t('privacyForgetButton')}
      </button>
      <p class="status" role="status" aria-live="polite">
        {message}
      </p>
      {step === 'confirm' ? (
        <div class="forget-confirm" role="group" aria-label={t('privacyForgetConfirm')}>
          <p>{t('privacyForgetConfirm')}</p>
          <button type="button" class="danger" onClick={() => void run('everything')}>
            {t('privacyForgetConfirmYes')}
          </button>
          <button type="button" onClick={() => setStep('done-session')}>
            {t('privacyForgetConfirmNo')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
