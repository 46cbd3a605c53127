// Lint rules, including the layer rules of DESIGN.md and the README's architecture section:
// each folder of src/ imports only the layers below it (LAYERS), features never import each other,
// only src/db imports Dexie, the pure layers import no React, no cycles, and no file or function
// grows past what a newcomer can hold at once.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * What each folder of src/ may import (besides itself). The README's architecture section says
 * the same in words; keep the two together.
 */
const LAYERS = {
  domain: [],
  demo: ['domain'],
  db: ['domain', 'demo'],
  exchange: ['domain', 'db'],
  workers: ['domain', 'db', 'exchange'],
  i18n: ['domain'],
  queries: ['domain', 'db', 'exchange', 'i18n'],
  ui: ['domain', 'i18n'],
  features: ['domain', 'db', 'exchange', 'i18n', 'queries', 'ui'],
  app: ['domain', 'db', 'exchange', 'i18n', 'queries', 'ui', 'features', 'workers'],
};
/** What a folder may import as types only (erased from the build): checked below, not here. */
const TYPES_ONLY = { ui: ['queries'], exchange: ['i18n'] };
/** Tests may also read the words (to check a message) and build data with the demo generator. */
const TEST_EXTRAS = ['i18n', 'demo'];
const files = (folder, name) => [`${folder}/**/${name}.ts`, `${folder}/**/${name}.tsx`];

const layerZones = Object.entries(LAYERS).flatMap(([layer, allowed]) => {
  const others = (extra) =>
    Object.keys(LAYERS)
      .filter((other) => other !== layer && ![...allowed, ...extra].includes(other))
      .filter((other) => !(TYPES_ONLY[layer] ?? []).includes(other))
      .map((other) => `./src/${other}`);
  const message = `src/${layer} imports only ${allowed.length ? allowed.join(', ') : 'itself'} (eslint.config.js LAYERS; README, Architecture).`;
  const folder = `./src/${layer}`;
  return [
    { target: files(folder, '!(*.test)'), from: others([]), message },
    { target: files(folder, '*.test'), from: others(TEST_EXTRAS), message },
  ].filter((zone) => zone.from.length > 0);
});

const demoZone = {
  target: ['./src/db/**/!(demo-repo|*.test).ts'],
  from: './src/demo',
  message: 'Only db/demo-repo.ts (loaded lazily, on click) and tests use the demo generator.',
};

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features do not import each other; compose them in src/app.',
}));

const DEXIE = {
  paths: [{ name: 'dexie', message: 'Only src/db imports Dexie.' }],
  patterns: ['dexie/*'],
};
const REACT_NAMES = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form', 'recharts'];
const NO_REACT = {
  paths: REACT_NAMES.map((name) => ({
    name,
    message: 'The pure layers (domain, demo, db, exchange, workers) import no React.',
  })),
  patterns: ['react-dom/*', '@hookform/*'],
};
const restricted = (...sets) => ({
  paths: sets.flatMap((set) => set.paths),
  patterns: sets.flatMap((set) => set.patterns),
});

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
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...layerZones, demoZone, ...featureZones] },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', DEXIE],
      // Safari has none of these: src/ui/idle.ts (whenIdle) falls back to a timer.
      'no-restricted-globals': [
        'error',
        ...['requestIdleCallback', 'cancelIdleCallback'].map((name) => ({
          name,
          message: 'Safari lacks it: use whenIdle from src/ui/idle.ts.',
        })),
      ],
    },
  },
  {
    files: ['src/ui/idle.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['src/{domain,demo,exchange,workers}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', restricted(DEXIE, NO_REACT)] },
  },
  {
    files: ['src/db/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', NO_REACT] },
  },
  ...Object.entries(TYPES_ONLY).map(([layer, folders]) => ({
    // Shared UI draws what it is given: it may name the shape of a shared query's data, but never
    // call one. The exchange names its messages' keys (the compiler checks them), but words are
    // the page's: no message table is loaded into the worker.
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: folders.map((folder) => ({
            group: [`@/${folder}/*`],
            allowTypeImports: true,
            message: `src/${layer} may import only types from src/${folder}.`,
          })),
        },
      ],
    },
  })),
  {
    files: ['**/*.{ts,tsx,mts}'],
    ignores: ['src/i18n/messages/**'],
    rules: {
      'max-lines': ['error', { max: 500 }],
      'max-lines-per-function': ['error', { max: 150 }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'e2e/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
