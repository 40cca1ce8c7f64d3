// Lint and import boundaries. Code flows one way: domain ← lib/components/i18n
// ← features ← app. domain/ is pure (the functions and the CLI import it too),
// and a feature never imports another feature.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featureNames = [
  'auth',
  'competitions',
  'organizer',
  'judging',
  'team',
  'results',
  'assignment',
  'setup',
  'people',
  'entry-admin',
  'dashboard',
  'fairness',
  'publication',
  'objections',
  'advance',
  'audit-log',
  'stage',
  'screen',
];

export default tseslint.config(
  {
    ignores: ['dist', 'dist-offset-*', 'build', 'functions/lib', 'node_modules', '.tmp', '.emulator-data', 'coverage'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json', 'functions/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // domain/ is pure: nothing from the rest of the app.
            {
              target: './src/domain',
              from: './src',
              except: ['./domain'],
              message: 'src/domain is pure TypeScript shared with the functions and the CLI.',
            },
            // shared layers never reach up into features or app.
            { target: ['./src/lib', './src/components', './src/i18n'], from: ['./src/features', './src/app'] },
            { target: './src/features', from: './src/app' },
            // a feature never imports another feature.
            ...featureNames.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
            })),
          ],
        },
      ],
    },
  },
  {
    // Only the Firebase layer and the features' api folders talk to Firebase.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/firebase/**', 'src/features/*/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(firebase|@firebase/.*)(/|$)', message: 'Use src/lib/firebase or a feature api/ module.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    // Tests and their helpers (test-*.ts, never imported by the app) follow the next block.
    ignores: ['src/domain/**/*.test.ts', 'src/domain/**/test-*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Date', message: 'domain/ takes time as a parameter.' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.{1,2}/|zod$)', message: 'domain/ imports only domain/ and zod.' }] },
      ],
    },
  },
  {
    // Tests beside the domain code may also use the test tools.
    files: ['src/domain/**/*.test.ts', 'src/domain/**/test-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.{1,2}/|zod$|vitest$|fast-check$)',
              message: 'domain tests import only domain/, zod and the test tools.',
            },
          ],
        },
      ],
    },
  },
);
