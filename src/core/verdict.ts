import type { EvidenceRun } from './describe';
import type { Occurrence } from './evidence/occurrence';
import type { EvidenceStore } from './evidence/store';
import type { Scoring } from './lexicon/lexicon';
import type { Lean, Verdict } from './types';

/** A verdict without its evidence. */
export type Judgement = Omit<Verdict, 'evidence'>;

/**
 * Pools the pieces from..to of a scan's evidence into the model's verdict. `words` is how many words the
 * text has: evidence counts relative to its square root, so a long section needs more of it to lean as far
 * as a short one.
 */
export function judgementOf(store: EvidenceStore, from: number, to: number, words: number, scoring: Scoring): Judgement {
  const end = Math.min(to, store.length);
  const { po, pm } = store.sideWeights(from, end);
  const scale = 1 / Math.sqrt(Math.max(words, scoring.lengthFloor));
  const poWeight = po * scale;
  const pmWeight = pm * scale;
  const probability = pmProbability(scoring.bias + pmWeight - poWeight);
  let lean = words < scoring.minWords || end <= from ? 'unclear' : leanOf(probability, scoring);
  // A lean needs evidence on its own side: the model's bias alone, against weak evidence, says nothing.
  if ((lean === 'po' && po === 0) || (lean === 'pm' && pm === 0)) lean = 'unclear';
  const pmShare = lean === 'unclear' ? null : probability;
  return { lean, pmShare, poWeight, pmWeight };
}

/** The verdict on a whole scan; its evidence is made into objects when read. */
export class DocumentVerdict implements Verdict {
  readonly lean: Lean;
  readonly pmShare: number | null;
  readonly poWeight: number;
  readonly pmWeight: number;

  constructor(
    private readonly store: EvidenceStore,
    words: number,
    scoring: Scoring,
  ) {
    ({ lean: this.lean, pmShare: this.pmShare, poWeight: this.poWeight, pmWeight: this.pmWeight } = judgementOf(store, 0, store.length, words, scoring));
  }

  get evidence(): Occurrence[] {
    return this.store.slice(0, this.store.length);
  }

  /** Its evidence, read by index (see `evidenceOf`). */
  evidenceRun(): EvidenceRun {
    return this.store.run(0, this.store.length);
  }

  toJSON(): Verdict {
    const { lean, pmShare, poWeight, pmWeight, evidence } = this;
    return { lean, pmShare, poWeight, pmWeight, evidence };
  }
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
