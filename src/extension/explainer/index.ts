/**
 * The explainer: a webview that teaches the Product Owner / Product Manager difference and shows how the
 * writer's own planning document leans. This module wires the command, the serializer and the messages.
 */
import * as vscode from 'vscode';
import { insertTemplate } from '../insertTemplate';
import type { Lens } from '../lens';
import { isTabId, type DocumentState, type FromWebview, type PersistedState, type TabId, type ToWebview, type WorkspaceState } from '../../webview/protocol';
import type { PieceId } from '../../webview/coverageProtocol';
import { insertPiece } from './coverage';
import { DocumentFollower } from './follower';
import { ExplainerPanel, VIEW_TYPE } from './panel';
import { webviewStrings } from './strings';
import { WorkspaceIndex } from './workspaceIndex';

export const EXPLAIN_COMMAND = 'backlogLens.explain';

/** What the extension API exposes of the explainer, for the in-editor tests. */
export interface ExplainerApi {
  /** Every message the extension posts to the webview. */
  readonly onDidPostMessage: vscode.Event<ToWebview>;
  /** Every (valid) message the webview sends. */
  readonly onDidReceiveMessage: vscode.Event<FromWebview>;
  /** Opens the explainer, or reveals the open one, optionally on a tab. */
  show(tab?: TabId): void;
  isOpen(): boolean;
  /** Explainer panels alive: never more than one. */
  panelCount(): number;
  /** What "Your document" shows now. */
  documentState(): DocumentState;
  /** The planning documents Analyze Workspace found, for "Your workspace". */
  readonly workspace: WorkspaceIndex;
  /** What "Your workspace" shows now. */
  workspaceState(): WorkspaceState;
  /** Acts on a message as if the webview had sent it: how tests click a section or a button without a DOM. */
  handleMessage(message: FromWebview): Promise<void>;
}

export function registerExplainer(context: vscode.ExtensionContext, lens: Lens): ExplainerApi {
  const explainer = new Explainer(context.extensionUri, lens);
  context.subscriptions.push(
    explainer,
    // From the palette: no argument. From the editor title: the document's Uri, so open on "Your document".
    vscode.commands.registerCommand(EXPLAIN_COMMAND, (arg?: unknown) => explainer.show(isTabId(arg) ? arg : arg instanceof vscode.Uri ? 'document' : undefined)),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => explainer.revive(panel, state as Partial<PersistedState> | undefined),
    }),
  );
  return explainer;
}

class Explainer implements ExplainerApi, vscode.Disposable {
  private panel: ExplainerPanel | undefined;
  private revision = 0;
  private readonly posted = new vscode.EventEmitter<ToWebview>();
  private readonly received = new vscode.EventEmitter<FromWebview>();
  readonly onDidPostMessage = this.posted.event;
  readonly onDidReceiveMessage = this.received.event;
  private readonly follower: DocumentFollower;
  readonly workspace: WorkspaceIndex;
  private workspaceRevision = 0;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly extensionUri: vscode.Uri, private readonly lens: Lens) {
    this.follower = new DocumentFollower(lens);
    this.workspace = new WorkspaceIndex(lens);
    this.subscriptions = [
      this.posted,
      this.received,
      this.follower,
      this.workspace,
      this.follower.onDidChange(() => this.panel && this.postUpdate()),
      this.workspace.onDidChange(() => this.panel && this.postWorkspace()),
    ];
  }

  show(tab?: TabId): void {
    if (this.panel) {
      this.panel.reveal();
      if (tab) void this.post({ type: 'showTab', tab });
      return;
    }
    this.panel = ExplainerPanel.create(this.extensionUri, this.initialState(tab ?? 'roles'), (message) => this.receive(message), () => this.forget());
  }

  revive(webviewPanel: vscode.WebviewPanel, state: Partial<PersistedState> | undefined): void {
    this.panel?.dispose();
    const tab = isTabId(state?.tab) ? state.tab : 'roles';
    this.panel = new ExplainerPanel(webviewPanel, this.extensionUri, this.initialState(tab), (message) => this.receive(message), () => this.forget());
  }

  isOpen(): boolean {
    return this.panel !== undefined;
  }

  panelCount(): number {
    return ExplainerPanel.count;
  }

  documentState(): DocumentState {
    const strings = webviewStrings();
    return this.follower.state({ none: strings.barEmpty, unclear: strings.unclearLabel });
  }

  workspaceState(): WorkspaceState {
    const strings = webviewStrings();
    return this.workspace.state({ none: strings.barEmpty, unclear: strings.unclearLabel });
  }

  async handleMessage(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        // Also sent when a hidden panel comes back: its HTML (and the state in it) may be old.
        this.postUpdate();
        this.postWorkspace();
        return;
      case 'rendered':
      case 'workspaceRendered':
        return;
      case 'openDocument':
        await this.openDocument(message.id, message.line);
        return;
      case 'analyzeWorkspace':
        await vscode.commands.executeCommand('backlogLens.analyzeWorkspace');
        return;
      case 'reveal':
        await this.reveal(message.line);
        return;
      case 'insertTemplate':
        await this.insert(message.id);
        return;
      case 'insertPiece':
        await this.insertPiece(message.piece);
        return;
      case 'analyze': {
        const document = this.follower.document;
        if (document) this.lens.choose(document, true);
        return;
      }
    }
  }

  private receive(message: FromWebview): void {
    this.received.fire(message);
    this.handleMessage(message).catch((error: unknown) => this.lens.log.info(`Explainer: ${error instanceof Error ? error.message : String(error)}`));
  }

  private initialState(tab: TabId) {
    return {
      tab,
      update: { type: 'update' as const, revision: this.revision, state: this.documentState() },
      workspace: { type: 'workspace' as const, revision: this.workspaceRevision, state: this.workspaceState() },
      strings: webviewStrings(),
    };
  }

  private postWorkspace(): void {
    void this.post({ type: 'workspace', revision: ++this.workspaceRevision, state: this.workspaceState() });
  }

  /** Opens a document of "Your workspace" beside the explainer, with the cursor on the line of the finding. */
  private async openDocument(id: number, line: number): Promise<void> {
    const uri = this.workspace.uriOf(id);
    if (!uri) return;
    const document = await vscode.workspace.openTextDocument(uri);
    const target = document.lineAt(Math.min(line, document.lineCount - 1)).range;
    await vscode.window.showTextDocument(document, { viewColumn: this.editorColumn(), selection: new vscode.Range(target.start, target.start) });
  }

  private postUpdate(): void {
    void this.post({ type: 'update', revision: ++this.revision, state: this.documentState() });
  }

  private post(message: ToWebview): Thenable<boolean> {
    this.posted.fire(message);
    return this.panel?.post(message) ?? Promise.resolve(false);
  }

  /** Shows the last-used editor again (the explainer has the focus) and puts the cursor on the heading line. */
  private async reveal(line: number): Promise<void> {
    const editor = await this.showLastEditor();
    if (!editor) return;
    const target = Math.min(line, editor.document.lineCount - 1);
    const start = new vscode.Position(target, 0);
    editor.selection = new vscode.Selection(start, start);
    editor.revealRange(editor.document.lineAt(target).range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Inserts a template where the writer last was; with no editor at all, into a new Markdown document the lens reads. */
  private async insert(id: string): Promise<void> {
    let editor = await this.showLastEditor();
    if (!editor) {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown' });
      editor = await vscode.window.showTextDocument(document, { viewColumn: this.editorColumn() });
      this.lens.choose(document, true);
    }
    await insertTemplate(id, editor);
  }

  /** Inserts a piece the checklist marks missing, where its quick fix would, in the document the tab shows. */
  private async insertPiece(piece: PieceId): Promise<void> {
    const editor = await this.showLastEditor();
    const analysis = editor && this.lens.analysisOf(editor.document);
    if (editor && analysis) await insertPiece(editor, analysis, piece);
  }

  private async showLastEditor(): Promise<vscode.TextEditor | undefined> {
    const last = this.follower.editor;
    if (!last || last.document.isClosed) return undefined;
    return vscode.window.showTextDocument(last.document, { viewColumn: last.viewColumn ?? this.editorColumn(), preserveFocus: false });
  }

  /** A column for an editor that is not the explainer's own. */
  private editorColumn(): vscode.ViewColumn {
    return this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
  }

  private forget(): void {
    this.panel = undefined;
  }

  dispose(): void {
    this.panel?.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
