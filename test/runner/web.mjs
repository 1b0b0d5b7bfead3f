// Runs the in-editor suite (dist/test/web/suite.js) inside the real VS Code web workbench.
// BACKLOG_LENS_EXTENSION_PATH loads another copy of the extension (the unpacked .vsix), BACKLOG_LENS_SUITE another suite
// bundle: it must lie inside the extension folder, which test-web serves.
import { join, resolve } from 'node:path';
import { browserArgs, freePort, localBuildOptions, root, useSystemChromium } from './offline.mjs';

const offline = useSystemChromium();
const { runTests } = await import('@vscode/test-web');

const started = Date.now();
// test-web hangs, rather than failing, on a missing browser or a broken suite bundle.
const limitSeconds = Number(process.env.BACKLOG_LENS_TEST_TIMEOUT ?? 600);
setTimeout(() => {
  console.error(`in-editor suite did not finish within ${limitSeconds} s: failing instead of hanging`);
  process.exit(1);
}, limitSeconds * 1000).unref();
try {
  await runTests({
    browserType: 'chromium',
    headless: true,
    browserOptions: offline ? browserArgs : [],
    extensionDevelopmentPath: resolve(root, process.env.BACKLOG_LENS_EXTENSION_PATH ?? '.'),
    extensionTestsPath: resolve(root, process.env.BACKLOG_LENS_SUITE ?? 'dist/test/web/suite.js'),
    folderPath: join(root, 'test/fixtures/workspace'),
    port: await freePort(),
    ...localBuildOptions(),
  });
  console.log(`in-editor suite passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error('in-editor suite failed:', error instanceof Error ? error.message : error);
  process.exit(1);
}
