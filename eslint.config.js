// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Page and engine code must not reach for the raw extension API.
    files: ['utils/extract/**', 'utils/clean/**', 'utils/simplify/**', 'utils/sanitize/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'wxt/browser', message: 'Pure modules take their inputs as arguments.' }] }],
    },
  },
);
