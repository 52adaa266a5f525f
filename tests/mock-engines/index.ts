/**
 * Start any mock engine on 127.0.0.1 with a free port, for Vitest unit tests,
 * the benchmark and Playwright e2e (point the engine's `baseUrl` at
 * `server.baseUrl`).
 */
import type { EngineId } from '@/utils/translate/types';
import { deeplProtocol, type DeepLMockOptions } from './deepl';
import { googleProtocol, type GoogleMockOptions } from './google';
import { libreProtocol, type LibreMockOptions } from './libretranslate';
import { microsoftProtocol, type MicrosoftMockOptions } from './microsoft';
import { myMemoryProtocol } from './mymemory';
import { openAiProtocol, type OpenAiMockOptions } from './openai';
import { startMockServer, type MockEngineServer, type MockServerOptions } from './server';

export type { Fault, MockEngineServer, RecordedRequest } from './server';
export { fakeTranslate } from './server';

export type RemoteEngineId = Exclude<EngineId, 'chrome-builtin'>;

export type MockEngineOptions = MockServerOptions &
  LibreMockOptions &
  DeepLMockOptions &
  GoogleMockOptions &
  MicrosoftMockOptions &
  OpenAiMockOptions;

/** Start the loopback server for `engine`. */
export function startMockEngine(engine: RemoteEngineId, options: MockEngineOptions = {}): Promise<MockEngineServer> {
  switch (engine) {
    case 'libretranslate':
      return startMockServer(libreProtocol(options), options);
    case 'deepl':
      return startMockServer(deeplProtocol(options), options);
    case 'google':
      return startMockServer(googleProtocol(options), options);
    case 'microsoft':
      return startMockServer(microsoftProtocol(options), options);
    case 'mymemory':
      return startMockServer(myMemoryProtocol(), options);
    case 'openai':
      // OpenAI-compatible servers live under /v1 (as Ollama's do).
      return startMockServer(openAiProtocol(options), { basePath: '/v1', ...options });
  }
}

export const REMOTE_ENGINES: RemoteEngineId[] = ['libretranslate', 'deepl', 'google', 'microsoft', 'mymemory', 'openai'];
