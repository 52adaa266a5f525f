/**
 * The organisation's engines applied to the user's engine settings (issue 7).
 * Pure: engine settings and a repaired policy in, effective settings out.
 *
 * - A preset engine's server address, key and model are the organisation's:
 *   they win over what the user typed and are shown read-only. They are merged
 *   on every read and never written to `storage.local`.
 * - The engine the user chose is used; until the user chose one, the policy's
 *   `defaultEngine` (else its first engine) is.
 * - `lockEngines`: only the organisation's engines are offered, and a choice
 *   outside them falls back to the policy's default.
 */
import type { EngineSettings } from '@/utils/settings/engines';
import { ENGINE_IDS } from '@/utils/settings/engines';
import type { EngineConfig, EngineId } from '@/utils/translate/types';
import type { ManagedEngine, ManagedPolicy } from './managed-policy';

/** Config fields an organisation can preset. */
export const PRESET_FIELDS = ['baseUrl', 'apiKey', 'model'] as const;
export type PresetField = (typeof PRESET_FIELDS)[number];

export interface PresetEngine {
  /** Name the organisation gave it ("Übersetzungsserver der Stadt"). */
  label?: string;
  /** The preset fields, as engine config fields. */
  fields: Partial<Pick<EngineConfig, PresetField>>;
}

export interface EffectiveEngineSettings extends EngineSettings {
  /** Engines the user may pick (all, or only the organisation's when locked). */
  offered: EngineId[];
  /** The organisation's engines, by id. */
  presets: Partial<Record<EngineId, PresetEngine>>;
}

/** Policy kinds are the schema's; `openai-compatible` is the OpenAI chat API any provider speaks. */
export function engineIdOfKind(kind: string): EngineId | undefined {
  const id = kind === 'openai-compatible' ? 'openai' : kind;
  return (ENGINE_IDS as readonly string[]).includes(id) ? (id as EngineId) : undefined;
}

function presetOf(engine: ManagedEngine): PresetEngine {
  const fields: PresetEngine['fields'] = {};
  if (engine.url) fields.baseUrl = engine.url.replace(/\/+$/, '');
  if (engine.apiKey) fields.apiKey = engine.apiKey;
  if (engine.model) fields.model = engine.model;
  return engine.label ? { label: engine.label, fields } : { fields };
}

/** Engine settings with the organisation's presets, default and lock applied. */
export function applyEnginePolicy(settings: EngineSettings, policy: ManagedPolicy): EffectiveEngineSettings {
  const presets: EffectiveEngineSettings['presets'] = {};
  for (const engine of policy.engines) {
    const id = engineIdOfKind(engine.kind);
    // The first entry of a kind counts; a second one of the same kind cannot be told apart in the UI.
    if (id && !presets[id]) presets[id] = presetOf(engine);
  }
  const presetIds = ENGINE_IDS.filter((id) => presets[id]);
  const offered = policy.lockEngines && presetIds.length > 0 ? presetIds : [...ENGINE_IDS];
  const configs: EngineSettings['configs'] = { ...settings.configs };
  for (const id of presetIds) configs[id] = { ...configs[id], engine: id, ...presets[id]!.fields };
  const fallback = (policy.defaultEngine ? engineIdOfKind(policy.defaultEngine) : undefined) ?? presetIds[0];
  const active = settings.active && offered.includes(settings.active) ? settings.active : fallback;
  return active ? { active, configs, offered, presets } : { configs, offered, presets };
}

/** A config as the user may store it: the organisation's preset fields left out. */
export function withoutPresetFields(config: EngineConfig, preset: PresetEngine | undefined): EngineConfig {
  if (!preset) return config;
  const fixed = new Set(PRESET_FIELDS.filter((field) => preset.fields[field] !== undefined));
  return Object.fromEntries(Object.entries(config).filter(([field]) => !fixed.has(field as PresetField))) as EngineConfig;
}
