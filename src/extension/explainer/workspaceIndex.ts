import * as vscode from 'vscode';
import type { Analysis } from '../../core';
import type { Lens } from '../lens';
import type { WorkspaceState } from '../../webview/protocol';
import type { NoLeanLabels } from './model';
import { toWorkspaceRow } from './workspaceModel';

/** How long the index waits after the last change before it tells the explainer, so a scan redraws a few times, not per file. */
const WORKSPACE_DELAY_MS = 300;

/**
 * The latest analysis of every planning document Analyze Workspace found, kept current as the writer edits
 * one of them (the lens re-analyzes it) and forgetting files that are deleted.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly entries = new Map<string, { uri: vscode.Uri; analysis: Analysis }>();
  private scanned = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires WORKSPACE_DELAY_MS after the last change. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  /** The uri of each row of the last state, by row id. */
  private rowUris: vscode.Uri[] = [];

  constructor(lens: Lens) {
    this.subscriptions = [
      this.changed,
      lens.onDidAnalyze((document) => {
        const analysis = lens.analysisOf(document);
        if (analysis && this.entries.has(document.uri.toString())) this.set(document.uri, analysis);
      }),
      vscode.workspace.onDidDeleteFiles(({ files }) => files.forEach((uri) => this.entries.delete(uri.toString()) && this.schedule())),
    ];
  }

  /** Starts a scan over: documents it no longer finds leave the list. */
  beginScan(): void {
    this.entries.clear();
    this.scanned = true;
    this.schedule();
  }

  set(uri: vscode.Uri, analysis: Analysis): void {
    this.entries.set(uri.toString(), { uri, analysis });
    this.schedule();
  }

  state(noLean: NoLeanLabels): WorkspaceState {
    if (!this.scanned) return { status: 'notScanned' };
    const entries = [...this.entries.values()].map(({ uri, analysis }) => ({ uri, path: vscode.workspace.asRelativePath(uri, false), analysis }));
    entries.sort((a, b) => a.path.localeCompare(b.path));
    this.rowUris = entries.map(({ uri }) => uri);
    return { status: 'ready', rows: entries.map(({ path, analysis }, id) => toWorkspaceRow(id, path, analysis, noLean)) };
  }

  /** The document of a row of the last state. */
  uriOf(id: number): vscode.Uri | undefined {
    return this.rowUris[id];
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.changed.fire();
    }, WORKSPACE_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
