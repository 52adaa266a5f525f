import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_POLICY, isAllowedEngineUrl, repairManagedPolicy } from '@/utils/privacy/managed-policy';
import { getEffectiveSettings, getManagedPolicy } from '@/utils/settings/managed';
import { updateSettings } from '@/utils/settings';

const ROOT = join(__dirname, '../..');
const sample = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/policy/sample-policy.json'), 'utf8')) as {
  '3rdparty': { extensions: Record<string, Record<string, unknown>> };
};
/** The policy as `storage.managed` hands it to the extension (the inner object of the policy file). */
const SAMPLE = sample['3rdparty'].extensions.EXTENSION_ID!;
const schema = JSON.parse(readFileSync(join(ROOT, 'public/managed-schema.json'), 'utf8')) as {
  properties: Record<string, unknown>;
};

describe('repairManagedPolicy', () => {
  it('reads the sample policy file completely', () => {
    expect(repairManagedPolicy(SAMPLE)).toEqual({
      sharedComputer: true,
      lockSharedComputer: true,
      engines: [
        {
          kind: 'libretranslate',
          label: 'Übersetzungsserver der Stadt',
          url: 'https://translate.stadt.example',
          apiKey: 'REPLACE-WITH-THE-SERVER-KEY',
        },
      ],
      lockEngines: false,
      defaultEngine: 'libretranslate',
      targetLanguages: ['ar', 'uk', 'tr', 'fa', 'ru', 'en'],
      defaultTargetLanguage: 'uk',
    });
  });

  it('handles every field the Chrome schema declares, and no other', () => {
    expect(Object.keys(repairManagedPolicy(SAMPLE)).sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it('treats garbage as no policy', () => {
    for (const junk of [null, undefined, 7, 'x', [], [1]]) expect(repairManagedPolicy(junk)).toEqual(EMPTY_POLICY);
  });

  it('drops what an administrator mistyped, field by field', () => {
    const policy = repairManagedPolicy({
      lockSharedComputer: 'yes',
      sharedComputer: 1,
      engines: [
        { kind: 'libretranslate', url: 'javascript:alert(1)' },
        { kind: 'deepl', url: 'http://translate.example' },
        { kind: 'libretranslate', url: 'https://user:pw@translate.example' },
        { kind: 'Bad Kind!' },
        'libretranslate',
        { kind: 'libretranslate', url: 'http://127.0.0.1:5000' },
      ],
      defaultEngine: 'deepl',
      targetLanguages: ['uk', 'uk', '<script>', 42, 'ar'],
      defaultTargetLanguage: 'klingon!',
      unknown: true,
    });
    expect(policy).toEqual({
      lockSharedComputer: false,
      engines: [{ kind: 'libretranslate', url: 'http://127.0.0.1:5000' }],
      lockEngines: false,
      targetLanguages: ['uk', 'ar'],
    });
    // A lock without any engine would only break translation.
    expect(repairManagedPolicy({ lockEngines: true }).lockEngines).toBe(false);
  });

  it('allows https engines anywhere and plain http only on this computer', () => {
    expect(isAllowedEngineUrl('https://translate.stadt.example/')).toBe(true);
    expect(isAllowedEngineUrl('http://localhost:11434')).toBe(true);
    expect(isAllowedEngineUrl('http://intranet.stadt.example')).toBe(false);
    expect(isAllowedEngineUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedEngineUrl('not a url')).toBe(false);
  });
});

describe('reading the policy from storage.managed (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns the repaired policy an organisation set', async () => {
    await fakeBrowser.storage.managed.set(SAMPLE);
    const policy = await getManagedPolicy();
    expect(policy.lockSharedComputer).toBe(true);
    expect(policy.engines[0]?.url).toBe('https://translate.stadt.example');
  });

  it('returns the empty policy when managed storage throws (Firefox without policies.json)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await getManagedPolicy()).toEqual(EMPTY_POLICY);
  });

  it('applies presets while the user has not chosen, and a lock always', async () => {
    await fakeBrowser.storage.managed.set({ sharedComputer: true, defaultTargetLanguage: 'uk' });
    expect(await getEffectiveSettings()).toMatchObject({ sharedComputer: true, targetLanguage: 'uk' });

    await updateSettings({ sharedComputer: false, targetLanguage: 'ar' });
    expect(await getEffectiveSettings()).toMatchObject({ sharedComputer: false, targetLanguage: 'ar' });

    await fakeBrowser.storage.managed.set({ lockSharedComputer: true });
    expect((await getEffectiveSettings()).sharedComputer).toBe(true);
  });
});
