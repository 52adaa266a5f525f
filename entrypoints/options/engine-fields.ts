/**
 * Which settings each engine needs, and which are optional. The base URL is
 * offered for every remote engine: an organisation's own server, a proxy, or a
 * loopback test server.
 */
import type { EngineConfig, EngineId } from '@/utils/translate/types';

export type EngineField = 'baseUrl' | 'apiKey' | 'model' | 'email' | 'region' | 'deeplPlan';

export interface FieldSpec {
  field: EngineField;
  required: boolean;
}

export const ENGINE_FIELDS: Record<EngineId, FieldSpec[]> = {
  'chrome-builtin': [],
  libretranslate: [
    { field: 'baseUrl', required: true },
    { field: 'apiKey', required: false },
  ],
  deepl: [
    { field: 'apiKey', required: true },
    { field: 'deeplPlan', required: false },
    { field: 'baseUrl', required: false },
  ],
  google: [
    { field: 'apiKey', required: true },
    { field: 'baseUrl', required: false },
  ],
  microsoft: [
    { field: 'apiKey', required: true },
    { field: 'region', required: false },
    { field: 'baseUrl', required: false },
  ],
  mymemory: [
    { field: 'email', required: false },
    { field: 'baseUrl', required: false },
  ],
  openai: [
    { field: 'baseUrl', required: true },
    { field: 'model', required: true },
    { field: 'apiKey', required: false },
  ],
};

/** The `_locales` key of each field's label. */
export const FIELD_LABELS: Record<EngineField, string> = {
  baseUrl: 'translateFieldBaseUrl',
  apiKey: 'translateFieldApiKey',
  model: 'translateFieldModel',
  email: 'translateFieldEmail',
  region: 'translateFieldRegion',
  deeplPlan: 'translateFieldDeeplPlan',
};

/** The first required field left empty, if any. */
export function missingField(config: EngineConfig): EngineField | undefined {
  return ENGINE_FIELDS[config.engine].find(({ field, required }) => required && !config[field])?.field;
}
