import * as vscode from 'vscode';
import { leanLabel } from '../core/describe';
import type { Section } from '../core';
import type { Lens } from './lens';
import type { SettingsStore } from './settings';
import { evidenceBySide, verdictLine } from './verdictText';

/** `PM 72% · who/why` at the end of each heading whose section has enough evidence for a verdict. */
export class LeanInlayHints implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(private readonly lens: Lens, private readonly settings: SettingsStore) {}

  /** Subscriptions that keep the hints in step with analyses and settings. */
  watch(): vscode.Disposable {
    return vscode.Disposable.from(this.changed, this.lens.onDidAnalyze(() => this.changed.fire()), this.settings.onDidChange(() => this.changed.fire()));
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (!this.settings.for(document.uri).editor.inlayHints) return [];
    const analysis = this.lens.analysisOf(document);
    if (!analysis) return [];
    const hints: vscode.InlayHint[] = [];
    for (const section of analysis.sections) {
      const label = leanLabel(section);
      const end = new vscode.Position(section.headingRange.end.line, section.headingRange.end.character);
      if (!label || !range.contains(end)) continue;
      const hint = new vscode.InlayHint(end, label);
      hint.paddingLeft = true;
      hint.tooltip = tooltip(section);
      hints.push(hint);
    }
    return hints;
  }
}

/** Plain text (document phrases stay literal): the verdict with its share, then the strongest phrases per side. */
function tooltip(section: Section): string {
  return [`Backlog Lens · ${vscode.l10n.t('This section {0}.', verdictLine(section))}`, ...evidenceBySide(section, 2)].join('\n');
}
