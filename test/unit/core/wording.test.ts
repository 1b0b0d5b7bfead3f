// How verdicts are put into words: on constructed evidence (the numbers do not depend on the lexicon), and on the
// engine's own verdicts, whose evidence is ranked by index.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../../src/core';
import { evidenceName, evidenceOf, leadingConcerns, leanLabel, topPhrases } from '../../../src/core/describe';
import { leanSummary, topTerms } from '../../../src/core/rules/wording';
import { item, verdict } from '../constructed';

describe('wording: leanSummary and topTerms', () => {
  it('names both sides\' evidence for a balanced verdict', () => {
    const balanced = verdict('balanced', [
      item('Sprint', 'sprint', 'po', 3), item('customers', 'customer', 'pm', 3), item('estimate', 'estimate', 'po', 2),
      item('revenue', 'revenue', 'pm', 2), item('tasks', 'task', 'po', 1), item('segment', 'segment', 'pm', 1),
    ], 0.5);
    assert.strictEqual(leanSummary(balanced), 'is balanced (50% PM): PO "Sprint", "estimate"; PM "customers", "revenue"');
  });

  it('names the leaning side\'s evidence and its share for a lean', () => {
    const po = verdict('po', [item('backlog', 'backlog', 'po', 6), item('customer', 'customer', 'pm', 2), item('sprint', 'sprint', 'po', 2)], 0.2);
    assert.strictEqual(leanSummary(po), 'leans PO (80% PO): "backlog", "sprint"');
  });

  it('calls a lean under two in three weak, and one at it not', () => {
    const evidence = [item('customer', 'customer', 'pm', 3), item('sprint', 'sprint', 'po', 2)];
    assert.strictEqual(leanSummary(verdict('pm', evidence, 0.6)), 'leans slightly PM (60% PM): "customer"');
    assert.strictEqual(leanSummary(verdict('po', evidence, 0.34)), 'leans slightly PO (66% PO): "sprint"');
    assert.strictEqual(leanSummary(verdict('pm', evidence, 0.67)), 'leans PM (67% PM): "customer"');
  });

  it('counts a term once however it is written ("customer", "customers"), quoting its strongest phrase as written', () => {
    const evidence = [item('Customers', 'customer', 'pm', 5), item('customer', 'customer', 'pm', 2), item('revenue', 'revenue', 'pm', 1)];
    assert.strictEqual(topTerms(evidence, 'pm'), '"Customers", "revenue"');
  });

  it('names structural cues without quotes, since they are not words of the document', () => {
    const evidence = [item('`make`', 'inline code', 'po', 3), item('deploy', 'deploy', 'po', 2), item('-', 'list item', 'po', 1)];
    assert.strictEqual(topTerms(evidence, 'po'), 'inline code, "deploy", list item');
    assert.deepStrictEqual(evidence.map((e) => evidenceName(e)), ['inline code', '“deploy”', 'list item']);
    // A word that happens to name a cue's topic is still a word: no cue name is a single plain word.
    assert.strictEqual(evidenceName(item('percentage', 'percentage', 'pm', 1)), '“percentage”');
  });
});

describe('describe: topPhrases and leanLabel', () => {
  it('lists one entry per term and side, with its strongest phrase and the weight of all its occurrences', () => {
    const evidence = [item('Customers', 'customer', 'pm', 5), item('sprint', 'sprint', 'po', 4), item('customer', 'customer', 'pm', 2), item('customers', 'customer', 'pm', 1)];
    const top = topPhrases(evidence);
    assert.deepStrictEqual(top.map((e) => [e.phrase, e.term, e.weight]), [['Customers', 'customer', 8], ['sprint', 'sprint', 4]]);
  });

  it('shows the strongest occurrence wherever it stands, ranks by the weight of all, ties in document order, one side when asked', () => {
    const evidence = [item('customer', 'customer', 'pm', 1), item('sprint', 'sprint', 'po', 3), item('Customers', 'customer', 'pm', 2), item('revenue', 'revenue', 'pm', 3)];
    assert.deepStrictEqual(topPhrases(evidence).map((e) => [e.phrase, e.weight]), [['Customers', 3], ['sprint', 3], ['revenue', 3]]);
    assert.deepStrictEqual(topPhrases(evidence, 5, 'pm').map((e) => e.phrase), ['Customers', 'revenue']);
    assert.deepStrictEqual(topPhrases(evidence, 1).map((e) => e.phrase), ['Customers']);
  });

  it('keeps one term on two sides apart (a user term may be on either)', () => {
    const top = topPhrases([item('launch', 'launch', 'po', 2), item('launch', 'launch', 'pm', 1)]);
    assert.deepStrictEqual(top.map((e) => e.side), ['po', 'pm']);
  });

  it('labels a lean with its own side\'s share, and no verdict with nothing', () => {
    const evidence = [item('backlog', 'backlog', 'po', 3), item('customer', 'customer', 'pm', 1)];
    assert.strictEqual(leanLabel(verdict('po', evidence, 0.25)), 'PO 75% · how');
    assert.strictEqual(leanLabel(verdict('po', evidence, 0.45)), 'PO 55% weak · how');
    assert.strictEqual(leanLabel(verdict('balanced', evidence, 0.45)), 'Balanced · PM 45%');
    assert.strictEqual(leanLabel(verdict('unclear', evidence, null)), undefined);
  });
});

describe('wording: the engine\'s verdicts read by index', () => {
  // The engine ranks a verdict's evidence as a run of numbers (`evidenceOf`); any other caller passes an array.
  const analyses = ['checkout-prd.md', 'product-backlog.md', 'roadmap.md', 'meeting-notes.md']
    .map((name) => analyze(readFileSync(join(__dirname, '../../../samples', name), 'utf8'), { terms: { po: ['spike'], pm: ['churn'], ignore: [] } }));

  it('ranks, names and weighs as the evidence array does, for every section and the document', () => {
    let compared = 0;
    for (const { document, sections } of analyses) {
      for (const judged of [document, ...sections]) {
        const array = judged.evidence;
        const run = evidenceOf(judged);
        assert.notStrictEqual(run, array, 'the engine\'s verdicts give a run');
        assert.strictEqual(run.length, array.length);
        for (const side of [undefined, 'po', 'pm'] as const) {
          assert.deepStrictEqual(topPhrases(run, 5, side), topPhrases(array, 5, side));
        }
        for (const side of ['po', 'pm'] as const) assert.deepStrictEqual(leadingConcerns(run, side), leadingConcerns(array, side));
        compared += array.length;
      }
    }
    assert.ok(compared > 100, `${compared} pieces compared`);
  });
});
