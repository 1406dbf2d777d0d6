// Lint enforces the layering of DESIGN.md: core is pure, web talks to the server only over HTTP.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const ioModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'net', 'http', 'https', 'crypto', 'pg', 'exceljs'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.zhospar/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ioModules, message: 'core is pure: no I/O modules.' },
          { group: ['**/db/**', '**/app/**', '**/server/**', '**/cli/**', '**/web/**', '**/io/**'], message: 'core imports nothing from other src folders.' },
        ],
      }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/db/**', '**/app/**', '**/server/**', '**/cli/**', '**/io/**'], message: 'web talks to the server over HTTP only.' },
          { group: ['node:*'], message: 'web runs in the browser.' },
        ],
      }],
    },
  },
  {
    files: ['src/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/db/**', '**/app/**', '**/server/**', '**/cli/**', '**/web/**', '**/io/**', 'node:*'], message: 'contracts are shared schemas only.' }],
      }],
    },
  },
);
