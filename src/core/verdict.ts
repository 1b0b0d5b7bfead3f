import type { Evidence, Lean, Verdict } from './types';

/** Below this much weighted evidence there is no verdict: two stray words do not make a lean. */
export const CONFIDENCE_FLOOR = 4;
/** A PM share within this band either side of one half reads as balanced. */
export const BALANCED_MARGIN = 0.12;

/** Pools evidence into a verdict; sorts the list in place, strongest first, then in document order. */
export function verdictOf(evidence: Evidence[]): Verdict {
  let poWeight = 0;
  let pmWeight = 0;
  for (const item of evidence) {
    if (item.side === 'po') poWeight += item.weight;
    else pmWeight += item.weight;
  }
  evidence.sort(strongestFirst);
  const total = poWeight + pmWeight;
  const pmShare = total > 0 ? pmWeight / total : null;
  return { lean: leanOf(pmShare, total), pmShare, poWeight, pmWeight, evidence };
}

function leanOf(pmShare: number | null, total: number): Lean {
  if (pmShare === null || total < CONFIDENCE_FLOOR) return 'unclear';
  if (Math.abs(pmShare - 0.5) <= BALANCED_MARGIN) return 'balanced';
  return pmShare > 0.5 ? 'pm' : 'po';
}

export function strongestFirst(a: Evidence, b: Evidence): number {
  return b.weight - a.weight || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
