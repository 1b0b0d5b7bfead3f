import { plainEvidence } from './evidence/occurrence';
import { CUE_NAMES } from './model/model';
import type { Concern, Evidence, Side, Verdict } from './types';
import { grown } from './grown';

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

const CUES: ReadonlySet<string> = new Set(CUE_NAMES);

/** Whether the evidence is a structural cue (a checkbox, a table row…): lists name it rather than quote its text. */
export const isCue = (item: Pick<Evidence, 'term'>): boolean => CUES.has(item.term);

/** How lists name evidence: a structural cue by its name (`task checkbox`), a phrase as written, in `quotes`. */
export function evidenceName(item: Evidence, quotes = '“”'): string {
  return isCue(item) ? item.term : `${quotes[0]}${item.phrase}${quotes[1]}`;
}

/** `evidenceName` of a run's piece, without making an object of it. */
export function nameAt(run: EvidenceRun, at: number, quotes = '“”'): string {
  const term = run.term(at);
  return CUES.has(term) ? term : `${quotes[0]}${run.phrase(at)}${quotes[1]}`;
}

/**
 * Evidence read by index: an array's items, or a verdict's run of its scan's evidence, whose pieces become
 * objects only when kept (a document's evidence is tens of thousands of them, of which a message names three).
 */
export interface EvidenceRun {
  readonly length: number;
  term(at: number): string;
  /** A small number that is the same for pieces of one term on one side (the same word can be a term on both sides: a user's own PO term that the model counts PM), and differs otherwise. */
  key(at: number): number;
  side(at: number): Side;
  concern(at: number): Concern;
  weight(at: number): number;
  phrase(at: number): string;
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
  private readonly keys = new Map<string, number>();
  constructor(private readonly items: readonly Evidence[]) {}
  get length(): number {
    return this.items.length;
  }
  term(at: number): string {
    return this.items[at].term;
  }
  key(at: number): number {
    const name = `${this.items[at].side} ${this.items[at].term}`;
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = this.keys.size));
    return key;
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
  phrase(at: number): string {
    return this.items[at].phrase;
  }
  piece(at: number): Evidence {
    return this.items[at];
  }
}

export const runOf = (evidence: readonly Evidence[] | EvidenceRun): EvidenceRun => (Array.isArray(evidence) ? new ArrayRun(evidence) : (evidence as EvidenceRun));

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
  const run = runOf(evidence);
  return rankTerms(run, limit, side).map(({ strongest, weight }) => plainEvidence(run.piece(strongest), weight));
}

export interface TermWeight {
  /** Where in the run the term's strongest occurrence is. */
  strongest: number;
  /** The weight of all of its occurrences. */
  weight: number;
}

/**
 * Tallies by term key, reused by every call and grown as keys need: ranking every section of a long document
 * then allocates nothing per piece of evidence. `stamp` says which call last counted into a key, so a tally of
 * an earlier call starts afresh. `counted` lists a call's keys in order of first appearance.
 */
let stamp = new Float64Array(256);
let total = new Float64Array(256);
let strongestAt = new Int32Array(256);
let strongestWeight = new Float64Array(256);
let counted = new Int32Array(256);
let calls = 0;

function growTallies(key: number): void {
  const size = Math.max(key + 1, stamp.length * 2);
  stamp = grown(stamp, size);
  total = grown(total, size);
  strongestAt = grown(strongestAt, size);
  strongestWeight = grown(strongestWeight, size);
  counted = grown(counted, size);
}

/** The heaviest keys so far, heaviest first (`limit` of them at most), kept as numbers until the end. */
let topKeys = new Int32Array(8);

/** `topPhrases` by index: where the strongest occurrence of each of the top terms is, and their weights. */
export function rankTerms(run: EvidenceRun, limit = 5, side?: Side): TermWeight[] {
  const call = ++calls;
  let keys = 0;
  for (let at = 0; at < run.length; at++) {
    if (side && run.side(at) !== side) continue;
    const key = run.key(at);
    const weight = run.weight(at);
    if (key >= stamp.length) growTallies(key);
    if (stamp[key] !== call) {
      stamp[key] = call;
      total[key] = weight;
      strongestAt[key] = at;
      strongestWeight[key] = weight;
      counted[keys++] = key;
    } else {
      total[key] += weight;
      if (weight > strongestWeight[key]) {
        strongestAt[key] = at;
        strongestWeight[key] = weight;
      }
    }
  }
  // The heaviest `limit`, ties in order of first appearance (what a stable sort would give), without sorting all.
  if (limit > topKeys.length) topKeys = new Int32Array(limit);
  let kept = 0;
  for (let k = 0; k < keys; k++) {
    const key = counted[k];
    const weight = total[key];
    if (kept === limit && (limit === 0 || total[topKeys[limit - 1]] >= weight)) continue;
    let at = kept === limit ? limit - 1 : kept++;
    for (; at > 0 && total[topKeys[at - 1]] < weight; at--) topKeys[at] = topKeys[at - 1];
    topKeys[at] = key;
  }
  const top: TermWeight[] = [];
  for (let k = 0; k < kept; k++) top.push({ strongest: strongestAt[topKeys[k]], weight: total[topKeys[k]] });
  return top;
}
