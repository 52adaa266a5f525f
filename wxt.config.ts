import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Loopback origins the e2e build may read without a toolbar click. Headless tests
 * cannot click the action button that grants `activeTab`, so the e2e build (mode
 * `e2e`) adds host access for the loopback test server only. The shipped build has
 * none; tests/unit/manifest.test.ts checks the built manifests.
 */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  srcDir: '.',
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The reader script is injected on demand; an empty list only draws lint warnings.
      if (Array.isArray(manifest.content_scripts) && manifest.content_scripts.length === 0)
        delete manifest.content_scripts;
    },
  },
  publicDir: 'public',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    action: { default_title: '__MSG_actionTitle__' },
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggleReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leselotse@leselotse.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
