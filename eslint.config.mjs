// ESLint: typescript-eslint and eslint-plugin-svelte, plus the layer rule (docs/ARCHITECTURE.md "Layers")
// as no-restricted-imports per folder: imports only go down.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

// `folders` are gitignore-style patterns over the import path; `modules` are exact package names.
const layer = (files, { folders = [], modules = [] }, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: folders.map((group) => ({ group: [group], message })), paths: modules.map((name) => ({ name, message })) },
    ],
  },
});

const NODE_ONLY = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'tls', 'electron', 'keytar', '@adobe/acc-js-sdk'];

export default ts.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'bench/results.json',
      'release/**',
      'coverage/**',
      '.tmp/**',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // Tests and benchmarks build invalid configs by mutating untyped JSON on purpose.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The bin shim is plain CommonJS so it runs before anything is built.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  layer(
    ['electron/common/**'],
    { folders: ['**/node/**', '**/main/**', '**/cli/**', '**/preload/**', '**/renderer/**', 'node:*'], modules: NODE_ONLY },
    'electron/common is pure: no Node, no Electron, no other layer.',
  ),
  layer(
    ['electron/node/**'],
    { folders: ['**/main/**', '**/cli/**', '**/preload/**', '**/renderer/**'], modules: ['electron', 'keytar'] },
    'electron/node may import common only; keytar only in node/keychain.',
  ),
  layer(
    ['electron/node/keychain/**'],
    { folders: ['**/main/**', '**/cli/**', '**/preload/**', '**/renderer/**'], modules: ['electron'] },
    'electron/node may import common only.',
  ),
  layer(
    ['electron/cli/**'],
    { folders: ['**/main/**', '**/preload/**', '**/renderer/**'], modules: ['electron', 'keytar'] },
    'The CLI may import node and common only.',
  ),
  layer(
    ['electron/main/**'],
    { folders: ['**/cli/**', '**/preload/**', '**/renderer/**'], modules: ['keytar'] },
    'Main may import node and common only.',
  ),
  layer(
    ['electron/preload/**'],
    { folders: ['**/node/**', '**/main/**', '**/cli/**', '**/renderer/**', '**/common/ipc/contract*'] },
    'The preload knows the channel names only.',
  ),
  layer(
    ['renderer/**'],
    {
      folders: ['**/electron/node/**', '**/electron/main/**', '**/electron/cli/**', '**/electron/preload/**', 'node:*'],
      modules: NODE_ONLY,
    },
    'The renderer may import electron/common only.',
  ),
);
