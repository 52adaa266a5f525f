import { beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, repairSettings, TEXT_SIZE, updateSettings } from '@/utils/settings';
import { readerStyleVars, textSizePx } from '@/utils/reader/style-vars';
import { BUNDLED_FONTS, createFontLoader, fontStack } from '@/utils/reader/fonts';
import { readerKeyAction, stepTextSize } from '@/utils/reader/keys';
import { isTextSizeCommand, runTextSizeCommand } from '@/utils/reader/text-size-command';
import { pageCss } from '@/utils/reader/page-styles';

const ROOT = join(__dirname, '../..');

describe('reader settings → CSS', () => {
  it('maps every reader setting to one custom property', () => {
    const vars = readerStyleVars({ ...DEFAULT_SETTINGS, textSize: 400, lineHeight: 2, letterSpacing: 0.12, wordSpacing: 0.2, contentWidth: 50, font: 'atkinson' });
    expect(vars).toMatchObject({
      '--ll-base': '18px',
      '--ll-scale': '4',
      '--ll-line-height': '2',
      '--ll-letter-spacing': '0.12em',
      '--ll-word-spacing': '0.2em',
      '--ll-width': '50ch',
    });
    expect(vars['--ll-font']).toMatch(/^'Leselotse Atkinson Hyperlegible', system-ui/);
  });

  it('reaches 400 % and Firefox reader’s 128 px', () => {
    expect(textSizePx(100)).toBe(18);
    expect(textSizePx(400)).toBe(72);
    expect(textSizePx(TEXT_SIZE.max)).toBeGreaterThanOrEqual(128);
  });

  it('allows the WCAG 1.4.12 spacing values (line 1.5, letter 0.12, word 0.16)', () => {
    const repaired = repairSettings({ lineHeight: 1.6, letterSpacing: 0.15, wordSpacing: 0.2 });
    expect(repaired.lineHeight).toBeGreaterThanOrEqual(1.5);
    expect(repaired.letterSpacing).toBeGreaterThanOrEqual(0.12);
    expect(repaired.wordSpacing).toBeGreaterThanOrEqual(0.16);
  });
});

describe('read-aloud settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('have defaults, are clamped and persist', async () => {
    expect(DEFAULT_SETTINGS.readAloudRate).toBe(1);
    expect(DEFAULT_SETTINGS.readAloudVoice).toBe('');
    expect(repairSettings({ readAloudRate: 9, readAloudVoice: 42 })).toMatchObject({ readAloudRate: 2, readAloudVoice: '' });
    await updateSettings({ readAloudRate: 1.3, readAloudVoice: 'Anna' });
    expect(await getSettings()).toMatchObject({ readAloudRate: 1.3, readAloudVoice: 'Anna' });
  });

  it('a settings value stored before these fields existed is repaired with their defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { textSize: 200, theme: 'sepia' } });
    expect(await getSettings()).toMatchObject({ textSize: 200, theme: 'sepia', readAloudRate: 1, readAloudVoice: '', readAloudVoices: {} });
  });

  it('keep one voice per language; a bad or tampered entry is dropped, the rest kept', async () => {
    expect(DEFAULT_SETTINGS.readAloudVoices).toEqual({});
    expect(repairSettings({ readAloudVoices: ['Anna'] }).readAloudVoices).toEqual({});
    expect(repairSettings({ readAloudVoices: 'Anna' }).readAloudVoices).toEqual({});
    expect(
      repairSettings({ readAloudVoices: { de: 'Anna', ar: 7, 'de-AT': 'Markus', uk: '', tr: 'x'.repeat(201), __proto__: 'y', fa: 'Dariush' } }).readAloudVoices,
    ).toEqual({ de: 'Anna', fa: 'Dariush' });
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`l${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, 'V']));
    expect(Object.keys(repairSettings({ readAloudVoices: many }).readAloudVoices)).toHaveLength(40);
    await updateSettings({ readAloudVoices: { de: 'Anna', ar: 'Laila' } });
    expect((await getSettings()).readAloudVoices).toEqual({ de: 'Anna', ar: 'Laila' });
  });
});

describe('text size keys and commands', () => {
  beforeEach(() => fakeBrowser.reset());

  it('steps within the bounds', () => {
    expect(stepTextSize(100, -1)).toBe(100);
    expect(stepTextSize(100, 1)).toBe(120);
    expect(stepTextSize(TEXT_SIZE.max, 1)).toBe(TEXT_SIZE.max);
  });

  it('reads + and - as size keys, except in form fields and with modifiers', () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(readerKeyAction(key('+'), { tagName: 'BUTTON' } as unknown as EventTarget)).toBe('text-bigger');
    expect(readerKeyAction(key('='), undefined)).toBe('text-bigger');
    expect(readerKeyAction(key('-'), undefined)).toBe('text-smaller');
    expect(readerKeyAction(key('+', { ctrlKey: true }), undefined)).toBeUndefined();
    expect(readerKeyAction(key('+'), { tagName: 'SELECT' } as unknown as EventTarget)).toBeUndefined();
    expect(readerKeyAction(key('a'), undefined)).toBeUndefined();
  });

  it('the text-size commands change the stored size one step', async () => {
    expect(isTextSizeCommand('text-size-up')).toBe(true);
    expect(isTextSizeCommand('toggle-reader')).toBe(false);
    expect(isTextSizeCommand('constructor')).toBe(false);
    await updateSettings({ textSize: 380 });
    expect((await runTextSizeCommand('text-size-up')).textSize).toBe(400);
    expect((await runTextSizeCommand('text-size-down')).textSize).toBe(380);
  });

  it('the manifest declares the commands', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    for (const command of ['toggle-reader', 'text-size-up', 'text-size-down']) expect(config).toContain(`'${command}'`);
  });
});

describe('bundled fonts', () => {
  it('ships every font file and its OFL licence', () => {
    for (const font of Object.values(BUNDLED_FONTS))
      for (const file of font.files) expect(existsSync(join(ROOT, 'public', file.path)), file.path).toBe(true);
    for (const licence of ['OFL-atkinson-hyperlegible.txt', 'OFL-opendyslexic.txt'])
      expect(readFileSync(join(ROOT, 'public/fonts', licence), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it('loads a font only when chosen, once, from the packaged bytes', async () => {
    const read: string[] = [];
    const added: { family: string; source: unknown; weight?: string }[] = [];
    class StubFace {
      constructor(
        public family: string,
        public source: unknown,
        public descriptors: { weight?: string },
      ) {}
      load() {
        return Promise.resolve(this);
      }
    }
    const load = createFontLoader({
      fonts: { add: (face) => added.push({ family: face.family, source: (face as unknown as StubFace).source, weight: (face as unknown as StubFace).descriptors.weight }) },
      FontFace: StubFace as unknown as typeof FontFace,
      readFile: async (path) => {
        read.push(path);
        return new TextEncoder().encode(path).buffer as ArrayBuffer;
      },
    });
    await load('system');
    expect(read).toEqual([]);
    await load('opendyslexic');
    await load('opendyslexic');
    expect(read).toEqual(BUNDLED_FONTS.opendyslexic.files.map((f) => f.path));
    expect(added.map((a) => [a.family, a.weight])).toEqual([
      ['Leselotse OpenDyslexic', '400'],
      ['Leselotse OpenDyslexic', '700'],
    ]);
    expect(added[0]!.source).toBeInstanceOf(ArrayBuffer);
    expect(fontStack('system')).not.toContain('Leselotse');
  });

  it('tries again after a failed load', async () => {
    let fail = true;
    const load = createFontLoader({
      fonts: { add: () => undefined },
      FontFace: class {
        load() {
          return Promise.resolve(this);
        }
      } as unknown as typeof FontFace,
      readFile: async () => {
        if (fail) throw new Error('gone');
        return new ArrayBuffer(1);
      },
    });
    await expect(load('atkinson')).rejects.toThrow('gone');
    fail = false;
    await expect(load('atkinson')).resolves.toBeUndefined();
  });
});

describe('page styles', () => {
  it('stop the page scrolling and print only the reader host', () => {
    const css = pageCss('leselotse-reader');
    expect(css).toContain('html[data-leselotse-reader]{overflow:hidden !important;}');
    expect(css).toMatch(/@media print\{[\s\S]*>body,html\[data-leselotse-reader\]>:not\(leselotse-reader\):not\(head\)\{display:none !important;\}/);
  });
});
