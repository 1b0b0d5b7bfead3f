import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, parseConfigText, readConfig, type LensConfig } from '../core';
import type { Log } from './log';

export type RunMode = 'onType' | 'onSave' | 'manual';

/** Options that only the editor has; the rest is the LensConfig shared with the CLI. */
export interface EditorSettings {
  run: RunMode;
  debounceMs: number;
  inlayHints: boolean;
  statusBar: boolean;
}

export interface Settings {
  lens: LensConfig;
  editor: EditorSettings;
}

const SECTION = 'backlogLens';
const LENS_KEYS = ['include', 'exclude', 'rules', 'terms', 'maxDocumentSize'] as const;
const MERGED_KEYS = new Set(['rules', 'terms']);
const RUN_MODES: readonly RunMode[] = ['onType', 'onSave', 'manual'];

/**
 * Settings per workspace folder: the folder's `.backlog-lens.json` (which the CLI reads too) with the
 * VS Code settings a user set explicitly on top (rules and term lists entry by entry). Bad values are
 * reported once and fall back to defaults.
 */
export class SettingsStore implements vscode.Disposable {
  private readonly cache = new Map<string, Settings>();
  private readonly projectFiles = new Map<string, unknown>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  constructor(private readonly log: Log) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration(SECTION) && this.invalidate()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadProjectFiles()),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reload = () => void this.loadProjectFiles();
    this.subscriptions.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
  }

  /** Reads every workspace folder's project config file; call once at activation. */
  async loadProjectFiles(): Promise<void> {
    this.projectFiles.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // No project file in this folder.
      }
      const { config, problems } = parseConfigText(text);
      this.log.problems(vscode.workspace.asRelativePath(uri), problems);
      this.projectFiles.set(folder.uri.toString(), config);
    }
    this.invalidate();
  }

  for(resource: vscode.Uri | undefined): Settings {
    const folder = resource && vscode.workspace.getWorkspaceFolder(resource);
    const key = folder?.uri.toString() ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.read(folder);
      this.cache.set(key, settings);
    }
    return settings;
  }

  private read(folder: vscode.WorkspaceFolder | undefined): Settings {
    const configuration = vscode.workspace.getConfiguration(SECTION, folder?.uri);
    const raw: Record<string, unknown> = { ...(this.projectFiles.get(folder?.uri.toString() ?? '') as object | undefined) };
    for (const key of LENS_KEYS) {
      const value = explicitValue(configuration, key);
      if (value === undefined) continue;
      // Rules and term lists merge entry by entry: turning one rule off in settings keeps the project file's others.
      raw[key] = MERGED_KEYS.has(key) && isObject(raw[key]) && isObject(value) ? { ...raw[key], ...value } : value;
    }
    const { config, problems } = readConfig(raw);
    const editor = readEditorSettings(configuration, problems);
    this.log.problems(vscode.l10n.t('the backlogLens settings'), problems);
    return { lens: config, editor };
  }

  private invalidate(): void {
    this.cache.clear();
    this.changed.fire();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function explicitValue(configuration: vscode.WorkspaceConfiguration, key: string): unknown {
  const inspected = configuration.inspect(key);
  return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
}

function readEditorSettings(configuration: vscode.WorkspaceConfiguration, problems: string[]): EditorSettings {
  const run = configuration.get<unknown>('run', 'onType');
  const debounceMs = configuration.get<unknown>('debounce', 400);
  const inlayHints = configuration.get<unknown>('inlayHints.enabled', true);
  const statusBar = configuration.get<unknown>('statusBar.enabled', true);
  const valid = {
    run: RUN_MODES.includes(run as RunMode),
    debounce: typeof debounceMs === 'number' && debounceMs >= 0 && debounceMs <= 10_000,
    inlayHints: typeof inlayHints === 'boolean',
    statusBar: typeof statusBar === 'boolean',
  };
  if (!valid.run) problems.push(`"run" must be one of ${RUN_MODES.join(', ')}; using onType.`);
  if (!valid.debounce) problems.push('"debounce" must be a number of milliseconds from 0 to 10000; using 400.');
  if (!valid.inlayHints) problems.push('"inlayHints.enabled" must be true or false; using true.');
  if (!valid.statusBar) problems.push('"statusBar.enabled" must be true or false; using true.');
  return {
    run: valid.run ? (run as RunMode) : 'onType',
    debounceMs: valid.debounce ? (debounceMs as number) : 400,
    inlayHints: valid.inlayHints ? (inlayHints as boolean) : true,
    statusBar: valid.statusBar ? (statusBar as boolean) : true,
  };
}
