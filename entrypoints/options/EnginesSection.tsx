/**
 * Translation engines: choose one, fill in its server, key and model, see
 * where the text goes, save and test. Saving or testing asks for access to the
 * engine's host on the user's click (optional host permissions); nothing is
 * granted at install.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/messaging';
import { ENGINE_IDS, repairEngineConfig } from '@/utils/settings/engines';
import { getEffectiveEngineSettings, saveEffectiveEngineConfig } from '@/utils/settings/effective-engine';
import type { EffectiveEngineSettings, PresetEngine } from '@/utils/privacy/engine-policy';
import { errorMessageKey } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { getEngine } from '@/utils/translate/engines';
import { engineLabel, privacyText } from '@/utils/translate/engine-labels';
import type { EngineConfig, EngineId, TranslationEngine } from '@/utils/translate/types';
import { getEffectiveSettings, getManagedPolicy } from '@/utils/settings/managed';
import { isSharedMode } from '@/utils/privacy/shared-mode';
import { watchSettings } from '@/utils/settings';
import { ENGINE_FIELDS, FIELD_LABELS, missingField, type EngineField } from './engine-fields';
import { SimplifyOptIn } from './SimplifyOptIn';

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

function Field({ field, required, config, preset, onInput }: {
  field: EngineField;
  required: boolean;
  config: EngineConfig;
  /** Set by the organisation: shown read-only (a preset key is never shown). */
  preset: boolean;
  onInput: (field: EngineField, value: string) => void;
}) {
  const id = `engine-${field}`;
  const label = `${t(FIELD_LABELS[field])}${preset ? ` (${t('policySetByOrganisation')})` : required ? '' : ` ${t('translateFieldOptional')}`}`;
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
        required={required && !preset}
        readOnly={preset}
        aria-readonly={preset ? 'true' : undefined}
        placeholder={preset && field === 'apiKey' ? t('policySetByOrganisation') : undefined}
        value={preset && field === 'apiKey' ? '' : (config[field] ?? '')}
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
  const [offered, setOffered] = useState<readonly EngineId[]>(ENGINE_IDS);
  const [presets, setPresets] = useState<EffectiveEngineSettings['presets']>({});
  /** The user picked an engine or typed before the stored settings arrived (a fast click, a test). */
  const touched = useRef(false);
  const typedEarly = useRef<Partial<Record<EngineId, EngineConfig>>>({});
  const loaded = useRef(false);

  const show = (settings: EffectiveEngineSettings) => {
    setConfigs(settings.configs);
    setActive(settings.active);
    setOffered(settings.offered);
    setPresets(settings.presets);
  };

  useEffect(() => {
    const readMode = () =>
      void Promise.all([getEffectiveSettings(), getManagedPolicy()]).then(([settings, policy]) =>
        setShared(isSharedMode(settings, policy)),
      );
    readMode();
    // The mode switched on this page a moment ago counts for the key note at once.
    const unwatch = watchSettings(readMode);
    void getEffectiveEngineSettings().then((settings) => {
      loaded.current = true;
      show(settings);
      // What the user chose or typed while the settings were loading stays.
      if (touched.current) {
        setConfigs((stored) => ({ ...stored, ...typedEarly.current }));
        return;
      }
      const first = 'Translator' in self && settings.offered.includes('chrome-builtin') ? 'chrome-builtin' : settings.offered[0];
      setSelected(settings.active ?? first ?? 'libretranslate');
    });
    return unwatch;
  }, []);

  const config: EngineConfig = configs[selected] ?? { engine: selected };
  const preset: PresetEngine | undefined = presets[selected];
  const isPreset = (field: EngineField) => field !== 'deeplPlan' && preset?.fields[field as keyof PresetEngine['fields']] !== undefined;
  const update = (field: EngineField, value: string) => {
    if (isPreset(field)) return;
    setMessage('');
    const next = { ...config, [field]: value };
    if (!loaded.current) {
      touched.current = true;
      typedEarly.current = { ...typedEarly.current, [selected]: next };
    }
    setConfigs({ ...configs, [selected]: next });
  };
  const choose = (id: EngineId) => {
    if (!loaded.current) touched.current = true;
    setSelected(id);
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
    show(await saveEffectiveEngineConfig(clean));
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
        {offered.length < ENGINE_IDS.length ? <p class="engine-locked">{t('policyEnginesLocked')}</p> : null}
        {offered.map((id) => {
          const where = destination(configs[id] ?? { engine: id });
          const label = presets[id]?.label;
          return (
            <label key={id} class="engine-choice">
              <input type="radio" name="engine" value={id} checked={selected === id} onChange={() => choose(id)} />
              <span class="engine-name">
                {label ? `${label} – ${engineLabel(id)}` : engineLabel(id)}
                {active === id ? ` ${t('translateEngineActive')}` : ''}
              </span>
              {presets[id] ? <span class="engine-preset"> {t('policyPresetEngine')} </span> : null}
              <span class="engine-privacy">
                {where ? privacyText(where) : t('translatePrivacyUnknown')}
                {id === 'mymemory' ? ` · ${t('translateSmallQuota')}` : ''}
              </span>
            </label>
          );
        })}
      </fieldset>
      {ENGINE_FIELDS[selected].map(({ field, required }) => (
        <Field
          key={`${selected}-${field}`}
          field={field}
          required={required}
          config={config}
          preset={isPreset(field)}
          onInput={update}
        />
      ))}
      {selected === 'chrome-builtin' ? <p>{t('translateBuiltinNote')}</p> : null}
      {selected === 'openai' || selected === 'chrome-builtin' ? (
        <SimplifyOptIn key={selected} kind={selected === 'openai' ? 'llm' : 'summarizer'} checkedConfig={checked} shared={shared} onMessage={setMessage} />
      ) : null}
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
