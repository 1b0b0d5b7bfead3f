// Runs the UI tests (test/ui/*.test.ts): builds, then mocha against the served workbench in Chromium.
// Stops itself after BACKLOG_LENS_UI_TIMEOUT seconds (default 600) instead of hanging.
// BACKLOG_LENS_UPDATE_SCREENSHOTS=1 also refreshes the README screenshots in media/screenshots/.
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from '../runner/offline.mjs';

const started = Date.now();
execFileSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });

const mocha = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');
const child = spawn(process.execPath, [mocha, '--config', join(root, 'test/ui/.mocharc.json'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  detached: true, // its own process group, so the timer below can stop Chromium and the server with it
});

const limitSeconds = Number(process.env.BACKLOG_LENS_UI_TIMEOUT ?? 600);
const timer = setTimeout(() => {
  console.error(`UI tests did not finish within ${limitSeconds} s: stopping them`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  process.exit(1);
}, limitSeconds * 1000);

child.on('exit', (code, signal) => {
  clearTimeout(timer);
  console.log(`UI tests ${code === 0 ? 'passed' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(code ?? (signal ? 1 : 0));
});
