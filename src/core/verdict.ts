import type { Evidence, Lean, Verdict } from './types';

/** Below this much weighted evidence there is no verdict: two stray words do not make a lean. */
export const CONFIDENCE_FLOOR = 4;
/** Nor does one phrase, however heavy (a heading word counts double). */
export const MIN_EVIDENCE = 2;
/** A PM share within this band either side of one half reads as balanced. */
export const BALANCED_MARGIN = 0.12;

/** Pools evidence (given in document order) into a verdict whose list is strongest first, ties in document order. */
export function verdictOf(evidence: readonly Evidence[]): Verdict {
  let poWeight = 0;
  let pmWeight = 0;
  for (const item of evidence) {
    if (item.side === 'po') poWeight += item.weight;
    else pmWeight += item.weight;
  }
  const total = poWeight + pmWeight;
  const pmShare = total > 0 ? pmWeight / total : null;
  return { lean: leanOf(pmShare, total, evidence.length), pmShare, poWeight, pmWeight, evidence: strongestFirst(evidence) };
}

function leanOf(pmShare: number | null, total: number, count: number): Lean {
  if (pmShare === null || total < CONFIDENCE_FLOOR || count < MIN_EVIDENCE) return 'unclear';
  if (Math.abs(pmShare - 0.5) <= BALANCED_MARGIN) return 'balanced';
  return pmShare > 0.5 ? 'pm' : 'po';
}

const SMALL = 48;

/**
 * A stable sort by weight, descending, into a new array. Small lists use insertion sort; long ones a
 * counting sort over the few distinct weights, which stays linear on a whole document's evidence.
 */
function strongestFirst(evidence: readonly Evidence[]): Evidence[] {
  if (evidence.length <= SMALL) {
    const sorted = evidence.slice();
    for (let i = 1; i < sorted.length; i++) {
      const item = sorted[i];
      let j = i - 1;
      while (j >= 0 && sorted[j].weight < item.weight) sorted[j + 1] = sorted[j--];
      sorted[j + 1] = item;
    }
    return sorted;
  }
  const counts = new Map<number, number>();
  for (const item of evidence) counts.set(item.weight, (counts.get(item.weight) ?? 0) + 1);
  const offsets = new Map<number, number>();
  let offset = 0;
  for (const weight of [...counts.keys()].sort((a, b) => b - a)) {
    offsets.set(weight, offset);
    offset += counts.get(weight)!;
  }
  const sorted = new Array<Evidence>(evidence.length);
  for (const item of evidence) {
    const at = offsets.get(item.weight)!;
    sorted[at] = item;
    offsets.set(item.weight, at + 1);
  }
  return sorted;
}
