// ESLint (npm run lint, part of npm test): typescript-eslint's recommended rules, no import cycles anywhere, and the
// NLP code kept pure: nothing under src/nlp imports the HTTP layer (schemas/, routes/, the service modules in src/).
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'openapi/**', 'coverage/**', '.tap/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Tests read JSON documents of any shape.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['src/nlp/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/nlp', from: './schemas', message: 'The NLP code does not know the HTTP contract: src/serialize.ts maps its layers to it.' },
            { target: './src/nlp', from: './routes', message: 'The NLP code is pure: no HTTP routes.' },
            { target: './src/nlp', from: './src', except: ['./nlp'], message: 'The NLP code is pure: nothing of the service (app, pool, config, errors) inside it.' },
          ],
        },
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['fastify', '@fastify/*', 'pino', 'piscina', 'node:*'], message: 'The NLP code is pure: no HTTP, logging, threads or I/O at request time.' }] }],
    },
  },
);
