import * as vscode from 'vscode';
import { isFromWebview, type FromWebview, type InitialState, type ToWebview } from '../../webview/protocol';
import { buildHtml } from './html';

export const VIEW_TYPE = 'backlogLens.explainer';

/** Webview options: scripts on, and nothing readable outside `media/`. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')], enableFindWidget: true };
}

/**
 * The one explainer panel: sets its HTML once, then talks to the webview only by messages.
 * Created by the command or revived by the serializer after a window reload.
 */
export class ExplainerPanel implements vscode.Disposable {
  private static live = 0;
  private readonly subscriptions: vscode.Disposable[] = [];
  private disposed = false;

  /** Panels created and not yet disposed (the tests check that it never exceeds one). */
  static get count(): number {
    return ExplainerPanel.live;
  }

  static create(extensionUri: vscode.Uri, initial: InitialState, onMessage: (message: FromWebview) => void, onDispose: () => void): ExplainerPanel {
    const beside = vscode.window.activeTextEditor !== undefined;
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      vscode.l10n.t('PO or PM?'),
      { viewColumn: beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: false },
      webviewOptions(extensionUri),
    );
    return new ExplainerPanel(panel, extensionUri, initial, onMessage, onDispose);
  }

  constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    initial: InitialState,
    onMessage: (message: FromWebview) => void,
    private readonly onDispose: () => void,
  ) {
    ExplainerPanel.live++;
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = { light: vscode.Uri.joinPath(media, 'icon-light.svg'), dark: vscode.Uri.joinPath(media, 'icon-dark.svg') };
    panel.webview.html = buildHtml(panel.webview, media, initial);
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isFromWebview(message)) onMessage(message);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get visible(): boolean {
    return !this.disposed && this.panel.visible;
  }

  get viewColumn(): vscode.ViewColumn | undefined {
    return this.disposed ? undefined : this.panel.viewColumn;
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  post(message: ToWebview): Thenable<boolean> {
    return this.disposed ? Promise.resolve(false) : this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    ExplainerPanel.live--;
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.panel.dispose();
    this.onDispose();
  }
}
