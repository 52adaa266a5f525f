/** Options page: reader settings now; engines, keys, privacy and glossary follow. */
import { useEffect, useState } from 'preact/hooks';
import { getSettings, updateSettings, TEXT_SIZE, type Settings } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { EnginesSection } from './EnginesSection';
import { SharedComputerSetting } from '@/components/SharedComputerSetting';

export function App() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void getSettings().then(setSettings);
  }, []);

  const change = async (patch: Partial<Settings>) => {
    setSettings(await updateSettings(patch));
    setSaved(true);
  };

  return (
    <main class="popup">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <section aria-labelledby="reader-heading">
        <h2 id="reader-heading">{t('optionsReaderHeading')}</h2>
        {settings ? (
          <label>
            {t('optionsTextSize', String(settings.textSize))}
            <input
              type="range"
              min={TEXT_SIZE.min}
              max={TEXT_SIZE.max}
              step={TEXT_SIZE.step}
              value={settings.textSize}
              onChange={(e) => void change({ textSize: Number(e.currentTarget.value) })}
            />
          </label>
        ) : null}
      </section>
      <SharedComputerSetting onSaved={() => setSaved(true)} />
      <EnginesSection />
      <p role="status" aria-live="polite">
        {saved ? t('optionsSaved') : ''}
      </p>
    </main>
  );
}
