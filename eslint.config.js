import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'dev-dist', 'tests/bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Regular expressions run over text from files, pastes and links: none may take more than linear time.
    files: ['**/*.{ts,tsx,js,mjs,mts}'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // Live collaboration stays out of the first load: the app reaches Yjs, Hocuspocus and the shared document only
    // through dynamic import() (a lazy chunk); src/sync/protocol.ts is Yjs-free and may be imported. The server is
    // never part of the app.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/sync/**', 'src/collab/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['yjs', 'y-*', 'lib0', 'lib0/*', '@hocuspocus/*', '*/sync/board-doc', '*/collab/*', '*/server/*'] }],
    },
  },
  {
    // The domain core is pure TypeScript: no React, no DOM, no store.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@xyflow/*', 'zustand', '*/store/*', '*/canvas/*'] }],
    },
  },
);
