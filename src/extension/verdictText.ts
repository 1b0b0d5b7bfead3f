import * as vscode from 'vscode';
import { evidenceName, evidenceOf, isWeakLean, leadingConcerns, leaningShare, percent, topPhrases } from '../core/describe';
import type { Evidence, Side, Verdict } from '../core';
import { escapeMarkdown } from './escapeMarkdown';

/** What each concern means, for a writer who has not read the explainer yet. */
export const concernNames: Record<Evidence['concern'], string> = {
  how: 'how (delivery)',
  who: 'who (customers)',
  what: 'what (problem, outcome)',
  why: 'why (business, metrics)',
};

/**
 * Appends one list item of evidence: `- “Customers” · PM who (customers)` or `- task checkbox · PO how (delivery)`.
 * Only the document's text is escaped (`escapeMarkdown`); our own words stay Markdown, so the line can wrap.
 */
export function appendEvidenceItem(markdown: vscode.MarkdownString, item: Evidence): void {
  markdown.appendMarkdown(`- ${escapeMarkdown(evidenceName(item))}`);
  markdown.appendMarkdown(` · ${item.side.toUpperCase()} ${concernNames[item.concern]}\n`);
}

/** The verdict as a predicate that gives its share once: `leans PO (80% PO), mostly how (delivery)`; a weak lean says so. */
export function verdictLine(verdict: Verdict): string {
  if (verdict.lean === 'unclear' || verdict.pmShare === null) return vscode.l10n.t('has too little evidence for a verdict');
  if (verdict.lean === 'balanced') return vscode.l10n.t('is balanced between PO and PM ({0} PM)', percent(verdict.pmShare));
  const side = verdict.lean;
  const share = percent(leaningShare(verdict)!);
  const concerns = leadingConcerns(evidenceOf(verdict), side).map((concern) => concernNames[concern]).join(vscode.l10n.t(' and '));
  return isWeakLean(verdict)
    ? vscode.l10n.t('leans slightly {0} ({1} {0}: a weak lean), mostly {2}', side.toUpperCase(), share, concerns)
    : vscode.l10n.t('leans {0} ({1} {0}), mostly {2}', side.toUpperCase(), share, concerns);
}

/** The strongest phrases on each side that has any, one per term: `PO: “sprint”, “estimate”`. */
export function evidenceBySide(verdict: Verdict, perSide = 3): string[] {
  const bySide = (side: Side) => topPhrases(evidenceOf(verdict), perSide, side).map((item) => evidenceName(item));
  return (['po', 'pm'] as const).flatMap((side) => {
    const phrases = bySide(side);
    return phrases.length === 0 ? [] : [`${side.toUpperCase()}: ${phrases.join(', ')}`];
  });
}
