import { evidenceOf, isWeakLean, nameAt, percent, rankTerms, runOf, type EvidenceRun } from '../describe';
import type { Evidence, Side, Verdict } from '../types';

/**
 * The terms that weigh most on one side, or both, each as the document writes it (its strongest phrase),
 * quoted, and structural cues by name: `"Customers", "problem", inline code`.
 */
export function topTerms(evidence: readonly Evidence[] | EvidenceRun, side: Side | undefined, limit = 3): string {
  const run = runOf(evidence);
  return rankTerms(run, limit, side).map(({ strongest }) => nameAt(run, strongest, '""')).join(', ');
}

/**
 * `leans PM (72% PM): "customer", "problem", "metric"` (`leans slightly` for a weak lean), or for a balanced verdict both sides' evidence:
 * `is balanced (48% PM): PO "sprint", "estimate"; PM "customer", "revenue"`.
 */
export function leanSummary(verdict: Verdict): string {
  const share = percent(verdict.pmShare ?? 0);
  if (verdict.lean === 'balanced') {
    const sides = (['po', 'pm'] as const)
      .map((side) => ({ side, terms: topTerms(evidenceOf(verdict), side, 2) }))
      .filter(({ terms }) => terms !== '')
      .map(({ side, terms }) => `${side.toUpperCase()} ${terms}`);
    return `is balanced (${share} PM): ${sides.join('; ')}`;
  }
  const side = verdict.lean === 'pm' ? 'pm' : 'po';
  const sideShare = side === 'pm' ? share : percent(1 - (verdict.pmShare ?? 0));
  const leans = isWeakLean(verdict) ? 'leans slightly' : 'leans';
  return `${leans} ${side.toUpperCase()} (${sideShare} ${side.toUpperCase()}): ${topTerms(evidenceOf(verdict), side)}`;
}
