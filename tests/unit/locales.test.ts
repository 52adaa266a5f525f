import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = join(__dirname, '../../public/_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Messages;

const langs = readdirSync(LOCALES_DIR);
const base = load('de');

/** `$NAME$` references used in a message. */
const refs = (text: string) => [...text.matchAll(/\$([A-Z0-9_]+)\$/gi)].map((m) => m[1]!.toLowerCase()).sort();

describe('locales', () => {
  it('has German as default and English complete', () => {
    expect(langs).toContain('de');
    expect(langs).toContain('en');
  });

  it.each(langs)('%s has exactly the keys of the German default', (lang) => {
    expect(Object.keys(load(lang)).sort()).toEqual(Object.keys(base).sort());
  });

  it.each(langs)('%s uses the same placeholders as German, and defines every one it uses', (lang) => {
    const messages = load(lang);
    for (const [key, entry] of Object.entries(messages)) {
      const placeholders = Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()).sort();
      expect(placeholders, key).toEqual(Object.keys(base[key]?.placeholders ?? {}).map((p) => p.toLowerCase()).sort());
      expect([...new Set(refs(entry.message))], key).toEqual(placeholders);
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('every message key used in the code exists', () => {
    const used = new Set<string>();
    const scan = (source: string) => {
      for (const m of source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of source.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]!);
    };
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(tsx?|html)$/.test(entry.name)) scan(readFileSync(path, 'utf8'));
      }
    };
    for (const dir of ['entrypoints', 'components', 'utils']) walk(join(__dirname, '../..', dir));
    scan(readFileSync(join(__dirname, '../../wxt.config.ts'), 'utf8'));
    const missing = [...used].filter((key) => !(key in base));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(5);
  });
});
