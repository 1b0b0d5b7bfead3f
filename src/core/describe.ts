import { percent } from './rules/wording';
import type { Concern, Evidence, Verdict } from './types';

/** The concerns that carry most of one side's evidence, strongest first: `who/why`. */
export function leadingConcerns(evidence: readonly Evidence[], side: 'po' | 'pm', limit = 2): Concern[] {
  const weights = new Map<Concern, number>();
  for (const item of evidence) if (item.side === side) weights.set(item.concern, (weights.get(item.concern) ?? 0) + item.weight);
  return [...weights].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([concern]) => concern);
}

/** Short label of a verdict for hints and lists: `PM 72% · who/why`, `PO 80% · how`, `Balanced · PM 48%`. */
export function leanLabel(verdict: Verdict): string | undefined {
  if (verdict.pmShare === null || verdict.lean === 'unclear') return undefined;
  if (verdict.lean === 'balanced') return `Balanced · PM ${percent(verdict.pmShare)}`;
  const side = verdict.lean;
  const share = side === 'pm' ? verdict.pmShare : 1 - verdict.pmShare;
  return `${side.toUpperCase()} ${percent(share)} · ${leadingConcerns(verdict.evidence, side).join('/')}`;
}

/** Both shares, for the status bar: `PO 62% · PM 38%`. */
export function sharesLabel(verdict: Verdict): string | undefined {
  if (verdict.pmShare === null) return undefined;
  return `PO ${percent(1 - verdict.pmShare)} · PM ${percent(verdict.pmShare)}`;
}

/**
 * The evidence that weighs most, one entry per term and side (so "customer" and "customers" are one entry,
 * shown with its strongest phrase and the weight of all), for tooltips, hovers and the explainer.
 */
export function topPhrases(evidence: readonly Evidence[], limit = 5): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const item of evidence) {
    const key = `${item.side}:${item.term}`;
    const known = seen.get(key);
    if (!known) seen.set(key, { ...item });
    else known.weight += item.weight;
  }
  return [...seen.values()].sort((a, b) => b.weight - a.weight).slice(0, limit);
}
