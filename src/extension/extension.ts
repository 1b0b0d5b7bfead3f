import * as vscode from 'vscode';
import { registerFixCommands, LensCodeActions } from './codeActions';
import { registerExplainer, type ExplainerApi } from './explainer';
import { LeanHover } from './hover';
import { LeanInlayHints } from './inlayHints';
import { INSERT_TEMPLATE_COMMAND, insertTemplate } from './insertTemplate';
import { Lens } from './lens';
import { Log } from './log';
import { PLANNING_DOCUMENTS } from './selector';
import { SettingsStore } from './settings';
import { LeanStatusBar } from './statusBar';
import { describeSummary, scanWorkspace, type ScanSummary } from './workspaceScan';

/** What activate() returns: the in-editor tests observe the extension through it. */
export interface BacklogLensApi {
  lens: Lens;
  explainer: ExplainerApi;
}

export function activate(context: vscode.ExtensionContext): BacklogLensApi {
  const log = new Log();
  const settings = new SettingsStore(log);
  const lens = new Lens(settings, log);
  const hints = new LeanInlayHints(lens, settings);
  const explainer = registerExplainer(context, lens);
  context.subscriptions.push(
    log,
    settings,
    lens,
    hints.watch(),
    new LeanStatusBar(lens, settings),
    vscode.languages.registerInlayHintsProvider(PLANNING_DOCUMENTS, hints),
    vscode.languages.registerHoverProvider(PLANNING_DOCUMENTS, new LeanHover(lens)),
    vscode.languages.registerCodeActionsProvider(PLANNING_DOCUMENTS, new LensCodeActions(lens), {
      providedCodeActionKinds: LensCodeActions.providedCodeActionKinds,
    }),
    registerFixCommands(),
    vscode.commands.registerCommand(INSERT_TEMPLATE_COMMAND, (id?: unknown) => insertTemplate(typeof id === 'string' ? id : undefined)),
    vscode.commands.registerCommand('backlogLens.analyzeDocument', () => chooseForActive(lens, true)),
    vscode.commands.registerCommand('backlogLens.stopAnalyzing', () => chooseForActive(lens, false)),
    vscode.commands.registerCommand('backlogLens.analyzeWorkspace', async (): Promise<ScanSummary> => {
      explainer.workspace.beginScan();
      const summary = await scanWorkspace(lens, settings, (uri, analysis) => explainer.workspace.set(uri, analysis));
      const show = vscode.l10n.t('Show Your Workspace');
      void vscode.window.showInformationMessage(describeSummary(summary), show).then((choice) => choice === show && explainer.show('workspace'));
      return summary;
    }),
    vscode.commands.registerCommand('backlogLens.showOutput', () => log.show()),
  );
  void settings.loadProjectFiles().then(() => lens.refreshAll());
  lens.refreshAll();
  return { lens, explainer };
}

function chooseForActive(lens: Lens, on: boolean): boolean {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !['markdown', 'plaintext'].includes(document.languageId)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Backlog Lens reads Markdown and plain-text documents: open one first.'));
    return false;
  }
  lens.choose(document, on);
  return true;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
