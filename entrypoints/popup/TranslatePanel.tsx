/**
 * The popup's translation controls: a target-language picker that names the
 * engines able to translate into each language, and a "Translate" button that
 * opens the reader in the tab and translates it. A language no available
 * engine supports is said plainly.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging';
import { updateSettings } from '@/utils/settings';
import { getEffectiveSettings, getManagedPolicy } from '@/utils/settings/managed';
import { getEffectiveEngineConfig } from '@/utils/settings/effective-engine';
import { offeredTargetLanguages } from '@/utils/privacy/managed-policy';
import { errorMessageKey } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { ENGINE_LANGUAGES, TARGET_LANGUAGES, findLanguage, type TargetLanguage } from '@/utils/translate/languages';
import { engineLabel } from '@/utils/translate/engine-labels';
import type { EngineId } from '@/utils/translate/types';

type Support = Partial<Record<EngineId, readonly string[]>>;
type PickerLanguage = Pick<TargetLanguage, 'code' | 'native' | 'dir'>;

/** Engines this browser can use now: the configured one, and Chrome's built-in Translator where it exists. */
async function availableSupport(): Promise<Support> {
  const support: Support = {};
  const config = await getEffectiveEngineConfig();
  if (config && config.engine !== 'chrome-builtin') {
    const reply = await sendToBackground({ type: 'ui-bg-translate-languages', config }).catch(() => undefined);
    // An instance that cannot be asked now still gets its published list.
    support[config.engine] = reply?.ok ? reply.languages : ENGINE_LANGUAGES[config.engine];
  }
  if ('Translator' in self) support['chrome-builtin'] = ENGINE_LANGUAGES['chrome-builtin'];
  return support;
}

function enginesFor(support: Support, code: string): EngineId[] {
  return (Object.keys(support) as EngineId[]).filter((id) =>
    support[id]!.some((c) => c === code || c.split('-')[0] === code),
  );
}

export function TranslatePanel({ tabId }: { tabId: number | undefined }) {
  // Undefined until the stored choice is read: the picker stays disabled so a click cannot be overwritten.
  const [target, setTarget] = useState<string | undefined>();
  const [support, setSupport] = useState<Support | undefined>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  // The organisation's target languages come first (issue 7), then the rest.
  const [languages, setLanguages] = useState<{ preferred: PickerLanguage[]; rest: PickerLanguage[] }>({
    preferred: [],
    rest: [...TARGET_LANGUAGES],
  });

  useEffect(() => {
    void getEffectiveSettings().then((settings) => setTarget(settings.targetLanguage));
    void getManagedPolicy().then((policy) => setLanguages(offeredTargetLanguages(policy, TARGET_LANGUAGES)));
    void availableSupport().then(setSupport);
  }, []);
  const option = (lang: PickerLanguage) => {
    const by = support ? enginesFor(support, lang.code) : [];
    const suffix = support ? (by.length ? by.map(engineLabel).join(', ') : t('translateNoEngineShort')) : '';
    return (
      <option key={lang.code} value={lang.code} lang={lang.code} dir={lang.dir}>
        {`${lang.native} (${lang.code})${suffix ? ` – ${suffix}` : ''}`}
      </option>
    );
  };

  const engines = support && target ? enginesFor(support, target) : [];
  const name = target ? (findLanguage(target)?.native ?? target) : '';

  const translate = async () => {
    if (tabId === undefined || !target) return;
    setBusy(true);
    setMessage(t('translateStarting'));
    try {
      await updateSettings({ targetLanguage: target });
      const status = await sendToBackground({ type: 'ui-bg-translate-tab', tabId, target });
      setMessage(status.error ? t(errorMessageKey(status.error)) : t('translateStarted', name));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="translate" aria-labelledby="translate-heading">
      <h2 id="translate-heading">{t('translateHeading')}</h2>
      <label>
        {t('translateTargetLabel')}
        <select value={target} disabled={!target} onChange={(e) => setTarget(e.currentTarget.value)}>
          {languages.preferred.length ? (
            <>
              <optgroup label={t('policyTargetLanguages')}>{languages.preferred.map(option)}</optgroup>
              <optgroup label={t('translateOtherLanguages')}>{languages.rest.map(option)}</optgroup>
            </>
          ) : (
            languages.rest.map(option)
          )}
        </select>
      </label>
      {support && target && engines.length === 0 ? (
        <p class="translate-unsupported">{t('translateUnsupported', name)}</p>
      ) : null}
      <button type="button" onClick={() => void translate()} disabled={tabId === undefined || !target || busy}>
        {t('translateButton')}
      </button>
      <p class="translate-status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
