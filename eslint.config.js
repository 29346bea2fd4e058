import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'url', 'util'];

// Layers by runtime (DESIGN.md): shared/ is pure, renderer/ is the browser, and only the thin
// shell in electron/main and electron/preload may import electron. These rules keep it so.
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Stripping control characters from user input is deliberate.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'better-sqlite3', 'react', 'react-dom', ...nodeBuiltins], message: 'shared/ must stay pure: no runtime-specific imports.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not depend on electron/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'better-sqlite3', ...nodeBuiltins], message: 'The renderer runs in the browser: no Node or Electron imports.' },
            { group: ['**/electron/**'], message: 'The renderer talks to the backend only through the API client.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Only the shell (electron/main, electron/preload) may import electron; the rest runs under plain Node.' },
            { group: ['**/renderer/**'], message: 'The backend must not import the renderer.' },
          ],
        },
      ],
    },
  },
);
