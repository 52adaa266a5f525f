/**
 * "Also enlarge the page's own text": for pages whose layout should stay, the
 * same text-size setting scales the page's text instead of (or besides) the reader.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging';
import { errorMessageKey, type ErrorCode } from '@/utils/errors';
import { t } from '@/utils/i18n';

export function PopupPageText({ tabId }: { tabId: number | undefined }) {
  const [on, setOn] = useState(false);
  const [error, setError] = useState<ErrorCode | undefined>();
  useEffect(() => {
    if (tabId === undefined) return;
    void sendToBackground({ type: 'ui-bg-page-text', tabId }).then((status) => setOn(status.on));
  }, [tabId]);
  return (
    <>
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          disabled={tabId === undefined}
          onChange={async (event) => {
            if (tabId === undefined) return;
            const status = await sendToBackground({ type: 'ui-bg-page-text', tabId, on: event.currentTarget.checked });
            setOn(status.on);
            setError(status.error);
          }}
        />
        {t('popupPageText')}
      </label>
      {error ? <p class="error">{t(errorMessageKey(error))}</p> : null}
    </>
  );
}
