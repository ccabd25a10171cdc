// ESLint 9 flat config. Not type-aware on purpose: `npm run typecheck` already runs tsc, and lint stays fast.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tanstackQuery from '@tanstack/eslint-plugin-query';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The parts of architecture.md, by folder (paths from the repository root).
const PART = {
  app: 'src/app',
  features: 'src/features',
  designer: 'src/designer',
  ui: 'src/components',
  mock: 'src/mocks',
  session: 'src/lib/session',
  users: 'src/lib/users',
  api: 'src/lib/api',
  authz: 'src/lib/authz',
  harness: 'src/test',
};
const FEATURES = readdirSync(PART.features, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const TESTS = ['src/**/*.test.{ts,tsx}', 'src/test/**'];

/**
 * The "never imports" column of architecture.md, one zone per forbidden import: files in `target` may not
 * import from `from` (but may from `except`, relative to `from`). Each message names the rule, so a failing
 * lint says which line of the table was broken. src/test/architecture.test.ts injects a forbidden import
 * for every zone, and fails if a zone is added without one.
 */
const never = (target, from, text, except) => ({
  target,
  from,
  ...(except ? { except } : {}),
  message: `architecture: ${text} (architecture.md)`,
});
const UNSEEN = 'nothing outside boot, the mock and the designer knows the mock exists';
const ARCHITECTURE_ZONES = [
  never(PART.app, PART.mock, `app/ never imports the mock: ${UNSEEN}`),
  never(PART.app, PART.designer, 'app/ never imports the designer: boot mounts it beside the app'),
  ...FEATURES.flatMap((feature) => {
    const self = `${PART.features}/${feature}`;
    return [
      never(self, PART.app, 'a feature never imports app/'),
      never(
        self,
        PART.features,
        'a feature never imports another feature: shared pieces go to lib/ or components/',
        [`./${feature}`],
      ),
      never(self, PART.mock, `a feature never imports the mock: ${UNSEEN}`),
      never(self, PART.designer, `a feature never imports the designer: ${UNSEEN}`),
    ];
  }),
  never(PART.designer, PART.app, 'the designer never imports app/'),
  never(PART.designer, PART.features, 'the designer never imports a feature'),
  never(PART.ui, PART.features, 'a shared UI piece (components/) never imports a feature'),
  never(PART.ui, PART.app, 'a shared UI piece (components/) never imports app/'),
  never(PART.ui, PART.mock, `a shared UI piece (components/) never imports the mock: ${UNSEEN}`),
  never(PART.ui, PART.designer, `a shared UI piece (components/) never imports the designer: ${UNSEEN}`),
  never(PART.session, PART.features, 'lib/session never imports a feature'),
  never(PART.session, PART.app, 'lib/session never imports app/'),
  never(PART.session, PART.ui, 'lib/session never imports UI (components/)'),
  never(PART.session, PART.mock, `lib/session never imports the mock: ${UNSEEN}`),
  never(PART.session, PART.designer, `lib/session never imports the designer: ${UNSEEN}`),
  never(PART.users, PART.features, 'lib/users never imports a feature'),
  never(PART.users, PART.app, 'lib/users never imports app/'),
  never(PART.users, PART.mock, `lib/users never imports the mock: ${UNSEEN}`),
  never(PART.users, PART.designer, `lib/users never imports the designer: ${UNSEEN}`),
  never(PART.api, 'src', 'lib/api imports nothing of the project', ['./lib/api']),
  never(PART.authz, 'src', 'lib/authz imports nothing of the project', ['./lib/authz']),
  never(PART.mock, PART.app, 'the mock never imports app/'),
  never(PART.mock, PART.ui, 'the mock never imports UI (components/)'),
  never(PART.mock, PART.designer, 'the mock never imports UI (the designer)'),
  never(
    PART.mock,
    PART.features,
    "the mock never imports a feature's UI: only the key feature's model/ (schemas, status rules)",
    ['./api-keys/model'],
  ),
  never(PART.mock, PART.api, "the mock takes only Palette's wire types from lib/api (lib/api/palette)", [
    './palette',
  ]),
];
/** Not a line of the table, but the same kind of promise: shipped code never reaches into the tests. */
const HARNESS_ZONE = never('src', PART.harness, 'product code never imports the test harness (src/test/)');
/**
 * Tests render the real app on the mock, through the harness (src/test/render-app.tsx builds the app's
 * own providers and query client; bulk.test.ts takes the app's QueryClient factory): so a test may also
 * import the mock, app/ and src/test/. The rest holds for tests too: a feature's test still never
 * imports another feature, UI stays blind to features, the designer to app/ and features.
 */
const TEST_MAY_ALSO_IMPORT = [PART.mock, PART.app, PART.harness];
const TEST_ZONES = ARCHITECTURE_ZONES.filter((zone) => !TEST_MAY_ALSO_IMPORT.includes(zone.from)).map(
  (zone) =>
    zone.from === 'src'
      ? {
          ...zone,
          except: [...zone.except, ...TEST_MAY_ALSO_IMPORT.map((part) => part.replace(/^src\//, './'))],
        }
      : zone,
);

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-demo/',
    'node_modules/',
    'coverage/',
    'test-results/',
    'playwright-report/',
    'flows/',
    'bench/results/',
    'public/mockServiceWorker.js',
    'src/lib/api/palette/schema.d.ts',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'project/rules',
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  // The app: runs in the browser.
  {
    name: 'project/app',
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      // v7 exposes the flat preset as configs.flat.recommended (configs.recommended is the legacy eslintrc shape).
      // It includes the React Compiler rules (refs, purity, set-state-in-effect, ...) on purpose.
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
      tanstackQuery.configs['flat/recommended'],
    ],
    languageOptions: {
      globals: globals.browser,
    },
    rules: {
      // The preset has this as a warning; `--max-warnings=0` would fail on it anyway, so say what we mean.
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  // The architecture's boundaries (import-x's no-restricted-paths over the zones above). Imports are
  // resolved to files first (the node resolver, with TypeScript's extensions): an import that does not
  // resolve is not checked, which is why src/test/architecture.test.ts proves every zone still fires.
  {
    name: 'project/architecture',
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: [...ARCHITECTURE_ZONES, HARNESS_ZONE] },
      ],
    },
  },
  {
    name: 'project/architecture-in-tests',
    files: TESTS,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: TEST_ZONES }],
    },
  },

  // Tests beside the code (Vitest, jsdom + msw/node) see both worlds.
  {
    name: 'project/unit-tests',
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/mocks/node.ts'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },

  // Playwright specs and benchmarks: Node, with callbacks that run in the page.
  {
    name: 'project/playwright',
    files: ['e2e/**/*.{ts,tsx,js,mjs}', 'bench/**/*.{ts,tsx,js,mjs}'],
    extends: [playwright.configs['flat/recommended']],
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Fixtures without dependencies are written `async ({}, use) => ...`.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
    },
  },

  // Tooling: config files and scripts run in Node.
  {
    name: 'project/tooling',
    files: ['*.{js,mjs,cjs,ts,mts}', 'scripts/**/*.{js,mjs,cjs,ts,mts}', '.ci/**/*.{js,mjs,ts}'],
    languageOptions: {
      globals: globals.node,
    },
  },
]);
