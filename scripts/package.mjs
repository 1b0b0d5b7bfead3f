// `npm run package`: production bundles (minified, no source maps), then `vsce package` offline into
// backlog-lens-<version>.vsix. Fails on any vsce warning: the Marketplace metadata must be complete.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsixPath = join(root, `${name}-${version}.vsix`);

function run(args, what) {
  // stdin closed: a vsce question ("Do you want to continue?") fails the run instead of waiting.
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status})`);
  return result.stdout + result.stderr;
}

// Stale bundles from an earlier build must not ship: start from empty output folders.
for (const folder of ['dist', 'media/dist']) rmSync(join(root, folder), { recursive: true, force: true });
run([join(root, 'esbuild.mjs'), '--production'], 'production build');

const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const output = run([vsce, 'package', '--no-dependencies', '--out', vsixPath], 'vsce package');
if (/WARNING/i.test(output)) {
  console.error('vsce printed a warning: fix the manifest or .vscodeignore rather than the check.');
  process.exit(1);
}
