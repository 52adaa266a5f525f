/**
 * An organisation's policy (Chrome/Edge enterprise policy or Firefox
 * `policies.json` → `3rdparty.Extensions`), as read from `storage.managed`.
 * Pure: the raw value comes in, a repaired policy comes out. Anything an
 * administrator mistyped is dropped field by field, never trusted as-is.
 * The JSON schema Chrome validates against is `public/managed-schema.json`.
 */

/** One engine an organisation presets (its own LibreTranslate server, for example). */
export interface ManagedEngine {
  /** Engine kind, e.g. `libretranslate`, `deepl`, `openai-compatible`. */
  kind: string;
  /** Label shown to the user ("Übersetzungsserver der Stadt"). */
  label?: string;
  /** Endpoint; https, or http only for a server on this computer (loopback). */
  url?: string;
  /** API key; stays in managed storage, is never copied into local storage. */
  apiKey?: string;
  /** Model name (OpenAI-compatible chat endpoints, e.g. the organisation's Ollama). */
  model?: string;
}

export interface ManagedPolicy {
  /** Preset for the shared-computer mode (the user may still change it unless locked). */
  sharedComputer?: boolean;
  /** Force shared-computer mode on; the user cannot switch it off. */
  lockSharedComputer: boolean;
  engines: ManagedEngine[];
  /** Offer only the organisation's engines; the user cannot pick another. */
  lockEngines: boolean;
  /** `kind` of the engine used until the user picks one. */
  defaultEngine?: string;
  /** Target languages offered first (BCP 47). */
  targetLanguages: string[];
  /** Target language preset (BCP 47). */
  defaultTargetLanguage?: string;
}

export const EMPTY_POLICY: Readonly<ManagedPolicy> = Object.freeze({
  lockSharedComputer: false,
  engines: [],
  lockEngines: false,
  targetLanguages: [],
});

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ENGINE_KIND = /^[a-z][a-z0-9-]{1,40}$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const str = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() && value.length <= max ? value.trim() : undefined;

/** An engine URL an organisation may preset: https anywhere, plain http only on this computer. */
export function isAllowedEngineUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

function repairEngine(value: unknown): ManagedEngine | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  const kind = str(raw.kind, 41);
  if (!kind || !ENGINE_KIND.test(kind)) return undefined;
  const url = str(raw.url, 2048);
  if (url !== undefined && !isAllowedEngineUrl(url)) return undefined;
  const engine: ManagedEngine = { kind };
  const label = str(raw.label, 80);
  const apiKey = str(raw.apiKey, 512);
  const model = str(raw.model, 200);
  if (label) engine.label = label;
  if (url) engine.url = url;
  if (apiKey) engine.apiKey = apiKey;
  if (model) engine.model = model;
  return engine;
}

/**
 * Repair a raw `storage.managed` snapshot into a policy. Unknown keys are
 * dropped; invalid engines and languages are left out, not guessed.
 */
export function repairManagedPolicy(value: unknown): ManagedPolicy {
  const raw = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<
    string,
    unknown
  >;
  const engines = Array.isArray(raw.engines)
    ? raw.engines.map(repairEngine).filter((e): e is ManagedEngine => e !== undefined).slice(0, 20)
    : [];
  const targetLanguages = Array.isArray(raw.targetLanguages)
    ? [...new Set(raw.targetLanguages.filter((l): l is string => typeof l === 'string' && LANGUAGE_TAG.test(l)))]
    : [];
  const policy: ManagedPolicy = {
    lockSharedComputer: raw.lockSharedComputer === true,
    engines,
    // Locking to no engine at all would only break translation: a lock needs engines.
    lockEngines: raw.lockEngines === true && engines.length > 0,
    targetLanguages,
  };
  if (typeof raw.sharedComputer === 'boolean') policy.sharedComputer = raw.sharedComputer;
  const defaultEngine = str(raw.defaultEngine, 41);
  if (defaultEngine && engines.some((e) => e.kind === defaultEngine)) policy.defaultEngine = defaultEngine;
  if (typeof raw.defaultTargetLanguage === 'string' && LANGUAGE_TAG.test(raw.defaultTargetLanguage))
    policy.defaultTargetLanguage = raw.defaultTargetLanguage;
  return policy;
}

/** A target language as the pickers list it. */
interface PickerLanguage {
  code: string;
  native: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The target languages to offer: the organisation's (in its order) first,
 * then the rest of `all`. A policy language the picker does not know is
 * offered under its code.
 */
export function offeredTargetLanguages<L extends PickerLanguage>(
  policy: Pick<ManagedPolicy, 'targetLanguages'>,
  all: readonly L[],
): { preferred: (L | PickerLanguage)[]; rest: L[] } {
  const preferred = policy.targetLanguages.map(
    (code) => all.find((l) => l.code === code) ?? { code, native: code, dir: 'ltr' as const },
  );
  const chosen = new Set(policy.targetLanguages);
  return { preferred, rest: all.filter((l) => !chosen.has(l.code)) };
}
