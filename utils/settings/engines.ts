/**
 * Translation engine configuration: which engine, and each engine's base URL,
 * key, model, e-mail and region. Kept in its own item, apart from the reader
 * settings, because it holds API keys: `storage.local` only (never `sync`, so a
 * key does not follow the user to other devices), repaired on every read, and
 * never logged.
 */
import { storage } from 'wxt/utils/storage';
import type { EngineConfig, EngineId } from '@/utils/translate/types';

export const ENGINE_IDS = [
  'chrome-builtin',
  'libretranslate',
  'deepl',
  'google',
  'microsoft',
  'mymemory',
  'openai',
] as const satisfies readonly EngineId[];

export const ENGINE_SETTINGS_VERSION = 1;

export interface EngineSettings {
  /** The engine the reader translates with; undefined until the user chose one. */
  active?: EngineId;
  /** The last saved configuration of each engine the user set up. */
  configs: Partial<Record<EngineId, EngineConfig>>;
  /**
   * Opt-in plain-language engines (issue 6), off unless the user switched them
   * on: `llm` rewrites into Einfache Sprache with the OpenAI-compatible engine's
   * configuration, `summarizer` offers Chrome's on-device key points.
   */
  simplify?: SimplifyEngines;
}

export interface SimplifyEngines {
  llm: boolean;
  summarizer: boolean;
}

export const DEFAULT_ENGINE_SETTINGS: Readonly<EngineSettings> = Object.freeze({ configs: {} });

const TEXT_FIELDS = ['baseUrl', 'apiKey', 'model', 'email', 'region'] as const;
/** Longer than any real key, URL or model name: anything beyond is garbage, not a setting. */
const MAX_FIELD = 2048;

function isEngineId(value: unknown): value is EngineId {
  return typeof value === 'string' && (ENGINE_IDS as readonly string[]).includes(value);
}

/** Only http(s) base URLs; anything else (javascript:, file:, typos) is dropped. */
function repairBaseUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/** Repair one engine's configuration: keep valid fields, drop the rest. */
export function repairEngineConfig(value: unknown, engine: EngineId): EngineConfig {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const config: EngineConfig = { engine };
  for (const field of TEXT_FIELDS) {
    const text = raw[field];
    if (typeof text !== 'string') continue;
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > MAX_FIELD) continue;
    if (field === 'baseUrl') {
      const url = repairBaseUrl(trimmed);
      if (url) config.baseUrl = url;
    } else {
      config[field] = trimmed;
    }
  }
  if (raw.deeplPlan === 'free' || raw.deeplPlan === 'pro') config.deeplPlan = raw.deeplPlan;
  if (typeof raw.timeoutMs === 'number' && Number.isFinite(raw.timeoutMs) && raw.timeoutMs >= 1000)
    config.timeoutMs = Math.min(raw.timeoutMs, 300_000);
  return config;
}

/** Repair a stored value: keep valid engines and fields, drop everything else. */
export function repairEngineSettings(value: unknown): EngineSettings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const rawConfigs = (typeof raw.configs === 'object' && raw.configs !== null ? raw.configs : {}) as Record<string, unknown>;
  const configs: EngineSettings['configs'] = {};
  for (const [id, config] of Object.entries(rawConfigs)) {
    if (isEngineId(id)) configs[id] = repairEngineConfig(config, id);
  }
  const simplify = repairSimplify(raw.simplify);
  return {
    ...(isEngineId(raw.active) ? { active: raw.active } : {}),
    configs,
    ...(simplify.llm || simplify.summarizer ? { simplify } : {}),
  };
}

/** Only an explicit `true` switches a plain-language engine on. */
function repairSimplify(value: unknown): SimplifyEngines {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { llm: raw.llm === true, summarizer: raw.summarizer === true };
}

export const engineSettingsItem = storage.defineItem<EngineSettings>('local:engines', {
  fallback: { configs: {} },
  version: ENGINE_SETTINGS_VERSION,
});

/**
 * API keys saved in shared-computer mode: `storage.session` only, so they are
 * gone when the browser closes and the next client cannot use them.
 */
export const sessionKeysItem = storage.defineItem<Partial<Record<EngineId, string>>>('session:engineKeys', {
  fallback: {},
});

/** Current engine settings, repaired, with keys saved for this session only merged in. */
export async function getEngineSettings(): Promise<EngineSettings> {
  const [stored, sessionKeys] = await Promise.all([
    engineSettingsItem.getValue(),
    sessionKeysItem.getValue().catch(() => ({}) as Partial<Record<EngineId, string>>),
  ]);
  const settings = repairEngineSettings(stored);
  for (const [id, key] of Object.entries(sessionKeys ?? {})) {
    const config = settings.configs[id as EngineId];
    if (config && typeof key === 'string' && key) config.apiKey = key;
  }
  return settings;
}

/**
 * Save one engine's configuration and make it the active engine. With
 * `shared` (shared-computer mode) its key goes to `storage.session`, never to
 * `storage.local`.
 */
export async function saveEngineConfig(config: EngineConfig, { shared = false } = {}): Promise<EngineSettings> {
  const current = repairEngineSettings(await engineSettingsItem.getValue());
  const clean = repairEngineConfig(config, config.engine);
  const { apiKey, ...withoutKey } = clean;
  const sessionKeys = Object.fromEntries(
    Object.entries(await sessionKeysItem.getValue()).filter(([id]) => id !== clean.engine),
  ) as Partial<Record<EngineId, string>>;
  if (shared && apiKey) sessionKeys[clean.engine] = apiKey;
  const next = repairEngineSettings({
    ...current,
    active: clean.engine,
    configs: { ...current.configs, [clean.engine]: shared ? withoutKey : clean },
  });
  await engineSettingsItem.setValue(next);
  await sessionKeysItem.setValue(sessionKeys);
  return getEngineSettings();
}

/**
 * Shared-computer mode was switched on: move the keys saved on this device
 * into `storage.session`, so none outlives the browser session. The session
 * copy is written first, so a key is never lost half-way.
 */
export async function moveKeysToSession(): Promise<number> {
  const current = repairEngineSettings(await engineSettingsItem.getValue());
  const sessionKeys = { ...(await sessionKeysItem.getValue()) };
  let moved = 0;
  for (const [id, config] of Object.entries(current.configs)) {
    if (!config?.apiKey) continue;
    sessionKeys[id as EngineId] ??= config.apiKey;
    delete config.apiKey;
    moved += 1;
  }
  if (moved === 0) return 0;
  await sessionKeysItem.setValue(sessionKeys);
  await engineSettingsItem.setValue(current);
  return moved;
}

/**
 * Switch the plain-language engines on or off. Switching the LLM rewrite on
 * saves the OpenAI-compatible engine's configuration with it (its key in
 * `storage.session` in shared-computer mode) without making it the
 * translation engine.
 */
export async function saveSimplifyEngines(
  change: Partial<SimplifyEngines>,
  openaiConfig?: EngineConfig,
  { shared = false } = {},
): Promise<EngineSettings> {
  const current = repairEngineSettings(await engineSettingsItem.getValue());
  const configs = { ...current.configs };
  if (openaiConfig) {
    const clean = repairEngineConfig(openaiConfig, 'openai');
    const { apiKey, ...withoutKey } = clean;
    configs.openai = shared ? withoutKey : clean;
    const sessionKeys = { ...(await sessionKeysItem.getValue()) };
    delete sessionKeys.openai;
    if (shared && apiKey) sessionKeys.openai = apiKey;
    await sessionKeysItem.setValue(sessionKeys);
  }
  const simplify = { ...repairSimplify(current.simplify), ...change };
  await engineSettingsItem.setValue(repairEngineSettings({ ...current, configs, simplify }));
  return getEngineSettings();
}

/** The OpenAI-compatible configuration for the rewrite, when the user switched the rewrite on. */
export async function getRewriteConfig(): Promise<EngineConfig | undefined> {
  const { configs, simplify } = await getEngineSettings();
  if (!simplify?.llm) return undefined;
  return configs.openai;
}

/** The configuration the reader translates with, if the user chose an engine. */
export async function getActiveEngineConfig(): Promise<EngineConfig | undefined> {
  const { active, configs } = await getEngineSettings();
  if (!active) return undefined;
  return configs[active] ?? { engine: active };
}

/** Call `listener` with repaired engine settings whenever they change. */
export function watchEngineSettings(listener: (settings: EngineSettings) => void): () => void {
  return engineSettingsItem.watch((value) => listener(repairEngineSettings(value)));
}
