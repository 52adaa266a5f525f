/**
 * The voice picker of the read-aloud bar, one native <select> per language
 * being read (the article's; the translation's when a translated view is
 * read; both in the two-language views). Only voices of that language are
 * offered, grouped by regional variant; voices that send the text to a server
 * say so. With no voice for the language it says so plainly instead.
 */
import { t, uiLang } from '@/utils/i18n';
import { chosenVoice, primaryLanguage, voiceGroups, type VoiceLike } from '@/utils/reader/voices';

export interface ReadAloudVoiceProps {
  /** The language whose voice is chosen (BCP 47). */
  lang: string;
  /** The device's voices; undefined while they are still being listed. */
  voices: readonly VoiceLike[] | undefined;
  /** Stored choices, by primary language. */
  choices: Readonly<Record<string, string>>;
  onChange: (primary: string, name: string) => void;
}

/** "Deutsch" for `de`, "Deutsch (Österreich)" for `de-AT`, in the UI language. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([uiLang()], { type: 'language', languageDisplay: 'standard' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function ReadAloudVoice({ lang, voices, choices, onChange }: ReadAloudVoiceProps) {
  if (!voices) return null;
  const name = languageName(primaryLanguage(lang));
  const groups = voiceGroups(voices, lang);
  if (groups.length === 0) return <p class="ll-aloud-error">{t('readerAloudNoVoice', name)}</p>;
  const chosen = chosenVoice(choices, lang);
  // A stored voice that this device no longer has reads as "automatic", which is what happens.
  const value = groups.some((g) => g.voices.some((v) => v.name === chosen)) ? chosen : '';
  return (
    <label class="ll-field ll-aloud-voice">
      <span>{t('readerAloudVoice', name)}</span>
      <select value={value} onChange={(event) => onChange(primaryLanguage(lang), event.currentTarget.value)}>
        <option value="">{t('readerAloudVoiceAuto')}</option>
        {groups.map((group) => (
          <optgroup key={group.tag} label={languageName(group.tag)}>
            {group.voices.map((voice) => (
              <option key={voice.name} value={voice.name}>
                {voice.localService === false ? t('readerAloudVoiceOnline', voice.name) : voice.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
