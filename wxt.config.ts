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
    // Translation engine hosts are requested at run time, on the user's click in the options page.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggleReader__',
      },
      // No default key: the four suggested keys Chrome allows are scarce; users assign one.
      'forget-everything': { description: '__MSG_commandForgetEverything__' },
      'text-size-up': { suggested_key: { default: 'Alt+Shift+Up' }, description: '__MSG_commandTextSizeUp__' },
      'text-size-down': { suggested_key: { default: 'Alt+Shift+Down' }, description: '__MSG_commandTextSizeDown__' },
    },
    // The reader's fonts must be loadable by the page document (a shadow root cannot own
    // @font-face). Chrome's `use_dynamic_url` changes their URL every session, so a page
    // cannot probe for the extension by a fixed address; Firefox URLs are per-install UUIDs.
    web_accessible_resources: [
      {
        resources: ['fonts/*.woff2'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Chrome validates organisation policies against this schema; Firefox reads
    // policies.json (3rdparty.Extensions) and has no manifest key for it.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leselotse@leselotse.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
