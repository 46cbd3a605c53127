// Lint rules, including the layer rules of DESIGN.md:
// domain ← db ← features ← app, features never import each other, only src/db imports Dexie, no cycles.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features do not import each other; compose them in src/app.',
}));

const layerZones = [
  {
    target: './src/domain',
    from: [
      './src/db',
      './src/exchange',
      './src/workers',
      './src/features',
      './src/ui',
      './src/i18n',
      './src/app',
    ],
    message: 'The domain is pure: it imports no other layer.',
  },
  {
    target: './src/db',
    from: [
      './src/features',
      './src/queries',
      './src/ui',
      './src/app',
      './src/exchange',
      './src/workers',
    ],
    message: 'The db layer depends only on the domain.',
  },
  {
    target: './src/exchange',
    from: ['./src/features', './src/ui', './src/app'],
    message: 'The exchange layer depends on domain and db only.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/db', './src/app', './src/exchange', './src/workers'],
    message: 'Shared UI is presentational: no data access, no features.',
  },
  {
    target: './src/i18n',
    from: ['./src/features', './src/db', './src/app', './src/ui'],
    message: 'i18n holds messages and formatters only.',
  },
  {
    target: './src/queries',
    from: ['./src/features', './src/ui', './src/app'],
    message: 'Shared queries sit between db and features: no screens here.',
  },
  {
    target: './src/features',
    from: ['./src/app'],
    message: 'Features do not import the app shell.',
  },
  {
    target: './src/demo',
    from: [
      './src/db',
      './src/queries',
      './src/exchange',
      './src/workers',
      './src/features',
      './src/ui',
      './src/i18n',
      './src/app',
    ],
    message: 'The demo generator builds records with the domain only.',
  },
  {
    target: ['./src/!(demo|db)/**', './src/db/**/!(demo-repo|*.test).ts'],
    from: './src/demo',
    message: 'Only db/demo-repo.ts (lazily, on click) and tests use the demo generator.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'dev-dist',
      'node_modules',
      'playwright-report',
      'test-results',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/incompatible-library': 'off',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only src/db imports Dexie.' }],
          patterns: ['dexie/*'],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'e2e/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
