import { plainEvidence } from './evidence/occurrence';
import { CUE_NAMES } from './model/model';
import type { Concern, Evidence, Side, Verdict } from './types';

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

const CUES: ReadonlySet<string> = new Set(CUE_NAMES);

/** Whether the evidence is a structural cue (a checkbox, a table row…): lists name it rather than quote its text. */
export const isCue = (item: Pick<Evidence, 'term'>): boolean => CUES.has(item.term);

/** How lists name evidence: a structural cue by its name (`task checkbox`), a phrase as written, in `quotes`. */
export function evidenceName(item: Evidence, quotes = '“”'): string {
  return isCue(item) ? item.term : `${quotes[0]}${item.phrase}${quotes[1]}`;
}

/**
 * Evidence read by index: an array's items, or a verdict's run of its scan's evidence, whose pieces become
 * objects only when kept (a document's evidence is tens of thousands of them, of which a message names three).
 */
export interface EvidenceRun {
  readonly length: number;
  term(at: number): string;
  side(at: number): Side;
  concern(at: number): Concern;
  weight(at: number): number;
  piece(at: number): Evidence;
}

/** A verdict of the engine reads its evidence as a run; any other as its array. */
interface RunVerdict extends Verdict {
  evidenceRun(): EvidenceRun;
}

/** A verdict's evidence, as cheaply as it can be read. */
export function evidenceOf(verdict: Verdict): readonly Evidence[] | EvidenceRun {
  return typeof (verdict as Partial<RunVerdict>).evidenceRun === 'function' ? (verdict as RunVerdict).evidenceRun() : verdict.evidence;
}

class ArrayRun implements EvidenceRun {
  constructor(private readonly items: readonly Evidence[]) {}
  get length(): number {
    return this.items.length;
  }
  term(at: number): string {
    return this.items[at].term;
  }
  side(at: number): Side {
    return this.items[at].side;
  }
  concern(at: number): Concern {
    return this.items[at].concern;
  }
  weight(at: number): number {
    return this.items[at].weight;
  }
  piece(at: number): Evidence {
    return this.items[at];
  }
}

const runOf = (evidence: readonly Evidence[] | EvidenceRun): EvidenceRun => (Array.isArray(evidence) ? new ArrayRun(evidence) : (evidence as EvidenceRun));

/** The concerns that carry most of one side's evidence, strongest first: `who/why`. */
export function leadingConcerns(evidence: readonly Evidence[] | EvidenceRun, side: 'po' | 'pm', limit = 2): Concern[] {
  const run = runOf(evidence);
  const weights = new Map<Concern, number>();
  for (let at = 0; at < run.length; at++) {
    if (run.side(at) === side) weights.set(run.concern(at), (weights.get(run.concern(at)) ?? 0) + run.weight(at));
  }
  return [...weights].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([concern]) => concern);
}

/**
 * Shares are calibrated (`npm run eval`): a lean shown under this share is right less than two times in three,
 * and every surface calls it weak.
 */
export const WEAK_LEAN_SHARE = 2 / 3;

/** The share of the side a PO or PM verdict leans to; undefined for a balanced or unclear one. */
export function leaningShare(verdict: Verdict): number | undefined {
  if (verdict.pmShare === null || (verdict.lean !== 'po' && verdict.lean !== 'pm')) return undefined;
  return verdict.lean === 'pm' ? verdict.pmShare : 1 - verdict.pmShare;
}

/** Whether a verdict leans to a side, but only just (under `WEAK_LEAN_SHARE`). */
export function isWeakLean(verdict: Verdict): boolean {
  const share = leaningShare(verdict);
  return share !== undefined && share < WEAK_LEAN_SHARE;
}

/** Short label of a verdict for hints and lists: `PM 72% · who/why`, `PO 58% weak · how`, `Balanced · PM 48%`. */
export function leanLabel(verdict: Verdict): string | undefined {
  if (verdict.pmShare === null || verdict.lean === 'unclear') return undefined;
  if (verdict.lean === 'balanced') return `Balanced · PM ${percent(verdict.pmShare)}`;
  const side = verdict.lean;
  const weak = isWeakLean(verdict) ? ' weak' : '';
  return `${side.toUpperCase()} ${percent(leaningShare(verdict)!)}${weak} · ${leadingConcerns(evidenceOf(verdict), side).join('/')}`;
}

/** Both shares, for the status bar: `PO 62% · PM 38%`. */
export function sharesLabel(verdict: Verdict): string | undefined {
  if (verdict.pmShare === null) return undefined;
  return `PO ${percent(1 - verdict.pmShare)} · PM ${percent(verdict.pmShare)}`;
}

/**
 * The terms that weigh most, on one side or both: one entry per term and side (so "customer" and "customers"
 * are one entry), with the phrase and range of its strongest occurrence and the weight of all of them, ties in
 * document order. For messages, tooltips, hovers and the explainer.
 */
export function topPhrases(evidence: readonly Evidence[] | EvidenceRun, limit = 5, side?: Side): Evidence[] {
  return strongestTerms(evidence, limit, side).map(({ strongest, weight }) => plainEvidence(strongest, weight));
}

export interface TermWeight {
  /** The term's strongest occurrence. */
  strongest: Evidence;
  /** The weight of all of its occurrences. */
  weight: number;
}

interface Tally {
  /** Where in the run its strongest piece is. */
  strongest: number;
  strongestWeight: number;
  weight: number;
  /** The call that last counted into it: a tally of an earlier call starts afresh. */
  call: number;
}

/**
 * Tallies reused by every call, one table a side (the same word can be a term on both sides: a user's own PO
 * term that the model counts PM). Ranking every section of a long document then allocates nothing per
 * evidence item, and a tally keeps an index, not an object. Emptied when it grows past any lexicon's size
 * (callers may pass evidence of their own).
 */
const tallies: Record<Side, Map<string, Tally>> = { po: new Map(), pm: new Map() };
const MAX_TALLIES = 50_000;
let calls = 0;

/** `topPhrases` before copying: the strongest occurrence of each of the top terms, and their weights. */
export function strongestTerms(evidence: readonly Evidence[] | EvidenceRun, limit = 5, side?: Side): TermWeight[] {
  const run = runOf(evidence);
  const call = ++calls;
  const counted: Tally[] = [];
  for (let at = 0; at < run.length; at++) {
    const itemSide = run.side(at);
    if (side && itemSide !== side) continue;
    const terms = tallies[itemSide];
    const term = run.term(at);
    const weight = run.weight(at);
    let tally = terms.get(term);
    if (!tally) {
      if (terms.size >= MAX_TALLIES) terms.clear();
      terms.set(term, (tally = { strongest: at, strongestWeight: 0, weight: 0, call: 0 }));
    }
    if (tally.call !== call) {
      tally.call = call;
      tally.strongest = at;
      tally.strongestWeight = weight;
      tally.weight = weight;
      counted.push(tally);
    } else {
      tally.weight += weight;
      if (weight > tally.strongestWeight) {
        tally.strongest = at;
        tally.strongestWeight = weight;
      }
    }
  }
  // The heaviest `limit`, ties in order of first appearance (what a stable sort would give), without sorting all.
  const top: { strongest: number; weight: number }[] = [];
  for (const { strongest, weight } of counted) {
    if (top.length === limit && (limit === 0 || top[limit - 1].weight >= weight)) continue;
    if (top.length === limit) top.pop();
    let at = top.length;
    for (; at > 0 && top[at - 1].weight < weight; at--) top[at] = top[at - 1];
    top[at] = { strongest, weight };
  }
  return top.map(({ strongest, weight }) => ({ strongest: run.piece(strongest), weight }));
}
