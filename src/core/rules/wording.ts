import type { Evidence, Side, Verdict } from '../types';

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

export const SIDE_NAMES: Record<Side, string> = { po: 'PO (delivery: how)', pm: 'PM (market: who, what, why)' };

/** The distinct terms that weigh most on one side (or both), quoted: `"customer", "problem"`. */
export function topTerms(evidence: readonly Evidence[], side: Side | undefined, limit = 3): string {
  const weights = new Map<string, number>();
  for (const item of evidence) {
    if (side && item.side !== side) continue;
    weights.set(item.term, (weights.get(item.term) ?? 0) + item.weight);
  }
  return [...weights].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([term]) => `"${term}"`).join(', ');
}

/** `leans PM (72% PM): "customer", "problem", "metric"` or `is balanced (48% PM): …`. */
export function leanSummary(verdict: Verdict): string {
  const share = percent(verdict.pmShare ?? 0);
  if (verdict.lean === 'balanced') return `is balanced (${share} PM): ${topTerms(verdict.evidence, undefined)}`;
  const side = verdict.lean === 'pm' ? 'pm' : 'po';
  const sideShare = side === 'pm' ? share : percent(1 - (verdict.pmShare ?? 0));
  return `leans ${side.toUpperCase()} (${sideShare} ${side.toUpperCase()}): ${topTerms(verdict.evidence, side)}`;
}
