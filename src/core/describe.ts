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

/** The concerns that carry most of one side's evidence, strongest first: `who/why`. */
export function leadingConcerns(evidence: readonly Evidence[], side: 'po' | 'pm', limit = 2): Concern[] {
  const weights = new Map<Concern, number>();
  for (const item of evidence) if (item.side === side) weights.set(item.concern, (weights.get(item.concern) ?? 0) + item.weight);
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
  return `${side.toUpperCase()} ${percent(leaningShare(verdict)!)}${weak} · ${leadingConcerns(verdict.evidence, side).join('/')}`;
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
export function topPhrases(evidence: readonly Evidence[], limit = 5, side?: Side): Evidence[] {
  const groups: { strongest: Evidence; weight: number }[] = [];
  // One map a side: the same word can be a term on both sides (a user's own PO term that the model counts PM).
  const bySide: Partial<Record<Side, Map<string, (typeof groups)[number]>>> = {};
  for (const item of evidence) {
    if (side && item.side !== side) continue;
    const terms = (bySide[item.side] ??= new Map());
    const group = terms.get(item.term);
    if (!group) {
      const created = { strongest: item, weight: item.weight };
      terms.set(item.term, created);
      groups.push(created);
    } else {
      group.weight += item.weight;
      if (item.weight > group.strongest.weight) group.strongest = item;
    }
  }
  return groups.sort((a, b) => b.weight - a.weight).slice(0, limit).map(({ strongest, weight }) => plainEvidence(strongest, weight));
}
