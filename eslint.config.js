// Type-aware lint. The restricted-imports rules keep the dependency arrows pointing into core:
// core imports nothing of the other rooms; formats import only core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'data',
      'coverage',
      'test-artifacts',
      'src/web/dist',
      '**/*.js',
      '**/*.mjs',
      '!eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/formats/**', '**/store/**', '**/server/**', '**/cli/**', '**/web/**'],
              message: 'core imports nothing of the other rooms',
            },
            {
              group: ['node:*', 'fs', 'path', 'pg', '@electric-sql/*'],
              message: 'core is pure: no I/O, runs in the browser',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/formats/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/server/**', '**/cli/**', '**/web/**'],
              message: 'formats import only core',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/solver/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/formats/**', '**/store/**', '**/server/**', '**/cli/**', '**/web/**'],
              message: 'the solver adapter imports only core',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
