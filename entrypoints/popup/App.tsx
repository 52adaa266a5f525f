/** The popup: Leselotse's control panel for the current tab. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground, type ReaderStatus } from '@/utils/messaging';
import { errorMessageKey } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { resolveTargetTab } from './target-tab';
import { PopupTextSize } from './PopupTextSize';
import { PopupPageText } from './PopupPageText';
import { TranslatePanel } from './TranslatePanel';
import { ForgetPanel } from '@/components/ForgetPanel';

type Phase = 'idle' | 'working';

function statusText(status: ReaderStatus | undefined): string {
  if (!status) return '';
  if (status.error) return t(errorMessageKey(status.error));
  if (status.open && status.readerable === false) return t('readerNoArticle');
  if (status.open) return t('popupStatusOpen', status.title ?? '');
  return t('popupStatusClosed');
}

export function App() {
  const [tabId, setTabId] = useState<number | undefined>();
  const [status, setStatus] = useState<ReaderStatus | undefined>();
  const [phase, setPhase] = useState<Phase>('idle');
  const [noTab, setNoTab] = useState(false);

  useEffect(() => {
    void resolveTargetTab().then(async (id) => {
      if (id === undefined) {
        setNoTab(true);
        return;
      }
      setTabId(id);
      setStatus(await sendToBackground({ type: 'ui-bg-reader-status', tabId: id }));
    });
  }, []);

  const toggle = async () => {
    if (tabId === undefined) return;
    setPhase('working');
    try {
      setStatus(await sendToBackground({ type: 'ui-bg-toggle-reader', tabId }));
    } finally {
      setPhase('idle');
    }
  };

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <button
        type="button"
        class="primary"
        onClick={toggle}
        disabled={tabId === undefined || phase === 'working'}
        aria-pressed={status?.open ? 'true' : 'false'}
      >
        {status?.open ? t('popupReaderClose') : t('popupReaderView')}
      </button>
      <PopupTextSize />
      <PopupPageText tabId={tabId} />
      <p class="status" role="status" aria-live="polite">
        {noTab ? t('popupNoTab') : phase === 'working' ? t('popupStatusWorking') : statusText(status)}
      </p>
      <TranslatePanel tabId={tabId} />
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOptions')}
      </button>
      <ForgetPanel
        forget={(scope) => sendToBackground({ type: 'ui-bg-forget', scope })}
        onForgotten={() => setStatus({ open: false })}
      />
    </main>
  );
}
