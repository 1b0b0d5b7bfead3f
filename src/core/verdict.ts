import type { Scoring } from './lexicon/lexicon';
import type { Evidence, Lean, Verdict } from './types';

/**
 * Pools evidence (in document order, and kept so) into the model's verdict. `words` is how many words the
 * text has: evidence counts relative to its square root, so a long section needs more of it to lean as far
 * as a short one.
 */
export function verdictOf(evidence: readonly Evidence[], words: number, scoring: Scoring): Verdict {
  let po = 0;
  let pm = 0;
  for (const item of evidence) {
    if (item.side === 'po') po += item.weight;
    else pm += item.weight;
  }
  const scale = 1 / Math.sqrt(Math.max(words, scoring.lengthFloor));
  const poWeight = po * scale;
  const pmWeight = pm * scale;
  const probability = pmProbability(scoring.bias + pmWeight - poWeight);
  let lean = words < scoring.minWords || evidence.length === 0 ? 'unclear' : leanOf(probability, scoring);
  // A lean needs evidence on its own side: the model's bias alone, against weak evidence, says nothing.
  if ((lean === 'po' && po === 0) || (lean === 'pm' && pm === 0)) lean = 'unclear';
  const pmShare = lean === 'unclear' ? null : probability;
  return { lean, pmShare, poWeight, pmWeight, evidence: evidence as Evidence[] };
}

/** The logistic function: log-odds of PM to a probability. */
export function pmProbability(logOdds: number): number {
  return 1 / (1 + Math.exp(-logOdds));
}

/** `balanced` within the model's margin of one half, else the side past it. */
function leanOf(pmShare: number, scoring: Pick<Scoring, 'balancedMargin'>): Lean {
  if (Math.abs(pmShare - 0.5) <= scoring.balancedMargin) return 'balanced';
  return pmShare > 0.5 ? 'pm' : 'po';
}

