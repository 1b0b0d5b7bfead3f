import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, parseConfigText, readConfig, type LensConfig } from '../core';
import { MAX_CONFIG_BYTES } from '../core/config/defaults';
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
/** The settings that decide what is read and matched: in an untrusted workspace only the user's own apply (see package.json `restrictedConfigurations`). */
const LENS_KEYS = ['include', 'exclude', 'rules', 'terms', 'maxDocumentSize'] as const;
const MERGED_KEYS = new Set(['rules', 'terms']);
const RUN_MODES: readonly RunMode[] = ['onType', 'onSave', 'manual'];

/**
 * Settings per workspace folder: the folder's `.backlog-lens.json` (which the CLI reads too) with the
 * VS Code settings a user set explicitly on top (rules and term lists entry by entry). Bad values are
 * reported once and fall back to defaults. In an untrusted workspace, the workspace's file and its
 * workspace values of LENS_KEYS are ignored (said once) until trust is granted.
 */
export class SettingsStore implements vscode.Disposable {
  private readonly cache = new Map<string, Settings>();
  private readonly projectFiles = new Map<string, unknown>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** What an untrusted workspace had that was ignored: each logged once, the first one also shown. */
  private readonly ignored = new Set<string>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  constructor(private readonly log: Log) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration(SECTION) && this.invalidate()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadProjectFiles()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.loadProjectFiles()),
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
      let stat: vscode.FileStat;
      try {
        stat = await vscode.workspace.fs.stat(uri);
      } catch {
        continue; // No project file in this folder.
      }
      const name = vscode.workspace.asRelativePath(uri);
      if (!vscode.workspace.isTrusted) {
        this.untrusted(name);
        continue;
      }
      const refused = refusal(stat);
      if (refused) {
        this.log.problems(name, [refused]);
        continue;
      }
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch (error) {
        this.log.problems(name, [`It could not be read (${error instanceof Error ? error.message : String(error)}); using the defaults.`]);
        continue;
      }
      const { config, problems } = parseConfigText(text);
      this.log.problems(name, problems);
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
    const trusted = vscode.workspace.isTrusted;
    for (const key of LENS_KEYS) {
      const inspected = configuration.inspect(key);
      const workspaceValue = inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
      if (!trusted && workspaceValue !== undefined) this.untrusted(`the workspace setting ${SECTION}.${key}`);
      const value = (trusted ? workspaceValue : undefined) ?? inspected?.globalValue;
      if (value === undefined) continue;
      // Rules and term lists merge entry by entry: turning one rule off in settings keeps the project file's others.
      raw[key] = MERGED_KEYS.has(key) && isObject(raw[key]) && isObject(value) ? { ...raw[key], ...value } : value;
    }
    const { config, problems } = readConfig(raw);
    const editor = readEditorSettings(configuration, problems);
    this.log.problems(vscode.l10n.t('the backlogLens settings'), problems);
    return { lens: config, editor };
  }

  /** Says once per session, in the output and a message, what an untrusted workspace's configuration does not change. */
  private untrusted(what: string): void {
    if (this.ignored.has(what)) return;
    this.ignored.add(what);
    this.log.info(`Workspace not trusted: ${what} is ignored; the lens uses your user settings and its defaults.`);
    if (this.ignored.size > 1) return;
    const manage = vscode.l10n.t('Manage Workspace Trust');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Backlog Lens ignores this workspace\'s {0} and backlogLens workspace settings until you trust it: it uses your user settings and its defaults.', CONFIG_FILE_NAME), manage)
      .then((choice) => choice === manage && vscode.commands.executeCommand('workbench.trust.manage'));
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

/** Why a project file is not read: anything but a plain file of at most MAX_CONFIG_BYTES (a link may lead out of the workspace, to a device or a pipe). */
function refusal(stat: vscode.FileStat): string | undefined {
  if (stat.type & vscode.FileType.SymbolicLink) return 'It is a symbolic link, not read; using the defaults.';
  if (!(stat.type & vscode.FileType.File)) return 'It is not a regular file, not read; using the defaults.';
  if (stat.size > MAX_CONFIG_BYTES) return `It is over ${MAX_CONFIG_BYTES} bytes, not read; using the defaults.`;
  return undefined;
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
