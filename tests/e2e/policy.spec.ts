/**
 * An organisation's policy through Chromium's real policy machinery (issue 7):
 * Debian's Chromium reads JSON files in its managed-policy directory at start,
 * validates the `3rdparty.extensions.<id>` part against the extension's
 * `storage.managed_schema` and hands it to `storage.managed`. The unpacked e2e
 * build's id is derived from its absolute path (SHA-256, first 32 hex digits
 * spelled a–p), so the test computes it. Writing there needs root (CI runs as
 * root); the file is removed again in any case.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { startMockEngine, type MockEngineServer } from '../mock-engines';
import { CHROME_EXTENSION_DIR } from './browsers';
import { launchWithExtension } from './launch';
import { test, expect, tabIdOf } from './fixtures';

/** Where Debian's (and Chromium's Linux) build reads mandatory policies; Google Chrome uses /etc/opt/chrome. */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'leselotse-e2e-test.json');
const CITY_KEY = 'city-server-key-4711';

type Area = 'local' | 'session' | 'sync' | 'managed';
declare const chrome: { storage: Record<Area, { get(keys: null): Promise<Record<string, unknown>> }> };

/** Chromium's id of an unpacked extension: SHA-256 of its absolute path, first 16 bytes as letters a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function canWritePolicies(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function dump(context: BrowserContext, area: Area) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate((a) => chrome.storage[a].get(null), area);
}

let libre: MockEngineServer;
test.beforeAll(async () => {
  libre = await startMockEngine('libretranslate');
});
test.afterAll(async () => {
  await libre.close();
});

test('a Chromium policy file presets the engine, locks shared mode and orders the languages', async ({ server }) => {
  // A developer without root may skip it; on CI (root) it must run, so there it fails instead of skipping.
  test.skip(!canWritePolicies() && !process.env.CI, `needs write access to ${POLICY_DIR} (root), as on CI`);
  const id = unpackedExtensionId(CHROME_EXTENSION_DIR);
  const policy = {
    lockSharedComputer: true,
    engines: [{ kind: 'libretranslate', label: 'Übersetzungsserver der Stadt', url: libre.baseUrl, apiKey: CITY_KEY }],
    lockEngines: true,
    defaultEngine: 'libretranslate',
    targetLanguages: ['uk', 'ar'],
    defaultTargetLanguage: 'uk',
  };
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  let browser: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  try {
    browser = await launchWithExtension();
    const { context } = browser;
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(new URL(worker.url()).host).toBe(id);
    // Chromium validated the policy against the schema and handed it over.
    await expect.poll(() => dump(context, 'managed')).toMatchObject({ lockSharedComputer: true, lockEngines: true });

    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const mode = options.getByRole('checkbox', { name: 'Gemeinsam genutzter Computer' });
    await expect(mode).toBeChecked();
    await expect(mode).toBeDisabled();
    await expect(options.getByText('Von Ihrer Organisation fest eingeschaltet.')).toBeVisible();
    // Only the organisation's engine is offered, named as it named it, its address and key fixed.
    await expect(options.getByText('Ihre Organisation lässt nur diese Übersetzungsdienste zu.')).toBeVisible();
    const engines = options.getByRole('radio');
    await expect(engines).toHaveCount(1);
    await expect(options.getByRole('radio', { name: /^Übersetzungsserver der Stadt – LibreTranslate/ })).toBeChecked();
    await expect(options.locator('.engine-preset')).toHaveText('Von Ihrer Organisation vorgegeben');
    await expect(options.locator('.engine-choice')).toContainText(`Der Text wird an ${new URL(libre.baseUrl).host} gesendet`);
    const url = options.getByLabel(/^Server-Adresse \(URL\) \(von Ihrer Organisation festgelegt\)/);
    await expect(url).toHaveValue(libre.baseUrl);
    await expect(url).toHaveAttribute('readonly', '');
    const key = options.getByLabel(/^API-Schlüssel \(von Ihrer Organisation festgelegt\)/);
    await expect(key).toHaveValue('');
    await expect(key).toHaveAttribute('placeholder', 'von Ihrer Organisation festgelegt');
    expect(await options.content()).not.toContain(CITY_KEY);

    // The popup offers the organisation's languages first, preset to its default.
    const page = await context.newPage();
    await page.goto(server.url('seed-dessau-rosslau'));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html?tabId=${await tabIdOf(context, page)}`);
    const picker = popup.locator('section.translate select');
    await expect(picker).toHaveValue('uk');
    await expect(picker.locator('optgroup').first()).toHaveAttribute('label', 'Von Ihrer Organisation empfohlen');
    expect(await picker.locator('optgroup').first().locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['uk', 'ar']);

    // Nobody configured an engine: the service translates with the organisation's, with its key.
    await popup.getByRole('button', { name: 'Übersetzen', exact: true }).click();
    const reader = page.locator('leselotse-reader').getByRole('dialog');
    await expect(reader.locator('.ll-tr-translation').first()).toContainText('[uk]');
    await expect(reader.locator('.ll-tr-pending')).toHaveCount(0);
    expect(libre.translateRequests().length).toBeGreaterThan(0);
    expect((libre.translateRequests()[0]!.json as { api_key?: string }).api_key).toBe(CITY_KEY);
    // The key stays in managed storage: never copied into local, session or sync.
    for (const area of ['local', 'session', 'sync'] as const) expect(JSON.stringify(await dump(context, area))).not.toContain(CITY_KEY);
  } finally {
    rmSync(POLICY_FILE, { force: true });
    await browser?.close();
  }
});
