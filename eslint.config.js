import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer is unprivileged: it talks to the device only through window.hvv.
      'no-restricted-imports': [
        'error',
        {
          // A regex, because a gitignore-style "!" cannot re-include a file below an excluded folder.
          patterns: [
            {
              group: ['node:*', 'electron'],
              message: 'The renderer reaches the device only through window.hvv.',
            },
            {
              regex: '^(\\.\\./)+main/(?!engine/(model|vocabulary)\\.js$)',
              message:
                'Only main/engine/model.js (types) and vocabulary.js (pure data) may be imported by the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine decides; it must stay pure so every verdict is provable without Windows.
    files: ['main/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'electron', 'child_process', 'fs', 'node-powershell', 'react'] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
);
