/**
 * The opt-in plain-language engines, shown next to the engine they use: the
 * Einfache-Sprache rewrite beside the OpenAI-compatible engine (with the host
 * the text goes to, and that host's permission asked for on the click, as the
 * translation engines do), Chrome's key points beside Chrome's built-in engine.
 * Both are off until the user switches them on.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getEngineSettings, saveSimplifyEngines, type SimplifyEngines } from '@/utils/settings/engines';
import { t } from '@/utils/i18n';
import { getEngine } from '@/utils/translate/engines';
import { privacyText } from '@/utils/translate/engine-labels';
import type { EngineConfig } from '@/utils/translate/types';

export interface SimplifyOptInProps {
  kind: keyof SimplifyEngines;
  /** The OpenAI-compatible engine's form, checked (undefined: a required field is empty, the form says which). */
  checkedConfig: () => EngineConfig | undefined;
  shared: boolean;
  onMessage: (message: string) => void;
}

export function SimplifyOptIn({ kind, checkedConfig, shared, onMessage }: SimplifyOptInProps) {
  const [on, setOn] = useState(false);
  /** Until the stored choice is read the box cannot be switched: the late answer would undo a click. */
  const [loaded, setLoaded] = useState(false);
  const [where, setWhere] = useState('');
  useEffect(() => {
    void getEngineSettings().then((settings) => {
      setOn(settings.simplify?.[kind] === true);
      setLoaded(true);
      if (kind === 'llm') setWhere(getEngine('openai').destination(settings.configs.openai ?? { engine: 'openai' }));
    });
  }, [kind]);

  const toggle = async (next: boolean) => {
    let config: EngineConfig | undefined;
    if (kind === 'llm' && next) {
      config = checkedConfig();
      if (!config) return;
      const destination = getEngine('openai').destination(config);
      // Synchronously inside the click: the browser shows the prompt only for a user gesture.
      const access = browser.permissions.request({ origins: getEngine('openai').origins(config) });
      if (!(await access.catch(() => false))) {
        onMessage(t('translatePermissionDenied', destination));
        return;
      }
      setWhere(destination);
    }
    const settings = await saveSimplifyEngines({ [kind]: next }, config, { shared });
    setOn(settings.simplify?.[kind] === true);
    onMessage(t('optionsRewriteSaved'));
  };

  const id = `simplify-${kind}`;
  return (
    <div class="engine-simplify">
      <p>
        <input id={id} type="checkbox" checked={on} disabled={!loaded} onChange={(e) => void toggle(e.currentTarget.checked)} />{' '}
        <label for={id}>{t(kind === 'llm' ? 'optionsRewriteLlm' : 'optionsRewriteSummarizer')}</label>
      </p>
      <p class="engine-privacy">
        {kind === 'llm' ? (where ? privacyText(where) : t('translatePrivacyUnknown')) : t('translatePrivacyDevice')}
      </p>
      {kind === 'llm' || !('Summarizer' in self) ? (
        <p class="engine-note">{t(kind === 'llm' ? 'optionsRewriteLlmNote' : 'optionsRewriteSummarizerMissing')}</p>
      ) : null}
    </div>
  );
}
