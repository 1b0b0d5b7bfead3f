/** Turns analyses of workspace files into the rows of "Your workspace". No vscode here: it is unit-testable. */
import { evidenceOf, leanLabel } from '../../core/describe';
import type { Analysis } from '../../core/types';
import type { CheckView, WorkspaceRowView } from '../../webview/protocol';
import type { NoLeanLabels } from './model';

/** Rules that report a lean rather than a missing piece: a row shows its lean bar instead. */
const LEAN_RULES = new Set(['document-lean', 'section-lean']);

/** The role checks a document fails, each at its first finding, in the order the engine reports them. */
export function failedChecks(analysis: Analysis): CheckView[] {
  const first = new Map<string, number>();
  for (const finding of analysis.findings) {
    if (LEAN_RULES.has(finding.rule)) continue;
    const line = finding.range.start.line;
    first.set(finding.rule, Math.min(line, first.get(finding.rule) ?? line));
  }
  return [...first].map(([rule, line]) => ({ rule, line }));
}

export function toWorkspaceRow(id: number, path: string, analysis: Analysis, noLean: NoLeanLabels): WorkspaceRowView {
  const verdict = analysis.document;
  const slash = path.lastIndexOf('/');
  return {
    id,
    path,
    folder: slash < 0 ? '' : path.slice(0, slash),
    lean: verdict.lean,
    pmShare: verdict.pmShare,
    label: leanLabel(verdict) ?? (evidenceOf(verdict).length === 0 ? noLean.none : noLean.unclear),
    hasEvidence: evidenceOf(verdict).length > 0,
    checks: failedChecks(analysis),
  };
}
