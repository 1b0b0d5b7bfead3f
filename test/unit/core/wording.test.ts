// How verdicts are put into words, on constructed evidence: the numbers do not depend on the lexicon.
import * as assert from 'assert';
import { leanLabel, topPhrases } from '../../../src/core/describe';
import { leanSummary, topTerms } from '../../../src/core/rules/wording';
import type { Evidence, Lean, Side, Verdict } from '../../../src/core/types';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const item = (phrase: string, term: string, side: Side, weight: number): Evidence => ({ phrase, term, side, concern: side === 'po' ? 'how' : 'who', weight, range });

/** A verdict over `evidence` (strongest first, as the engine gives it) with the lean given. */
function verdict(lean: Lean, evidence: Evidence[]): Verdict {
  const poWeight = evidence.filter((e) => e.side === 'po').reduce((sum, e) => sum + e.weight, 0);
  const pmWeight = evidence.filter((e) => e.side === 'pm').reduce((sum, e) => sum + e.weight, 0);
  const total = poWeight + pmWeight;
  return { lean, pmShare: total ? pmWeight / total : null, poWeight, pmWeight, evidence: [...evidence].sort((a, b) => b.weight - a.weight) };
}

describe('wording: leanSummary and topTerms', () => {
  it('names both sides\' evidence for a balanced verdict', () => {
    const balanced = verdict('balanced', [
      item('Sprint', 'sprint', 'po', 3), item('customers', 'customer', 'pm', 3), item('estimate', 'estimate', 'po', 2),
      item('revenue', 'revenue', 'pm', 2), item('tasks', 'task', 'po', 1), item('segment', 'segment', 'pm', 1),
    ]);
    assert.strictEqual(leanSummary(balanced), 'is balanced (50% PM): PO "sprint", "estimate"; PM "customer", "revenue"');
  });

  it('names the leaning side\'s evidence and its share for a lean', () => {
    const po = verdict('po', [item('backlog', 'backlog', 'po', 6), item('customer', 'customer', 'pm', 2), item('sprint', 'sprint', 'po', 2)]);
    assert.strictEqual(leanSummary(po), 'leans PO (80% PO): "backlog", "sprint"');
  });

  it('counts a term once however it is written ("customer", "customers")', () => {
    const evidence = [item('Customers', 'customer', 'pm', 5), item('customer', 'customer', 'pm', 2), item('revenue', 'revenue', 'pm', 1)];
    assert.strictEqual(topTerms(evidence, 'pm'), '"customer", "revenue"');
  });
});

describe('describe: topPhrases and leanLabel', () => {
  it('lists one entry per term and side, with its strongest phrase and the weight of all its occurrences', () => {
    const evidence = [item('Customers', 'customer', 'pm', 5), item('sprint', 'sprint', 'po', 4), item('customer', 'customer', 'pm', 2), item('customers', 'customer', 'pm', 1)];
    const top = topPhrases(evidence);
    assert.deepStrictEqual(top.map((e) => [e.phrase, e.term, e.weight]), [['Customers', 'customer', 8], ['sprint', 'sprint', 4]]);
  });

  it('keeps one term on two sides apart (a user term may be on either)', () => {
    const top = topPhrases([item('launch', 'launch', 'po', 2), item('launch', 'launch', 'pm', 1)]);
    assert.deepStrictEqual(top.map((e) => e.side), ['po', 'pm']);
  });

  it('labels a lean with its own side\'s share, and no verdict with nothing', () => {
    const evidence = [item('backlog', 'backlog', 'po', 3), item('customer', 'customer', 'pm', 1)];
    assert.strictEqual(leanLabel(verdict('po', evidence)), 'PO 75% · how');
    assert.strictEqual(leanLabel(verdict('unclear', evidence)), undefined);
  });
});
