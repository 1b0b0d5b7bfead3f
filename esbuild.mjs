// One build for every bundle. `node esbuild.mjs --production` minifies and drops source maps.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = { bundle: true, minify: production, sourcemap: production ? false : 'linked', logLevel: 'warning', legalComments: 'none' };

const builds = [
  // Desktop extension host (Node).
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/node/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] },
  // vscode.dev / github.dev extension host (web worker).
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'] },
  // The explainer's webview script.
  { ...common, entryPoints: ['src/webview/explainer.ts'], outfile: 'media/dist/explainer.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // Command line.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' } },
  // The lens as a markdownlint custom rule: `require('backlog-lens/markdownlint')` (package.json `exports`).
  // markdownlint wants `module.exports` to be the rules themselves, not `{ default }`.
  { ...common, entryPoints: ['src/markdownlint/rule.ts'], outfile: 'dist/markdownlint.js', platform: 'node', format: 'cjs', target: 'node18', footer: { js: 'module.exports = module.exports.default;' } },
];

if (!production) {
  // The in-editor suite runs in the web extension host, a web worker: mocha and assert need a `process` shim there.
  // smoke.js is the smoke suite alone, which scripts/check-vsix.mjs runs against the unpacked .vsix.
  for (const [entry, outfile] of [['test/web/index.ts', 'dist/test/web/suite.js'], ['test/web/smoke.ts', 'dist/test/web/smoke.js']]) {
    builds.push({
      ...common, entryPoints: [entry], outfile, platform: 'browser', format: 'cjs', target: 'es2022',
      external: ['vscode'], inject: ['test/web/process-shim.ts'], define: { global: 'globalThis' },
    });
  }
}

await Promise.all(builds.map((options) => esbuild.build(options)));
