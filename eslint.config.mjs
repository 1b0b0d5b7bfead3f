// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'url', 'child_process', 'crypto', 'util', 'stream', 'events', 'buffer', 'process', 'worker_threads', 'readline', 'http', 'https', 'zlib', 'assert'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test-web/**', '.vscode-test/**', '.vscode-test-desktop/**', 'test-output/**', 'media/dist/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-syntax': ['error', { selector: 'NewExpression[callee.name="RegExp"] > :not(Literal)', message: 'Never compile user text as a regular expression.' }],
    },
  },
  {
    // The engine is shared by the desktop extension, the web extension and the CLI: no vscode, no Node.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['vscode', ...nodeBuiltins],
        patterns: [{ group: ['node:*'], message: 'src/core runs on the web too: no Node built-ins.' }, { group: ['**/extension/**', '**/cli/**'], message: 'src/core depends on nothing above it.' }],
      }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    // The extension and the webview run in a web worker and a browser too: no Node built-ins there either.
    files: ['src/extension/**/*.ts', 'src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins, patterns: [{ group: ['node:*'], message: 'The web extension host has no Node built-ins.' }] }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    // Test entries require() their suites after mocha is set up; imports would be hoisted above it.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'test/runner/**', 'test/ui/**', 'src/cli/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
