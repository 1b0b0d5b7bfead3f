/**
 * Opens desktop VS Code's workbench on a Node extension host: code-server, started by test/desktop/run.mjs with the
 * packaged .vsix installed, driven by playwright-core in Chromium through the same `Workbench` as the browser tests.
 * Each test gets a fresh browser context on its own copy of samples/, so no edit or open editor carries over.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { root, viewport, Workbench } from '../ui/workbench';

interface Offline {
  systemChromium: string;
  browserArgs: string[];
  useSystemChromium(): boolean;
}

// A plain .mjs module shared with the other runners; imported by path so TypeScript does not look for its types.
const loadOffline = () => import(join(__dirname, '..', 'runner', 'offline.mjs')) as Promise<Offline>;

export const samples = join(root, 'samples');
let browser: Promise<Browser> | undefined;
let opened = 0;

function server(): { url: string; workspaces: string } {
  const url = process.env.BACKLOG_LENS_DESKTOP_URL;
  const workspaces = process.env.BACKLOG_LENS_DESKTOP_WORKSPACES;
  if (!url || !workspaces) throw new Error('No code-server to test against: run `npm run test:node-host`.');
  return { url, workspaces };
}

async function launch(): Promise<Browser> {
  const offline = await loadOffline();
  const systemBrowser = offline.useSystemChromium(); // also keeps Chromium's state out of $HOME
  return chromium.launch({
    executablePath: systemBrowser ? offline.systemChromium : undefined,
    args: systemBrowser ? offline.browserArgs : [],
    headless: process.env.BACKLOG_LENS_UI_HEADED !== '1',
  });
}

/** Closes the browser (a root hook calls it once, after every test file). */
export async function closeBrowser(): Promise<void> {
  const running = browser;
  browser = undefined;
  if (running) await (await running).close();
}

export async function openDesktopWorkbench(): Promise<Workbench> {
  const { url, workspaces } = server();
  const folder = join(workspaces, String(++opened), 'samples');
  mkdirSync(folder, { recursive: true });
  cpSync(samples, folder, { recursive: true });
  browser ??= launch();
  const context = await (await browser).newContext({ viewport });
  const page = await context.newPage();
  const workbench = new Workbench(context, page);
  await page.goto(`${url}?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  return workbench;
}
