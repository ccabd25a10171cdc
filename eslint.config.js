// ESLint 9 flat config. Not type-aware on purpose: `npm run typecheck` already runs tsc, and lint stays fast.
import js from '@eslint/js';
import tanstackQuery from '@tanstack/eslint-plugin-query';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
