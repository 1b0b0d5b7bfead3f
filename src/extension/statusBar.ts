import * as vscode from 'vscode';
import { evidenceOf, sharesLabel, topPhrases } from '../core/describe';
import { appendEvidenceItem, verdictLine } from './verdictText';
import { EXPLAIN_COMMAND } from './explainer';
import type { Lens } from './lens';
import type { SettingsStore } from './settings';

/** `PO 62% · PM 38%` for the active planning doc; hidden for every other editor. */
export class LeanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('backlogLens.lean', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly lens: Lens, private readonly settings: SettingsStore) {
    this.item.name = 'Backlog Lens';
    this.item.command = { title: vscode.l10n.t('Open the explainer'), command: EXPLAIN_COMMAND, arguments: ['document'] };
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      lens.onDidAnalyze((document) => document === vscode.window.activeTextEditor?.document && this.update()),
      settings.onDidChange(() => this.update()),
    ];
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const analysis = document && this.settings.for(document.uri).editor.statusBar ? this.lens.analysisOf(document) : undefined;
    if (!analysis) {
      this.item.hide();
      return;
    }
    const verdict = analysis.document;
    this.item.text = `$(scales) ${sharesLabel(verdict) ?? vscode.l10n.t('No lean yet')}`;
    const tooltip = new vscode.MarkdownString(`**Backlog Lens** · ${vscode.l10n.t('This document {0}.', verdictLine(verdict))}\n\n`);
    for (const item of topPhrases(evidenceOf(verdict))) appendEvidenceItem(tooltip, item);
    tooltip.appendMarkdown(`\n${vscode.l10n.t('Click to open the explainer.')}`);
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: vscode.l10n.t('Backlog Lens: {0}', sharesLabel(verdict) ?? verdict.lean) };
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
