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
}

export interface ManagedPolicy {
  /** Preset for the shared-computer mode (the user may still change it unless locked). */
  sharedComputer?: boolean;
  /** Force shared-computer mode on; the user cannot switch it off. */
  lockSharedComputer: boolean;
  engines: ManagedEngine[];
  /** `kind` of the engine offered first. */
  defaultEngine?: string;
  /** Target languages offered first (BCP 47). */
  targetLanguages: string[];
  /** Target language preset (BCP 47). */
  defaultTargetLanguage?: string;
}

export const EMPTY_POLICY: Readonly<ManagedPolicy> = Object.freeze({
  lockSharedComputer: false,
  engines: [],
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
  if (label) engine.label = label;
  if (url) engine.url = url;
  if (apiKey) engine.apiKey = apiKey;
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
    targetLanguages,
  };
  if (typeof raw.sharedComputer === 'boolean') policy.sharedComputer = raw.sharedComputer;
  const defaultEngine = str(raw.defaultEngine, 41);
  if (defaultEngine && engines.some((e) => e.kind === defaultEngine)) policy.defaultEngine = defaultEngine;
  if (typeof raw.defaultTargetLanguage === 'string' && LANGUAGE_TAG.test(raw.defaultTargetLanguage))
    policy.defaultTargetLanguage = raw.defaultTargetLanguage;
  return policy;
}
