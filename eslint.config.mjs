// Lint: typescript-eslint's recommended rules, plus the architecture rule: the core stays pure.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'test/fixtures/**', 'test-results/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-languageserver*'], message: 'core/ is pure: no VS Code or LSP imports.' },
            { group: ['fs', 'node:*', 'net', 'child_process'], message: 'core/ is pure: take strings, return data.' },
            { group: ['../*', '!../types', '!../codes'], message: 'core/ imports nothing outside core/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', 'vscode-*'], message: 'The webview sees only the DOM.' }] }],
    },
  },
);
