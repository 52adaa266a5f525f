/**
 * The shared-computer switch on the options page (issue 7). Shows the
 * organisation's lock when there is one: then the box is checked and disabled.
 */
import { useEffect, useState } from 'preact/hooks';
import { updateSettings } from '@/utils/settings';
import { moveKeysToSession } from '@/utils/settings/engines';
import { getEffectiveSettings, getManagedPolicy } from '@/utils/settings/managed';
import { t } from '@/utils/i18n';

export interface SharedComputerSettingProps {
  /** Called after the setting was stored. */
  onSaved?: () => void;
}

export function SharedComputerSetting({ onSaved }: SharedComputerSettingProps) {
  const [state, setState] = useState<{ on: boolean; locked: boolean } | undefined>();

  useEffect(() => {
    void Promise.all([getEffectiveSettings(), getManagedPolicy()]).then(([settings, policy]) =>
      setState({ on: settings.sharedComputer, locked: policy.lockSharedComputer }),
    );
  }, []);

  if (!state) return null;
  const change = async (on: boolean) => {
    await updateSettings({ sharedComputer: on });
    // From now on keys live only for this browser session, the ones saved before included.
    if (on) await moveKeysToSession();
    setState({ ...state, on });
    onSaved?.();
  };
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('privacySharedComputer')}</h2>
      <label>
        <input
          type="checkbox"
          checked={state.on}
          disabled={state.locked}
          aria-describedby="privacy-shared-hint"
          onChange={(e) => void change(e.currentTarget.checked)}
        />{' '}
        {t('privacySharedComputer')}
      </label>
      <p id="privacy-shared-hint">
        {t('privacySharedComputerHint')} {state.locked ? t('privacySharedComputerLocked') : ''}
      </p>
    </section>
  );
}
