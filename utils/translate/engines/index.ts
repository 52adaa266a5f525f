/** Every engine behind the one interface, by id. */
import type { EngineId, TranslationEngine } from '../types';
import { chromeBuiltin } from './chrome-builtin';
import { deepl } from './deepl';
import { google } from './google';
import { libreTranslate } from './libretranslate';
import { microsoft } from './microsoft';
import { myMemory } from './mymemory';
import { openAi } from './openai';

export const ENGINES: Record<EngineId, TranslationEngine> = {
  'chrome-builtin': chromeBuiltin,
  libretranslate: libreTranslate,
  deepl,
  google,
  microsoft,
  mymemory: myMemory,
  openai: openAi,
};

/** The engine for an id (throws on an unknown id: settings validation should have repaired it). */
export function getEngine(id: EngineId): TranslationEngine {
  const engine = ENGINES[id];
  if (!engine) throw new Error(`Unknown translation engine: ${String(id)}`);
  return engine;
}
