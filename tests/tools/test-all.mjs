#!/usr/bin/env node
/**
 * The whole test suite, as the README's second command (`npm test`) runs it:
 * typecheck, lint, production and e2e builds (the manifest test reads both),
 * unit tests, bundle budgets, `web-ext lint`, Chromium e2e and Firefox e2e.
 * Stops at the first failing step; prints the tests counted by each runner and
 * one closing line `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers, ensureNodeModules } from './ensure.mjs';

const started = Date.now();
const reports = mkdtempSync(join(tmpdir(), 'leselotse-test-'));
const counts = { passed: 0, failed: 0 };

ensureNodeModules();
ensureBrowsers();

/** Vitest's JSON report: add its counts. */
function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
}

/** Playwright's JSON report: add its counts. */
function countPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  counts.failed += stats?.unexpected ?? 0;
}

const steps = [
  ['typecheck', 'npx', ['wxt', 'prepare'], null],
  ['typecheck', 'npx', ['tsc', '--noEmit'], null],
  ['lint', 'npx', ['eslint', '.'], null],
  ['build chrome', 'npx', ['wxt', 'build'], null],
  ['build firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], null],
  ['build e2e', 'npm', ['run', '--silent', 'build:e2e'], null],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'unit.json')}`], () => countVitest(join(reports, 'unit.json'))],
  ['bundle budget', 'node', ['tests/bench/size.mjs', '--check'], null],
  ['web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3'], null],
  ['e2e chromium', 'npx', ['playwright', 'test', '--reporter=list,json'], () => countPlaywright(join(reports, 'e2e.json'))],
  ['e2e firefox', 'npx', ['vitest', 'run', '--config', 'tests/e2e-firefox/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'firefox.json')}`], () => countVitest(join(reports, 'firefox.json'))],
];

let failedStep;
for (const [name, command, args, count] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'e2e.json'), FORCE_COLOR: '0' },
  });
  count?.();
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
    failedStep = name;
    break;
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
rmSync(reports, { recursive: true, force: true });

const total = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\nLeselotse test suite: ${failedStep ? `failed at "${failedStep}"` : 'all steps green'} in ${total} s`);
if (failedStep && counts.failed === 0) counts.failed = 1; // a failing step without counted tests still fails
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedStep ? 1 : 0);
