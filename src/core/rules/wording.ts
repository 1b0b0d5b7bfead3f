import { CUE_NAMES } from '../model/model';
import type { Evidence, Side, Verdict } from '../types';

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

const CUES: ReadonlySet<string> = new Set(CUE_NAMES);

/**
 * The first distinct terms of the (strongest-first) evidence on one side, or both, each as the document
 * writes it, quoted, and structural cues by name: `"Customers", "problem", inline code`. Evidence is told
 * apart by `term`, so "customer" and "customers" count once. Walks only as far as it needs to, so a
 * document-wide list costs little.
 */
export function topTerms(evidence: readonly Evidence[], side: Side | undefined, limit = 3): string {
  const shown = new Map<string, string>();
  for (const item of evidence) {
    if ((side && item.side !== side) || shown.has(item.term)) continue;
    shown.set(item.term, CUES.has(item.term) ? item.term : `"${item.phrase}"`);
    if (shown.size === limit) break;
  }
  return [...shown.values()].join(', ');
}

/**
 * `leans PM (72% PM): "customer", "problem", "metric"`, or for a balanced verdict both sides' evidence:
 * `is balanced (48% PM): PO "sprint", "estimate"; PM "customer", "revenue"`.
 */
export function leanSummary(verdict: Verdict): string {
  const share = percent(verdict.pmShare ?? 0);
  if (verdict.lean === 'balanced') {
    const sides = (['po', 'pm'] as const)
      .map((side) => ({ side, terms: topTerms(verdict.evidence, side, 2) }))
      .filter(({ terms }) => terms !== '')
      .map(({ side, terms }) => `${side.toUpperCase()} ${terms}`);
    return `is balanced (${share} PM): ${sides.join('; ')}`;
  }
  const side = verdict.lean === 'pm' ? 'pm' : 'po';
  const sideShare = side === 'pm' ? share : percent(1 - (verdict.pmShare ?? 0));
  return `leans ${side.toUpperCase()} (${sideShare} ${side.toUpperCase()}): ${topTerms(verdict.evidence, side)}`;
}
