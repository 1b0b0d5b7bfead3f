import * as vscode from 'vscode';
import { analyze, isPlanningPath, type Analysis } from '../core';
import { toDiagnostic } from './diagnostics';
import type { Log } from './log';
import type { SettingsStore } from './settings';

const LANGUAGES = new Set(['markdown', 'plaintext']);
/** Views of a document that is analyzed where it lives (diffs, history, output): no second set of findings. */
const FOREIGN_SCHEMES = new Set(['git', 'gitlens', 'vscode-scm', 'output', 'review', 'pr']);
/** True while the active editor holds a document the lens covers: the editor-title button's `when`. */
const PLANNING_DOC_CONTEXT = 'backlogLens.planningDoc';

/**
 * Decides which documents are planning docs, analyzes them (debounced while typing, stale results dropped),
 * publishes diagnostics and tells the hints, hovers, status bar and explainer when a result changes.
 */
export class Lens implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('backlog-lens');
  private readonly results = new Map<string, { version: number; analysis: Analysis }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents the writer turned on or off with the Analyze / Stop Analyzing commands. */
  private readonly choices = new Map<string, boolean>();
  private readonly tooLargeReported = new Set<string>();
  /** Open documents whose current findings are published. */
  private readonly published = new Set<string>();
  /** Files the workspace scan published findings for without opening them. */
  private readonly scanned = new Set<string>();
  private readonly analyzed = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidAnalyze = this.analyzed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.diagnostics, this.analyzed];

  constructor(private readonly settings: SettingsStore, readonly log: Log) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.refresh(document)),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0 && this.settingsOf(document).editor.run === 'onType') this.schedule(document);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.settingsOf(document).editor.run !== 'manual' && this.refresh(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      // The editor host may keep a closed document for minutes: a closed tab is what the writer sees.
      vscode.window.tabGroups.onDidChangeTabs(({ closed }) => closed.forEach((tab) => this.forgetUnlessShown(tab))),
      // A document shown again after its tab closed is still open in the host: no open event, so refresh here.
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(({ document }) => this.published.has(document.uri.toString()) || this.refresh(document))),
      settings.onDidChange(() => this.refreshAll()),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()),
    );
  }

  /** Analyzes every open document that the lens covers; called at activation and when settings change. */
  refreshAll(): void {
    this.results.clear();
    // Scan results used the old settings; a new scan brings them back.
    for (const uri of this.scanned) this.diagnostics.delete(vscode.Uri.parse(uri));
    this.scanned.clear();
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  /** Findings of a file the workspace scan read without opening it. */
  publishScanned(uri: vscode.Uri, analysis: Analysis): void {
    this.scanned.add(uri.toString());
    this.diagnostics.set(uri, analysis.findings.map(toDiagnostic));
  }

  /** Turns the lens on (or off) for one document, whatever its name says. */
  choose(document: vscode.TextDocument, on: boolean): void {
    this.choices.set(document.uri.toString(), on);
    this.refresh(document);
  }

  /** Whether the lens covers this document: its language, its path, its front matter and the writer's choice. */
  covers(document: vscode.TextDocument): boolean {
    if (!LANGUAGES.has(document.languageId) || FOREIGN_SCHEMES.has(document.uri.scheme)) return false;
    const choice = this.choices.get(document.uri.toString());
    if (choice !== undefined) return choice;
    const { lens } = this.settingsOf(document);
    const byPath = document.uri.scheme !== 'untitled' && isPlanningPath(pathOf(document), lens.include, lens.exclude);
    return this.frontMatterOptIn(document) ?? byPath;
  }

  /**
   * The analysis of the document as it is now, for hints, hovers and fixes (they must not show stale ranges).
   * It publishes nothing: diagnostics follow the debounce and the `run` setting.
   */
  analysisOf(document: vscode.TextDocument): Analysis | undefined {
    if (!this.covers(document) || this.tooLarge(document)) return undefined;
    return this.current(document) ?? this.compute(document);
  }

  /** Re-analyzes after the writer stops typing; the timer is per document, the result dropped if the text moved on. */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed && document.version === version) this.refresh(document);
      }, this.settingsOf(document).editor.debounceMs),
    );
  }

  /** Analyzes now and publishes, or clears what was published when the lens no longer covers the document. */
  refresh(document: vscode.TextDocument): Analysis | undefined {
    const key = document.uri.toString();
    const analysis = this.covers(document) && !this.tooLarge(document, true) ? this.current(document) ?? this.compute(document) : undefined;
    this.scanned.delete(key);
    if (analysis) {
      this.diagnostics.set(document.uri, analysis.findings.map(toDiagnostic));
      this.published.add(key);
    } else {
      this.published.delete(key);
      this.results.delete(key);
      this.diagnostics.delete(document.uri);
    }
    if (document === vscode.window.activeTextEditor?.document) this.updateContext();
    this.analyzed.fire(document);
    return analysis;
  }

  private compute(document: vscode.TextDocument): Analysis {
    const { lens } = this.settingsOf(document);
    const analysis = analyze(document.getText(), { terms: lens.terms, rules: lens.rules });
    this.results.set(document.uri.toString(), { version: document.version, analysis });
    return analysis;
  }

  private updateContext(): void {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', PLANNING_DOC_CONTEXT, document !== undefined && this.covers(document));
  }

  private current(document: vscode.TextDocument): Analysis | undefined {
    const result = this.results.get(document.uri.toString());
    return result?.version === document.version ? result.analysis : undefined;
  }

  private tooLarge(document: vscode.TextDocument, report = false): boolean {
    const limit = this.settingsOf(document).lens.maxDocumentSize;
    const size = document.offsetAt(new vscode.Position(document.lineCount, 0)); // The length, without copying the text.
    if (size <= limit) return false;
    const key = document.uri.toString();
    if (report && !this.tooLargeReported.has(key)) {
      this.tooLargeReported.add(key);
      this.reportTooLarge(document, size, limit);
    }
    return true;
  }

  private reportTooLarge(document: vscode.TextDocument, size: number, limit: number): void {
    const name = vscode.workspace.asRelativePath(document.uri);
    this.log.info(`Skipped ${name}: ${size} characters is over backlogLens.maxDocumentSize (${limit}).`);
    const raise = vscode.l10n.t('Raise the Limit');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Backlog Lens skipped {0}: it has {1} characters, more than the {2} of backlogLens.maxDocumentSize.', name, size, limit), raise)
      .then(async (choice) => {
        if (choice !== raise) return;
        const configuration = vscode.workspace.getConfiguration('backlogLens', document.uri);
        await configuration.update('maxDocumentSize', size * 2, settingTarget(configuration.inspect('maxDocumentSize')));
        this.tooLargeReported.delete(document.uri.toString());
      });
  }

  /** `backlog-lens: on|off` in the front matter; only documents that start with front matter are analyzed to find out. */
  private frontMatterOptIn(document: vscode.TextDocument): boolean | undefined {
    const cached = this.current(document);
    if (cached) return cached.optIn;
    const firstLine = document.lineAt(0).text.replace(/^\uFEFF/, '').trim();
    return firstLine === '---' && !this.tooLarge(document) ? this.compute(document).optIn : undefined;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.published.delete(key);
    this.diagnostics.delete(uri);
  }

  private forgetUnlessShown(closed: vscode.Tab): void {
    if (!(closed.input instanceof vscode.TabInputText)) return;
    const uri = closed.input.uri.toString();
    const shown = vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri));
    if (!shown) this.forget(closed.input.uri);
  }

  private settingsOf(document: vscode.TextDocument) {
    return this.settings.for(document.uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** Where a setting is set now, so that changing it there takes effect (a folder value beats a user value). */
function settingTarget(inspected: { workspaceFolderValue?: unknown; workspaceValue?: unknown } | undefined): vscode.ConfigurationTarget {
  if (inspected?.workspaceFolderValue !== undefined) return vscode.ConfigurationTarget.WorkspaceFolder;
  if (inspected?.workspaceValue !== undefined) return vscode.ConfigurationTarget.Workspace;
  return vscode.ConfigurationTarget.Global;
}

/** The path that include / exclude globs are matched against: relative to its workspace folder when it has one. */
export function pathOf(document: vscode.TextDocument | vscode.Uri): string {
  const uri = 'uri' in document ? document.uri : document;
  return vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, false) : uri.path;
}

