/** Turns an Analysis into the plain data the "Your document" tab draws. No vscode here: it is unit-testable. */
import { evidenceOf, isCue, leanLabel, topPhrases } from '../../core/describe';
import type { Analysis, Evidence, Verdict } from '../../core/types';
import type { DocumentState, EvidenceView, LeanView } from '../../webview/protocol';

/** How many phrases each section shows: enough to see why, few enough to scan. */
export const EVIDENCE_PER_SECTION = 3;

/** Labels for verdicts that have no lean: no evidence at all, or too little to tell (with no share: it claims none). */
export interface NoLeanLabels {
  none: string;
  unclear: string;
}

export function toDocumentState(name: string, version: number, analysis: Analysis, noLean: NoLeanLabels): DocumentState {
  return {
    status: 'ready',
    name,
    version,
    document: toLeanView(analysis.document, noLean, 5),
    sections: analysis.sections.map((section) => ({
      ...toLeanView(section, noLean, EVIDENCE_PER_SECTION),
      heading: section.heading,
      level: section.level,
      line: section.headingRange.start.line,
    })),
  };
}

function toLeanView(verdict: Verdict, noLean: NoLeanLabels, evidenceLimit: number): LeanView {
  return {
    lean: verdict.lean,
    pmShare: verdict.pmShare,
    label: leanLabel(verdict) ?? (evidenceOf(verdict).length === 0 ? noLean.none : noLean.unclear),
    evidence: topPhrases(evidenceOf(verdict), evidenceLimit).map(evidenceView),
  };
}

/** A cue is shown by its name (`task checkbox`), a phrase as the document writes it. */
function evidenceView(item: Evidence): EvidenceView {
  const cue = isCue(item);
  return { phrase: cue ? item.term : item.phrase, cue, side: item.side, concern: item.concern };
}
