/**
 * Translation engines: choose one, fill in its server, key and model, see
 * where the text goes, save and test. Saving or testing asks for access to the
 * engine's host on the user's click (optional host permissions); nothing is
 * granted at install.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/messaging';
import { ENGINE_IDS, getEngineSettings, repairEngineConfig, saveEngineConfig } from '@/utils/settings/engines';
import { errorMessageKey } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { getEngine } from '@/utils/translate/engines';
import { engineLabel, privacyText } from '@/utils/translate/engine-labels';
import type { EngineConfig, EngineId, TranslationEngine } from '@/utils/translate/types';
import { getEffectiveSettings, getManagedPolicy } from '@/utils/settings/managed';
import { isSharedMode } from '@/utils/privacy/shared-mode';
import { ENGINE_FIELDS, FIELD_LABELS, missingField, type EngineField } from './engine-fields';

function engineOf(id: EngineId): TranslationEngine | undefined {
  try {
    return getEngine(id);
  } catch {
    return undefined;
  }
}

/** Where the text of `config` goes, or '' when the engine cannot tell yet (no URL). */
function destination(config: EngineConfig): string {
  try {
    return engineOf(config.engine)?.destination(config) ?? '';
  } catch {
    return '';
  }
}

function originsOf(config: EngineConfig): string[] {
  try {
    return engineOf(config.engine)?.origins(config) ?? [];
  } catch {
    return [];
  }
}

function Field({ field, required, config, onInput }: {
  field: EngineField;
  required: boolean;
  config: EngineConfig;
  onInput: (field: EngineField, value: string) => void;
}) {
  const id = `engine-${field}`;
  const label = `${t(FIELD_LABELS[field])}${required ? '' : ` ${t('translateFieldOptional')}`}`;
  if (field === 'deeplPlan')
    return (
      <p>
        <label for={id}>{label}</label>
        <select id={id} value={config.deeplPlan ?? 'free'} onChange={(e) => onInput(field, e.currentTarget.value)}>
          <option value="free">{t('translateDeeplFree')}</option>
          <option value="pro">{t('translateDeeplPro')}</option>
        </select>
      </p>
    );
  return (
    <p>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={field}
        type={field === 'apiKey' ? 'password' : field === 'baseUrl' ? 'url' : field === 'email' ? 'email' : 'text'}
        autocomplete="off"
        spellcheck={false}
        required={required}
        value={config[field] ?? ''}
        onInput={(e) => onInput(field, e.currentTarget.value)}
      />
    </p>
  );
}

export function EnginesSection() {
  const [configs, setConfigs] = useState<Partial<Record<EngineId, EngineConfig>>>({});
  const [selected, setSelected] = useState<EngineId>('libretranslate');
  const [active, setActive] = useState<EngineId | undefined>();
  const [message, setMessage] = useState('');
  const [shared, setShared] = useState(false);

  useEffect(() => {
    void Promise.all([getEffectiveSettings(), getManagedPolicy()]).then(([settings, policy]) =>
      setShared(isSharedMode(settings, policy)),
    );
    void getEngineSettings().then((settings) => {
      setConfigs(settings.configs);
      setActive(settings.active);
      setSelected(settings.active ?? ('Translator' in self ? 'chrome-builtin' : 'libretranslate'));
    });
  }, []);

  const config: EngineConfig = configs[selected] ?? { engine: selected };
  const update = (field: EngineField, value: string) => {
    setMessage('');
    setConfigs({ ...configs, [selected]: { ...config, [field]: value } });
  };

  /**
   * Ask for the engine's host. Must run synchronously inside the click: the
   * browser only shows the prompt for a user gesture.
   */
  const requestAccess = (clean: EngineConfig): Promise<boolean> => {
    const origins = originsOf(clean);
    return origins.length ? browser.permissions.request({ origins }) : Promise.resolve(true);
  };

  const checked = (): EngineConfig | undefined => {
    const clean = repairEngineConfig(config, selected);
    const missing = missingField(clean);
    if (missing) {
      setMessage(t('translateFieldMissing', t(FIELD_LABELS[missing])));
      return undefined;
    }
    return clean;
  };

  const save = async () => {
    const clean = checked();
    if (!clean) return;
    const access = requestAccess(clean);
    if (!(await access.catch(() => false))) {
      setMessage(t('translatePermissionDenied', destination(clean)));
      return;
    }
    const settings = await saveEngineConfig(clean, { shared });
    setConfigs(settings.configs);
    setActive(settings.active);
    setMessage(t('translateEngineSaved', engineLabel(clean.engine)));
  };

  const test = async () => {
    const clean = checked();
    if (!clean) return;
    const access = requestAccess(clean);
    if (!(await access.catch(() => false))) {
      setMessage(t('translatePermissionDenied', destination(clean)));
      return;
    }
    setMessage(t('translateTesting'));
    const reply = await sendToBackground({ type: 'ui-bg-translate-test', config: clean });
    setMessage(
      reply.ok ? t('translateTestOk', reply.destination) : t('translateTestFailed', t(errorMessageKey(reply.error))),
    );
  };

  return (
    <section aria-labelledby="engines-heading" class="engines">
      <h2 id="engines-heading">{t('translateEnginesHeading')}</h2>
      <fieldset>
        <legend>{t('translateEngineLegend')}</legend>
        {ENGINE_IDS.map((id) => {
          const where = destination(configs[id] ?? { engine: id });
          return (
            <label key={id} class="engine-choice">
              <input type="radio" name="engine" value={id} checked={selected === id} onChange={() => setSelected(id)} />
              <span class="engine-name">
                {engineLabel(id)}
                {active === id ? ` ${t('translateEngineActive')}` : ''}
              </span>
              <span class="engine-privacy">
                {where ? privacyText(where) : t('translatePrivacyUnknown')}
                {id === 'mymemory' ? ` · ${t('translateSmallQuota')}` : ''}
              </span>
            </label>
          );
        })}
      </fieldset>
      {ENGINE_FIELDS[selected].map(({ field, required }) => (
        <Field key={`${selected}-${field}`} field={field} required={required} config={config} onInput={update} />
      ))}
      {selected === 'chrome-builtin' ? <p>{t('translateBuiltinNote')}</p> : null}
      {shared && ENGINE_FIELDS[selected].some(({ field }) => field === 'apiKey') ? (
        <p class="engine-shared">{t('translateKeySessionOnly')}</p>
      ) : null}
      <p class="engine-actions">
        <button type="button" onClick={() => void save()}>
          {t('translateSave')}
        </button>{' '}
        <button type="button" onClick={() => void test()} disabled={selected === 'chrome-builtin'}>
          {t('translateTest')}
        </button>
      </p>
      <p class="engine-message" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
