/**
 * The popup's text-size control. It writes the setting; the open reader
 * follows through `watchSettings`, and so does this control when the size is
 * changed elsewhere (reader toolbar, keyboard command).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { getSettings, updateSettings, watchSettings } from '@/utils/settings';
import { createSettingsWriter, type SettingsWriter } from '@/utils/reader/settings-writer';
import { t } from '@/utils/i18n';
import { TextSizeControl } from '@/components/TextSizeControl';

export function PopupTextSize() {
  const [size, setSize] = useState<number | undefined>();
  const writer = useRef<SettingsWriter>();
  useEffect(() => {
    let unwatch: (() => void) | undefined;
    let live = true;
    void getSettings().then((settings) => {
      if (!live) return;
      // Quick presses are shown at once and stored in order (see settings-writer).
      writer.current = createSettingsWriter(settings, updateSettings, (s) => setSize(s.textSize));
      setSize(settings.textSize);
      unwatch = watchSettings((s) => writer.current?.stored(s));
    });
    return () => {
      live = false;
      unwatch?.();
    };
  }, []);
  if (size === undefined) return null;
  return (
    <TextSizeControl
      label={t('popupTextSize')}
      value={size}
      onChange={(textSize) => writer.current?.change({ textSize })}
    />
  );
}
