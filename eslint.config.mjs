// Lint: typescript-eslint's recommended rules, plus the architecture rule: the core stays pure.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Every Node built-in, bare and with node: (fs, fs/promises, path, zlib, worker_threads, ...), taken from the
// running Node so a module added in a later release is covered too. The 'node:*' pattern below also catches
// the prefix-only ones (node:test, node:sqlite).
const nodeBuiltins = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '')))].flatMap((m) => [m, `node:${m}`]);

/** The core's import rule; `outside` matches the relative paths that leave core/ from where the files sit. */
const pureCore = (outside) => [
  'error',
  {
    paths: nodeBuiltins.map((name) => ({ name, message: 'core/ is pure: take strings, return data (no Node built-ins).' })),
    patterns: [
      { group: ['vscode', 'vscode-*', 'vscode-languageserver*'], message: 'core/ is pure: no VS Code or LSP imports.' },
      { group: ['node:*'], message: 'core/ is pure: take strings, return data (no Node built-ins).' },
      { group: outside, message: 'core/ imports nothing outside core/.' },
    ],
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'test/fixtures/**', 'test-results/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The server and the CLI run without VS Code: only the client may import it.
    files: ['server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode'], message: 'The server runs outside VS Code: only client/ imports vscode.' }] }],
    },
  },
  {
    // Replaces the server rule above for core/ (a later block wins), so it repeats vscode.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': pureCore(['../*', '!../types', '!../codes']),
    },
  },
  {
    // A folder of core/ (summary/, readers/): one level up is still core/, two levels up is outside it.
    files: ['server/src/core/summary/**/*.ts', 'server/src/core/readers/**/*.ts'],
    rules: {
      'no-restricted-imports': pureCore(['../../*']),
    },
  },
  {
    files: ['client/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', 'vscode-*'], message: 'The webview sees only the DOM.' }] }],
    },
  },
);
