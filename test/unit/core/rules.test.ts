import * as assert from 'assert';
import { analyze, rules } from '../../../src/core';

const ofRule = (text: string, rule: string, options = {}) => analyze(text, options).findings.filter((f) => f.rule === rule);
const PO_DOC = '# Sprint backlog\nEstimate the tasks, write acceptance criteria, deploy to staging.';
const PM_DOC = '# Market\nCustomers churn; revenue and retention are the success metrics.';

describe('rule registry', () => {
  it('lists every rule once with a default, one sentence and a doc page', () => {
    const ids = rules.map((rule) => rule.id);
    assert.deepStrictEqual(ids, [
      'document-lean', 'section-lean', 'story-without-value', 'backlog-without-goal', 'item-without-acceptance', 'unordered-backlog',
      'brief-without-customer', 'brief-without-problem', 'brief-without-objective', 'brief-without-measure',
    ]);
    for (const rule of rules) {
      assert.match(rule.description, /^[A-Z][^.]*\.$/, rule.id);
      assert.strictEqual(rule.docPath, `docs/rules/${rule.id}.md`);
    }
    assert.deepStrictEqual(rules.map((rule) => rule.defaultSeverity), ['information', 'hint', 'warning', 'warning', 'information', 'hint', 'warning', 'warning', 'warning', 'warning']);
  });

  it('applies configured severities and skips rules set to off', () => {
    assert.strictEqual(ofRule(PO_DOC, 'section-lean', { rules: { 'section-lean': 'error' } })[0].severity, 'error');
    assert.deepStrictEqual(ofRule(PO_DOC, 'section-lean', { rules: { 'section-lean': 'off' } }), []);
  });
});

describe('document-lean', () => {
  it('reports the lean with its share and top evidence on the first heading', () => {
    const [finding] = ofRule(PM_DOC, 'document-lean');
    assert.strictEqual(finding.severity, 'information');
    assert.match(finding.message, /^Document leans PM \(\d+% PM\): "[^"]+", "[^"]+"/);
    assert.deepStrictEqual(finding.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 8 } });
  });

  it('warns when the document leans against the declared intent', () => {
    const [finding] = ofRule(`---\nbacklog-lens-expect: pm\n---\n${PO_DOC}`, 'document-lean');
    assert.strictEqual(finding.severity, 'warning');
    assert.match(finding.message, /^Declared a PM document, but it leans PO/);
    assert.strictEqual(ofRule(`---\nbacklog-lens-expect: pm\n---\n${PM_DOC}`, 'document-lean')[0].severity, 'information');
  });

  it('says nothing without a verdict', () => {
    assert.deepStrictEqual(ofRule('# Notes\nSee you Tuesday.', 'document-lean'), []);
  });
});

describe('section-lean', () => {
  it('hints on each headed section with a verdict and points back to it', () => {
    const text = `${PO_DOC}\n## Misc\nLunch at noon.\n${PM_DOC.replace('#', '##')}`;
    const findings = ofRule(text, 'section-lean');
    assert.deepStrictEqual(findings.map((f) => [f.range.start.line, f.data?.sectionIndex]), [[0, 0], [4, 2]]);
    assert.match(findings[1].message, /^Section leans PM \(\d+% PM\)/);
  });
});

describe('story-without-value', () => {
  const range = (text: string) => ofRule(text, 'story-without-value').map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);

  it('ends the range where ", so that …" belongs, before closing punctuation', () => {
    assert.deepStrictEqual(range('- [ ] As a shopper, I want receipts.'), ['0:6-0:35']);
    assert.deepStrictEqual(range('As an admin I want `export` **now**!  '), ['0:0-0:35']);
    assert.deepStrictEqual(range('Story: as a user I need search. Then more text.'), ['0:7-0:30']);
  });

  it('follows a story across wrapped lines', () => {
    assert.deepStrictEqual(range('As a shopper,\nI want receipts\nby email.'), ['0:0-2:8']);
    assert.deepStrictEqual(range('As a shopper,\nI want receipts\nso that I can file them.'), []);
  });

  it('accepts the usual ways of stating a value', () => {
    for (const why of ['so that I can file them', 'so I can file them', 'in order to file them', 'because taxes']) {
      assert.deepStrictEqual(range(`As a shopper, I want receipts ${why}.`), [], why);
    }
    assert.deepStrictEqual(range('As a shopper, I want receipts. So that I can file them.'), []);
  });

  it('reads "so" followed by any clause as a value, but not "so" as an intensifier or filler', () => {
    for (const why of ['so notifications will not pile up', 'so support stops guessing', 'so every invoice matches', 'so as to file them']) {
      assert.deepStrictEqual(range(`As a shopper, I want receipts ${why}.`), [], why);
    }
    for (const filler of ['with totals, dates and so on', 'so much faster', 'for the orders so far', 'within a day or so', 'that load so quickly']) {
      assert.deepStrictEqual(range(`As a shopper, I want receipts ${filler}.`).length, 1, filler);
    }
  });

  it('reads job stories too, and leaves ordinary prose alone', () => {
    assert.deepStrictEqual(range('When I close the month, I want one report.'), ['0:0-0:41']);
    assert.deepStrictEqual(range('When I close the month, I want one report, so I can sleep.'), []);
    assert.deepStrictEqual(range('We want receipts. As a rule we ship on Fridays.'), []);
  });
});
