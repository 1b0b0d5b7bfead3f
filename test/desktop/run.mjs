// `npm run test:node-host`: the packaged .vsix in desktop VS Code's Node extension host (code-server on Node 24,
// offline), checked in Chromium by test/desktop/*.test.ts. The first run installs Node 24 and code-server into
// .vscode-test-desktop/ (about 2 minutes and 800 MB; the native build needs libkrb5-dev).
// BACKLOG_LENS_VSIX tests that package instead of packaging this tree. The tests stop after
// BACKLOG_LENS_DESKTOP_TIMEOUT seconds (default 600) instead of hanging.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { hostDir, installCodeServer, startCodeServer } from '../runner/code-server.mjs';
import { root } from '../runner/offline.mjs';

const started = Date.now();
const installSeconds = installCodeServer();
if (installSeconds > 0) console.log(`installed Node 24 and code-server into .vscode-test-desktop/ in ${installSeconds.toFixed(0)} s`);

let vsix = process.env.BACKLOG_LENS_VSIX;
if (!vsix) {
  execFileSync(process.execPath, [join(root, 'scripts', 'package.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  vsix = join(root, `${name}-${version}.vsix`);
}

const server = await startCodeServer({
  vsix: resolve(vsix),
  settings: {
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    // Each test's folder lies inside this repository: no Git prompt over the editor.
    'git.enabled': false,
    // One screen line per text line, so a test finds a line's text in one piece.
    '[markdown]': { 'editor.wordWrap': 'off' },
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
  },
});

const mocha = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');
const child = spawn(process.execPath, [mocha, '--config', join(root, 'test/desktop/.mocharc.json'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  detached: true, // its own process group, so the timer below can stop Chromium with it
  env: { ...process.env, BACKLOG_LENS_DESKTOP_URL: server.url, BACKLOG_LENS_DESKTOP_WORKSPACES: join(hostDir, 'run', 'workspaces'), BACKLOG_LENS_DESKTOP_LOGS: server.logs },
});

const limitSeconds = Number(process.env.BACKLOG_LENS_DESKTOP_TIMEOUT ?? 600);
const timer = setTimeout(async () => {
  console.error(`Node extension host tests did not finish within ${limitSeconds} s: stopping them`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  await server.stop();
  process.exit(1);
}, limitSeconds * 1000);

child.on('exit', async (code, signal) => {
  clearTimeout(timer);
  await server.stop();
  console.log(`Node extension host tests ${code === 0 ? 'passed' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(code ?? (signal ? 1 : 0));
});
