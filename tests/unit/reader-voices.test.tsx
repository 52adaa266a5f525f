// @vitest-environment jsdom
/**
 * The read-aloud voice picker: only the voices of the language being read,
 * grouped by regional variant (the article's own variant, then the system
 * default's, first), online voices marked, the choice stored per primary
 * language, and a plain message instead of an empty list.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadAloudVoice } from '@/components/ReadAloudVoice';
import { chosenVoice, voiceGroups, type VoiceLike } from '@/utils/reader/voices';

const VOICES: VoiceLike[] = [
  { name: 'Samantha', lang: 'en-US', default: true },
  { name: 'Petra', lang: 'de-DE' },
  { name: 'Anna', lang: 'de-DE', localService: true },
  { name: 'Markus', lang: 'de_AT', localService: true },
  { name: 'Google Deutsch', lang: 'de-DE', localService: false },
  { name: 'Leni', lang: 'de-CH' },
  { name: 'Laila', lang: 'ar-SA' },
];

const groupsOf = (voices: readonly VoiceLike[], lang: string) => voiceGroups(voices, lang).map((g) => [g.tag, g.voices.map((v) => v.name)]);

describe('voiceGroups', () => {
  it('keeps only voices of the language, grouped by tag, sorted by name', () => {
    expect(groupsOf(VOICES, 'de')).toEqual([
      ['de-at', ['Markus']],
      ['de-ch', ['Leni']],
      ['de-de', ['Anna', 'Google Deutsch', 'Petra']],
    ]);
    expect(groupsOf(VOICES, 'ar-EG')).toEqual([['ar-sa', ['Laila']]]);
    expect(groupsOf(VOICES, 'uk')).toEqual([]);
  });

  it("puts the text's own variant first, then the system default's group", () => {
    expect(groupsOf(VOICES, 'de-CH').map(([tag]) => tag)).toEqual(['de-ch', 'de-at', 'de-de']);
    const withDefault = VOICES.map((v) => (v.name === 'Petra' ? { ...v, default: true } : v));
    expect(groupsOf(withDefault, 'de').map(([tag]) => tag)).toEqual(['de-de', 'de-at', 'de-ch']);
  });
});

describe('chosenVoice', () => {
  it('looks the choice up by primary language, else the general preference', () => {
    const choices = { de: 'Markus', ar: 'Laila' };
    expect(chosenVoice(choices, 'de-AT')).toBe('Markus');
    expect(chosenVoice(choices, 'de')).toBe('Markus');
    expect(chosenVoice(choices, 'ar')).toBe('Laila');
    expect(chosenVoice(choices, 'uk', 'Olena')).toBe('Olena');
    expect(chosenVoice({}, 'de')).toBe('');
  });
});

describe('ReadAloudVoice', () => {
  let host: HTMLElement;
  afterEach(() => {
    render(null, host);
    host.remove();
  });
  const mount = async (props: Partial<Parameters<typeof ReadAloudVoice>[0]> = {}) => {
    host = document.createElement('div');
    document.body.append(host);
    const onChange = vi.fn();
    await act(() => {
      render(<ReadAloudVoice lang="de" voices={VOICES} choices={{}} onChange={onChange} {...props} />, host);
    });
    return { onChange, select: host.querySelector('select') };
  };

  it('is a labelled native select of the language voices, automatic first, online voices marked', async () => {
    const { select } = await mount();
    expect(select).not.toBeNull();
    // The select sits in its <label>: that is its accessible name.
    expect(select!.closest('label')?.textContent).toContain('readerAloudVoice');
    expect(Array.from(select!.options).map((o) => o.value)).toEqual(['', 'Markus', 'Leni', 'Anna', 'Google Deutsch', 'Petra']);
    expect(select!.querySelectorAll('optgroup')).toHaveLength(3);
    const online = Array.from(select!.options).find((o) => o.value === 'Google Deutsch')!;
    expect(online.textContent).toContain('readerAloudVoiceOnline');
    expect(Array.from(select!.options).find((o) => o.value === 'Anna')!.textContent).toBe('Anna');
    expect(select!.value).toBe('');
  });

  it('shows the stored choice and reports a new one under the primary language', async () => {
    const { select, onChange } = await mount({ lang: 'de-AT', choices: { de: 'Anna' } });
    expect(select!.value).toBe('Anna');
    select!.value = 'Markus';
    await act(() => {
      select!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith('de', 'Markus');
  });

  it('reads a stored voice this device lacks as automatic', async () => {
    const { select } = await mount({ choices: { de: 'Gone' } });
    expect(select!.value).toBe('');
  });

  it('says plainly that no voice speaks the language, and offers no empty list', async () => {
    const { select } = await mount({ lang: 'uk' });
    expect(select).toBeNull();
    expect(host.querySelector('.ll-aloud-error')?.textContent).toContain('readerAloudNoVoice');
  });

  it('shows nothing while the voices are still being listed', async () => {
    await mount({ voices: undefined });
    expect(host.innerHTML).toBe('');
  });
});
