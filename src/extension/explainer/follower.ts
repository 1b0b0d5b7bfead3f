import * as vscode from 'vscode';
import type { Lens } from '../lens';
import type { DocumentState } from '../../webview/protocol';
import { coverageView } from './coverage';
import { toDocumentState, type NoLeanLabels } from './model';

/** Editors that are not documents a writer works on. */
const IGNORED_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'comment', 'walkThroughSnippet']);
const LANGUAGES = new Set(['markdown', 'plaintext']);

/** How long the explainer waits after the last edit or editor switch before it redraws. */
export const FOLLOW_DELAY_MS = 300;

/**
 * Remembers the text editor the writer used last (the explainer takes focus, so `activeTextEditor` is often
 * undefined while it is in use) and fires, debounced, when that editor's document or its analysis changes.
 */
export class DocumentFollower implements vscode.Disposable {
  private last: vscode.TextEditor | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires FOLLOW_DELAY_MS after the followed document, its analysis or the followed editor last changed. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly lens: Lens, private readonly delayMs = FOLLOW_DELAY_MS) {
    this.last = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find(usable);
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!usable(editor) || editor === this.last) return;
        this.last = editor;
        this.schedule();
      }),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0 && document === this.document) this.schedule();
      }),
      lens.onDidAnalyze((document) => document === this.document && this.schedule()),
      vscode.workspace.onDidCloseTextDocument((document) => document === this.document && this.fallBack()),
      vscode.window.tabGroups.onDidChangeTabs(({ closed }) => closed.length > 0 && this.document && !hasTab(this.document.uri) && this.fallBack()),
    ];
  }

  /** The editor the writer used last, if its document is still open. */
  get editor(): vscode.TextEditor | undefined {
    return this.last;
  }

  get document(): vscode.TextDocument | undefined {
    return this.last?.document;
  }

  /** What "Your document" shows for the followed document right now. */
  state(noLean: NoLeanLabels): DocumentState {
    const document = this.document;
    if (!document || document.isClosed) return { status: 'none' };
    const name = vscode.workspace.asRelativePath(document.uri, false);
    if (!LANGUAGES.has(document.languageId)) return { status: 'unsupported', name };
    const analysis = this.lens.analysisOf(document);
    if (!analysis) return { status: 'off', name };
    const state = toDocumentState(name, document.version, analysis, noLean);
    return state.status === 'ready' ? { ...state, coverage: coverageView(document.getText(), analysis) } : state;
  }

  private fallBack(): void {
    const closing = this.last;
    this.last = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find((editor) => usable(editor) && editor !== closing);
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.changed.fire();
    }, this.delayMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function usable(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return editor !== undefined && !IGNORED_SCHEMES.has(editor.document.uri.scheme);
}

function hasTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key),
  );
}
