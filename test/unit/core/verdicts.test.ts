import * as assert from 'assert';
import type { Evidence } from '../../../src/core';
import { lensWith, shareByFormula, SMALL_MODEL } from './smallModel';

const small = lensWith();
/** Words as the engine counts them in plain prose: runs of letters. */
const wordCount = (text: string) => text.match(/[A-Za-z]+/g)?.length ?? 0;
const closeTo = (actual: number | null, expected: number, message?: string) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-12, `${message ?? ''} ${actual} ≠ ${expected}`);
const filler = (words: number) => ' and'.repeat(words);

describe('verdicts', () => {
  it('give the PM share as σ(bias + (ΣPM − ΣPO) / √max(words, length floor)), and lean to the side past one half', () => {
    for (const text of ['Customers churn, and revenue is the problem of the market.', 'The sprint backlog: tasks, stories and done.', `Customer backlog${filler(30)}.`]) {
      const { document } = small(text);
      closeTo(document.pmShare, shareByFormula(SMALL_MODEL, document.evidence, wordCount(text)), text);
    }
    assert.strictEqual(small('Customers churn, and revenue is the problem of the market.').document.lean, 'pm');
    assert.strictEqual(small('The sprint backlog: tasks, stories and done.').document.lean, 'po');
  });

  it('scale the evidence by the square root of the length, never below the length floor', () => {
    const evidenceShare = (words: number) => {
      const { pmWeight, poWeight } = small(`customer churn${filler(words - 2)}`).document;
      return pmWeight - poWeight;
    };
    assert.strictEqual(evidenceShare(4), evidenceShare(SMALL_MODEL.lengthFloor), 'short texts count as long as the floor');
    const ratio = evidenceShare(40) / evidenceShare(160);
    assert.ok(Math.abs(ratio - 2) < 1e-9, `four times the words, half the pull: ${ratio}`);
    const { poWeight, pmWeight } = small(`customer backlog churn${filler(97)}`).document;
    closeTo(pmWeight, 3.5 / 10, 'pmWeight is the PM evidence over √100');
    closeTo(poWeight, 2 / 10, 'poWeight is the PO evidence over √100');
  });

  it('are unclear with fewer words than the model\'s minimum or without evidence, and the evidence is still listed', () => {
    const short = small('Customer churn revenue.').document;
    assert.deepStrictEqual([short.lean, short.pmShare, short.evidence.length], ['unclear', null, 3]);
    assert.strictEqual(small('Customer churn revenue matters.').document.lean, 'pm', 'four words are enough for this model');
    assert.strictEqual(lensWith({}, { ...SMALL_MODEL, minWords: 2 })('Customer churn revenue.').document.lean, 'pm');
    const empty = small('Nothing here to judge at all today.').document;
    assert.deepStrictEqual([empty.lean, empty.pmShare, empty.evidence], ['unclear', null, []]);
  });

  it('are balanced within the model\'s margin of one half', () => {
    const text = 'A customer note for this week.'; // σ(−0.5 + 1.5 / √10) ≈ 0.494
    const near = small(text).document;
    assert.ok(Math.abs(near.pmShare! - 0.5) <= SMALL_MODEL.balancedMargin && near.pmShare! < 0.5, String(near.pmShare));
    assert.strictEqual(near.lean, 'balanced');
    const unbalanced = lensWith({}, { ...SMALL_MODEL, balancedMargin: 0 });
    assert.strictEqual(unbalanced(text).document.lean, 'unclear', 'no margin, no balance, and no PO evidence for a PO lean');
    assert.strictEqual(unbalanced('A customer note on the sprint.').document.lean, 'po', 'σ(−0.5 + (1.5 − 1) / √10) < ½ with PO evidence');
    assert.strictEqual(small('A customer churn note for this week.').document.lean, 'pm');
  });

  it('give no lean that only the model\'s bias supports: the side it leans to must have evidence', () => {
    const weak = small(`A customer${filler(30)}.`).document; // σ(−0.5 + 1.5 / √32) < ½, and no PO evidence
    assert.deepStrictEqual([weak.lean, weak.pmShare, weak.evidence.length], ['unclear', null, 1]);
    const text = `A customer and a task${filler(28)}.`;
    const backed = small(text).document;
    assert.strictEqual(backed.lean, 'po');
    closeTo(backed.pmShare, shareByFormula(SMALL_MODEL, backed.evidence, wordCount(text)));
  });

  it('judge a parent section by its own text while the document adds up every section\'s evidence and words', () => {
    const parent = '# Launch\nbacklog, sprint and tasks for the week';
    const child = '## Market\ncustomer revenue, churn and market size';
    const analysis = small(`${parent}\n${child}`);
    assert.deepStrictEqual(analysis.sections.map((s) => s.lean), ['po', 'pm']);
    analysis.sections.forEach((section, i) => closeTo(section.pmShare, shareByFormula(SMALL_MODEL, section.evidence, wordCount([parent, child][i])), section.heading));
    const all = analysis.sections.flatMap((s) => s.evidence);
    assert.deepStrictEqual(new Set(analysis.document.evidence), new Set(all));
    closeTo(analysis.document.pmShare, shareByFormula(SMALL_MODEL, all, wordCount(parent) + wordCount(child)), 'document');
  });

  it('list evidence in document order, across sections too', () => {
    const read = (list: Evidence[]) => list.map((e) => `${e.phrase} ${e.weight}`);
    assert.deepStrictEqual(read(small('sprint customer sprint backlog customer\nchurn').document.evidence), [
      'sprint 1', 'customer 1.5', 'sprint 0.5', 'backlog 2', 'customer 0.75', 'churn 2',
    ]);
    assert.deepStrictEqual(read(small('# A\nchurn\n# B\nbacklog').document.evidence), ['churn 2', 'backlog 2'], 'across sections');
    // A story's cues are found before the words of its paragraph; the list still keeps document order.
    assert.deepStrictEqual(read(small('As a shopper, I want customer receipts, so that I can file them.').document.evidence), ['As a 0.3', 'customer 1.5', 'so that 0.7']);
  });
});
