// The in-editor suite on desktop VS Code. Needs internet: @vscode/test-electron downloads VS Code.
import { join } from 'node:path';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { root } from './offline.mjs';

const extensionTestsPath = join(root, 'dist/test/desktop/suite.js');
await build({ entryPoints: [join(root, 'test/desktop/index.ts')], outfile: extensionTestsPath, bundle: true, platform: 'node', format: 'cjs', external: ['vscode', 'mocha'], sourcemap: 'linked' });
try {
  await runTests({ extensionDevelopmentPath: root, extensionTestsPath, launchArgs: [join(root, 'test/fixtures/workspace'), '--disable-extensions'] });
} catch (error) {
  console.error('desktop in-editor suite failed:', error instanceof Error ? error.message : error);
  process.exit(1);
}
