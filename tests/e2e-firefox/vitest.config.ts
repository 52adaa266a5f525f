import { defineConfig } from 'vitest/config';

/** Firefox ESR e2e: the built extension installed through WebDriver BiDi (puppeteer-core). */
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
