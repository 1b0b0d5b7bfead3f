// Evidence and verdicts built by hand, for tests of how verdicts are shown: no model is involved.
import type { Evidence, Lean, Side, Verdict } from '../../src/core/types';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

export const item = (phrase: string, term: string, side: Side, weight: number): Evidence => ({ phrase, term, side, concern: side === 'po' ? 'how' : 'who', weight, range });

/** A verdict over `evidence`, strongest first as the engine gives it, with the lean and PM share given (null only for `unclear`). */
export function verdict(lean: Lean, evidence: Evidence[], pmShare: number | null): Verdict {
  const sum = (side: Side) => evidence.filter((e) => e.side === side).reduce((total, e) => total + e.weight, 0);
  return { lean, pmShare, poWeight: sum('po'), pmWeight: sum('pm'), evidence: [...evidence].sort((a, b) => b.weight - a.weight) };
}
