/**
 * The extraction CLI as its users run it (`npm run --silent extract -- --json
 * FILE...`): one JSON object per line and file with exactly the ten fields of
 * the extraction issue; a file that cannot be read is reported on stderr with
 * a non-zero exit, after the other files are done; without `--json`, a readable
 * rendering.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = 'tests/fixtures/pages/seed-dessau-rosslau/source.html';
const OTHER = 'tests/fixtures/pages/typo3-auenbach-anmeldung-wohnung/source.html';
const expected = JSON.parse(readFileSync(`${ROOT}tests/fixtures/pages/typo3-auenbach-anmeldung-wohnung/expected.json`, 'utf8')) as {
  title: string;
  with: string[];
  without: string[];
};

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tests/tools/extract-cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('extract CLI', () => {
  it('prints one JSON line per file with exactly the ten fields; a missing file fails after the others', { timeout: 90_000 }, () => {
    const { code, stdout, stderr } = cli('--json', '--url', 'https://www.auenbach.example/anmeldung', OTHER, 'no/such/page.html', PAGE);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no\/such\/page\.html/);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['confidence', 'contact', 'dir', 'file', 'html', 'lang', 'ms', 'readerable', 'text', 'title']);
      expect(typeof line.ms).toBe('number');
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
    const [first, second] = lines;
    expect(first!.file).toBe(OTHER);
    expect(second!.file).toBe(PAGE);
    expect(first!.title).toBe(expected.title);
    expect(first!.readerable).toBe(true);
    expect(first!.lang).toBe('de');
    expect(first!.dir).toBe('ltr');
    for (const w of expected.with) expect(first!.text).toContain(w);
    for (const w of expected.without) expect(first!.text).not.toContain(w);
    expect(first!.html).not.toMatch(/<script|onerror=/i);
  });

  it('renders readable text without --json and exits 0', { timeout: 90_000 }, () => {
    const { code, stdout } = cli(OTHER);
    expect(code).toBe(0);
    expect(stdout).toContain(expected.title);
    expect(stdout).toContain(expected.with[0]!);
    expect(() => JSON.parse(stdout.split('\n')[0]!)).toThrow();
  });

  it('says how to use it when no file is given', { timeout: 90_000 }, () => {
    const { code, stderr } = cli('--json');
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage/);
  });
});
