import { describe, expect, it } from 'vitest';
import { createReadAloud, type ReadAloudSentence, type ReadAloudState } from '@/utils/reader/read-aloud';
import { pickVoice, waitForVoices } from '@/utils/reader/voices';
import { ARABIC, FakeSynth, FakeUtterance, GERMAN } from '../helpers/fake-speech';

const SENTENCES: ReadAloudSentence<string>[] = [
  { text: 'Die Anmeldung ist kostenlos.', lang: 'de', where: 'b0' },
  { text: 'Bringen Sie Ihren Ausweis mit.', lang: 'de', where: 'b1' },
  { text: 'التسجيل مجاني.', lang: 'ar', where: 'b2' },
];

function setup(voices = [GERMAN, ARABIC], sentences = SENTENCES) {
  const synth = new FakeSynth(voices);
  const states: ReadAloudState[] = [];
  const highlighted: (string | undefined)[] = [];
  const reader = createReadAloud({
    synth,
    createUtterance: (text) => new FakeUtterance(text),
    sentences,
    rate: 1.2,
    onState: (s) => states.push(s),
    onSentence: (s) => highlighted.push(s?.where),
  });
  return { synth, states, highlighted, reader };
}

describe('read-aloud controller', () => {
  it('reads sentence after sentence, each in a voice of its language, with the highlight following', () => {
    const { synth, reader, highlighted, states } = setup();
    reader.play();
    expect(reader.state()).toMatchObject({ status: 'playing', index: 0, total: 3 });
    expect(synth.spoken.map((u) => [u.text, u.lang, u.voice?.name, u.rate])).toEqual([
      ['Die Anmeldung ist kostenlos.', 'de', 'Anna', 1.2],
    ]);
    synth.finish();
    synth.finish();
    expect(synth.spoken.map((u) => u.voice?.name)).toEqual(['Anna', 'Anna', 'Laila']);
    expect(synth.spoken[2]!.lang).toBe('ar');
    expect(highlighted).toEqual(['b0', 'b1', 'b2']);
    synth.finish();
    expect(reader.state()).toMatchObject({ status: 'idle', index: -1 });
    expect(highlighted.at(-1)).toBeUndefined();
    expect(states.at(-1)?.status).toBe('idle');
  });

  it('pauses and resumes at the start of the same sentence; our own cancel is not an error', () => {
    const { synth, reader } = setup();
    reader.play();
    synth.finish();
    reader.pause();
    expect(reader.state()).toMatchObject({ status: 'paused', index: 1 });
    expect(reader.state().failed).toBeUndefined();
    expect(synth.current).toBeUndefined();
    reader.play();
    expect(synth.spoken.at(-1)?.text).toBe('Bringen Sie Ihren Ausweis mit.');
    expect(reader.state().status).toBe('playing');
  });

  it('ignores the end event of a cancelled utterance (no double skip)', () => {
    const { synth, reader } = setup();
    reader.play();
    const first = synth.current!;
    reader.next();
    // A late `end` from the interrupted first sentence must not move on again.
    first.onend?.({});
    expect(reader.state().index).toBe(1);
    expect(synth.spoken.map((u) => u.text)).toEqual(['Die Anmeldung ist kostenlos.', 'Bringen Sie Ihren Ausweis mit.']);
  });

  it('moves between sentences while playing, paused and idle, within the bounds', () => {
    const { synth, reader, highlighted } = setup();
    reader.next();
    expect(reader.state()).toMatchObject({ status: 'paused', index: 0 });
    expect(synth.spoken).toHaveLength(0);
    reader.next();
    reader.next();
    reader.next();
    expect(reader.state().index).toBe(2);
    reader.previous();
    expect(highlighted.at(-1)).toBe('b1');
    reader.play();
    expect(synth.spoken.at(-1)?.text).toBe('Bringen Sie Ihren Ausweis mit.');
    reader.previous();
    reader.previous();
    expect(reader.state().index).toBe(0);
    expect(synth.spoken.at(-1)?.text).toBe('Die Anmeldung ist kostenlos.');
  });

  it('stop clears the highlight and starts over next time', () => {
    const { synth, reader, highlighted } = setup();
    reader.play();
    synth.finish();
    reader.stop();
    expect(reader.state()).toMatchObject({ status: 'idle', index: -1 });
    expect(highlighted.at(-1)).toBeUndefined();
    reader.play();
    expect(synth.spoken.at(-1)?.text).toBe('Die Anmeldung ist kostenlos.');
  });

  it('restarts the current sentence at a new rate', () => {
    const { synth, reader } = setup();
    reader.play();
    reader.setRate(0.7);
    expect(synth.spoken.map((u) => u.rate)).toEqual([1.2, 0.7]);
    expect(synth.spoken[1]!.text).toBe(synth.spoken[0]!.text);
  });

  it('stops with a clear state when no voice speaks the language', () => {
    const { synth, reader, highlighted } = setup([GERMAN]);
    reader.play();
    synth.finish();
    synth.finish();
    expect(reader.state()).toMatchObject({ status: 'paused', index: 2, noVoiceFor: 'ar' });
    expect(synth.spoken).toHaveLength(2);
    expect(highlighted.at(-1)).toBe('b2');
  });

  it('reads each language in the voice chosen for it, and a new choice restarts the sentence', () => {
    const synth = new FakeSynth([GERMAN, { name: 'Markus', lang: 'de-AT' }, ARABIC, { name: 'Amira', lang: 'ar-EG' }]);
    let choices: Record<string, string> = { de: 'Markus', ar: 'Amira' };
    const reader = createReadAloud({
      synth,
      createUtterance: (text) => new FakeUtterance(text),
      sentences: SENTENCES,
      rate: 1,
      voiceFor: (lang) => choices[lang] ?? '',
      onState: () => undefined,
      onSentence: () => undefined,
    });
    reader.play();
    synth.finish();
    expect(synth.spoken.map((u) => u.voice?.name)).toEqual(['Markus', 'Markus']);
    choices = { de: 'Anna', ar: 'Amira' };
    reader.restartSentence();
    expect(synth.spoken.map((u) => [u.text, u.voice?.name]).slice(-1)).toEqual([['Bringen Sie Ihren Ausweis mit.', 'Anna']]);
    synth.finish();
    expect(synth.spoken.at(-1)).toMatchObject({ lang: 'ar', voice: { name: 'Amira' } });
    // A choice that does not speak the language is ignored: a German voice never reads Arabic.
    choices = { ar: 'Anna' };
    reader.restartSentence();
    expect(synth.spoken.at(-1)?.voice?.name).toBe('Laila');
  });

  it('skips a label without a voice (a heading in the UI language) but stops at text without one', () => {
    const sentences: ReadAloudSentence<string>[] = [
      { text: 'أهم المعلومات', lang: 'ar', where: 'title', optional: true },
      { text: 'Die Anmeldung ist kostenlos.', lang: 'de', where: 'fact' },
      { text: 'Was es kostet', lang: 'uk', where: 'label', optional: true },
      { text: 'Bringen Sie Ihren Ausweis mit.', lang: 'de', where: 'b0' },
      { text: 'Текст.', lang: 'uk', where: 'b1' },
    ];
    const { synth, reader, highlighted } = setup([GERMAN], sentences);
    reader.play();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Die Anmeldung ist kostenlos.']);
    expect(reader.state()).toMatchObject({ status: 'playing', index: 1 });
    synth.finish();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Die Anmeldung ist kostenlos.', 'Bringen Sie Ihren Ausweis mit.']);
    synth.finish();
    expect(reader.state()).toMatchObject({ status: 'paused', index: 4, noVoiceFor: 'uk' });
    expect(highlighted).toEqual(['fact', 'b0', 'b1']);
  });

  it('reports an engine error other than an interruption', () => {
    const { synth, reader } = setup();
    reader.play();
    synth.current!.onerror?.({ error: 'synthesis-failed' });
    expect(reader.state()).toMatchObject({ status: 'paused', failed: 'synthesis-failed' });
  });

  it('does nothing without sentences', () => {
    const { synth, reader } = setup([GERMAN], []);
    reader.play();
    reader.next();
    expect(synth.spoken).toHaveLength(0);
    expect(reader.state().status).toBe('idle');
  });
});

describe('voices', () => {
  const voices = [
    { name: 'Default US', lang: 'en-US', default: true },
    { name: 'Petra', lang: 'de-DE' },
    { name: 'Markus', lang: 'de_AT', localService: true },
    { name: 'Online', lang: 'de-DE', localService: false },
  ];

  it('prefers the exact tag, then the primary language, then a local voice', () => {
    expect(pickVoice(voices, 'de-AT')?.name).toBe('Markus');
    expect(pickVoice(voices, 'de')?.name).toBe('Markus');
    expect(pickVoice(voices, 'de-DE')?.name).toBe('Petra');
    expect(pickVoice(voices, 'en')?.name).toBe('Default US');
  });

  it('honours a preferred voice only when it speaks the language', () => {
    expect(pickVoice(voices, 'de', 'Online')?.name).toBe('Online');
    expect(pickVoice(voices, 'ar', 'Petra')).toBeUndefined();
    expect(pickVoice([], 'de')).toBeUndefined();
  });

  it('waits for voices that arrive late, and gives up after the timeout', async () => {
    let list: typeof voices = [];
    const listeners: (() => void)[] = [];
    const source = {
      getVoices: () => list,
      addEventListener: (_: 'voiceschanged', l: () => void) => listeners.push(l),
      removeEventListener: () => undefined,
    };
    const pending = waitForVoices(source, 1000);
    list = voices;
    listeners.forEach((l) => l());
    expect(await pending).toHaveLength(4);
    list = [];
    expect(await waitForVoices(source, 10)).toEqual([]);
  });
});
