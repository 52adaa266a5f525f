#!/usr/bin/env node
/**
 * Add or update UI strings in every locale at once, so the locale files stay in
 * step: `node tests/tools/add-messages.mjs strings.json`, where strings.json is
 * `{ "key": { "de": "…", "en": "…", "ar": "…", "placeholders": {…} } }`.
 * Locales a key does not name get the English text (the key-parity test then
 * still passes; translators see the English). Keys are kept sorted by insertion.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../public/_locales');
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const lang of readdirSync(dir)) {
  const file = join(dir, lang, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, entry] of Object.entries(input)) {
    const text = entry[lang] ?? entry.en ?? entry.de;
    if (typeof text !== 'string') throw new Error(`${key}: no text for ${lang}`);
    messages[key] = { message: text, ...(entry.placeholders ? { placeholders: entry.placeholders } : {}) };
  }
  writeFileSync(file, JSON.stringify(messages, null, 2) + '\n');
}
console.log(`added ${Object.keys(input).length} keys to ${readdirSync(dir).join(', ')}`);
