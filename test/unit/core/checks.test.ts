// The role checks: the labelled documents of test/fixtures/checks (findings inline, pieces in pieces.json),
// then the edge cases one at a time, then each quick fix applied to the text.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze, type Analysis } from '../../../src/core';
import { checkFix, coverageFix, type CheckFix, type FixInput } from '../../../src/core/checks/fixes';
import { coverageOf } from '../../../src/core/checks/coverage';
import type { PieceId } from '../../../src/core/checks/pieces';
import { checkReport } from '../../../src/core/checks/report';
import { expectedFindings } from './expectations';
import { HOSTILE_SHAPES } from '../../../scripts/hostileShapes';

const FIXTURES = join(__dirname, '../../fixtures/checks');
const CHECKS = ['backlog-without-goal', 'item-without-acceptance', 'unordered-backlog', 'brief-without-customer', 'brief-without-problem', 'brief-without-objective', 'brief-without-measure'];

const checkFindings = (analysis: Analysis): string[] =>
  analysis.findings.filter((finding) => CHECKS.includes(finding.rule)).map((finding) => `${finding.rule}@${finding.range.start.line + 1}`).sort();
const rulesOf = (text: string): string[] => [...new Set(checkFindings(analyze(text)).map((key) => key.split('@')[0]))].sort();
const reportOf = (text: string) => {
  const analysis = analyze(text);
  return checkReport(text, analysis.sections, analysis.document.lean, analysis.expect);
};

describe('role checks: labelled documents', () => {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.md'));
  const labels: Record<string, Record<string, boolean | string>> = JSON.parse(readFileSync(join(FIXTURES, 'pieces.json'), 'utf8'));

  it('has a labelled set with every check expected somewhere and complete documents', () => {
    assert.ok(files.length >= 15);
    const all = files.flatMap((name) => expectedFindings(readFileSync(join(FIXTURES, name), 'utf8')));
    for (const rule of CHECKS) assert.ok(all.some((key) => key.startsWith(`${rule}@`)), `${rule} is expected in some fixture`);
    assert.ok(files.filter((name) => expectedFindings(readFileSync(join(FIXTURES, name), 'utf8')).length === 0).length >= 5, 'complete documents');
    assert.deepStrictEqual(Object.keys(labels).filter((key) => !key.startsWith('$')).sort(), [...files].sort());
  });

  it('has held-out documents, every one labelled (measured by npm run eval, not asserted here)', () => {
    const heldOut = join(FIXTURES, 'held-out');
    const names = readdirSync(heldOut).filter((name) => name.endsWith('.md')).sort();
    const heldOutLabels: Record<string, unknown> = JSON.parse(readFileSync(join(heldOut, 'pieces.json'), 'utf8'));
    assert.ok(names.length >= 5);
    assert.deepStrictEqual(Object.keys(heldOutLabels).filter((key) => !key.startsWith('$')).sort(), names);
  });

  for (const name of files) {
    it(`${name}: the expected findings, and the pieces its labels say`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const analysis = analyze(text);
      assert.deepStrictEqual(checkFindings(analysis), expectedFindings(text).filter((key) => CHECKS.includes(key.split('@')[0])));
      const report = checkReport(text, analysis.sections, analysis.document.lean, analysis.expect);
      const present: Record<string, boolean> = {
        goal: report.goal >= 0, order: report.ordered,
        customer: report.pieces.customer >= 0, problem: report.pieces.problem >= 0, objective: report.pieces.objective >= 0, measure: report.pieces.measure >= 0,
      };
      for (const [piece, label] of Object.entries(labels[name])) if (piece in present) assert.strictEqual(present[piece], label, piece);
    });
  }
});

const BACKLOG = `# Checkout backlog

- As a shopper, I want guest checkout, so that I need no account.
  - Given a visitor, when they pay, then no password is asked
- As a shopper, I want to pay by wallet, so that I skip the card form.
  - Given a phone with a wallet, then the wallet button shows
- As a shopper, I want to save my address, so that I type less.
  - Done when the address is offered at the next checkout
`;

const BRIEF = `# Brief: faster reorder

## Who

Repeat buyers on mobile, our largest segment.

## Problem

Finding last week's basket takes too long, so customers give up.

## Why now

Reorders are a third of revenue, and two competitors launched one-tap reorder.

## Success metrics

- Reorder conversion from 20% to 30% by Q3
`;

describe('role checks: when they apply', () => {
  it('a backlog without a goal is owed a Product Goal, a sprint plan a Sprint Goal', () => {
    assert.deepStrictEqual(rulesOf(BACKLOG), ['backlog-without-goal', 'unordered-backlog']);
    const sprint = BACKLOG.replace('# Checkout backlog', '# Sprint 14 plan');
    assert.match(analyze(sprint).findings.find((finding) => finding.rule === 'backlog-without-goal')?.message ?? '', /Sprint Goal/);
    assert.deepStrictEqual(rulesOf(sprint.replace('\n\n-', '\n\nProduct Goal: pay in a minute.\n\n-')), ['backlog-without-goal'], 'a Product Goal is not a Sprint Goal');
    assert.deepStrictEqual(rulesOf(sprint.replace('\n\n-', '\n\nSprint Goal: pay in a minute.\n\n-')), []);
  });

  it('a complete brief gets no finding, and each missing piece its own', () => {
    assert.deepStrictEqual(rulesOf(BRIEF), []);
    assert.deepStrictEqual(rulesOf(BRIEF.replace(/## Who\n\n.*\n/, '')), ['brief-without-customer']);
    assert.deepStrictEqual(rulesOf(BRIEF.replace('from 20% to 30% by Q3', 'is what we will watch')), ['brief-without-measure']);
    assert.deepStrictEqual(rulesOf(BRIEF.replace(/## Why now\n\n.*\n/, '')), ['brief-without-objective']);
    assert.deepStrictEqual(rulesOf(BRIEF.replace(/## Problem\n\n.*\n/, '')), ['brief-without-problem']);
  });

  it('the title decides before the lean: a PRD full of stories gets only the brief checks', () => {
    const prd = `# PRD: group booking\n\n${BRIEF.split('\n').slice(2).join('\n')}\n## Stories\n\n- As an agent, I want to upload a list, so that I do not retype names.\n- As an agent, I want to hold seats, so that the school can confirm.\n- [ ] Estimate at refinement, split into tasks, sprint planning on Monday (3 points)\n`;
    assert.deepStrictEqual(rulesOf(prd), []);
    assert.deepStrictEqual(rulesOf(prd.replace('from 20% to 30% by Q3', 'is what we will watch')), ['brief-without-measure']);
  });

  it('front matter `backlog-lens-expect` chooses the side whatever the title', () => {
    const notes = '# Release 4.2\n\n## Items\n\n- [ ] Move the export job\n\n## Risks\n\nThe upgrade may change fonts.\n';
    assert.deepStrictEqual(rulesOf(`---\nbacklog-lens-expect: po\n---\n${notes}`), ['backlog-without-goal']);
    assert.deepStrictEqual(rulesOf(`---\nbacklog-lens-expect: pm\n---\n${notes}`), ['brief-without-customer', 'brief-without-measure', 'brief-without-objective', 'brief-without-problem']);
    assert.deepStrictEqual(rulesOf(`---\nbacklog-lens-expect: pm\n---\n${BACKLOG}`).filter((rule) => !rule.startsWith('brief-')), [], 'no PO check on a declared PM document');
  });

  it('an OKR set owes an objective and measured key results, not a customer or a problem', () => {
    const okrs = '# OKRs Q3: growth\n\n## Objective\n\nNew teams stay.\n\n## Key results\n\n1. Week-4 retention from 52% to 60%\n';
    assert.deepStrictEqual(rulesOf(okrs), []);
    assert.deepStrictEqual(rulesOf(okrs.replace('from 52% to 60%', 'improves')), ['brief-without-measure']);
  });

  it('the lean alone decides only with a trace of the shape: an item for a backlog, a brief\'s heading for a brief', () => {
    const memo = '# Memo: growth bets\n\n## Context\n\nOur customers churn and revenue from the market segment is flat; competitors win on price.\n\n## Bets\n\nWin the agencies segment, grow retention and revenue.\n';
    assert.strictEqual(analyze(memo).document.lean, 'pm', 'the memo leans PM');
    assert.deepStrictEqual(rulesOf(memo), []);
    const design = '# Export service design\n\n## Tasks\n\nRefactor the export job, estimate the story points, and deploy behind a feature flag in the next sprint.\n\n## Implementation\n\nSplit the worker, add retries, and write the integration tests before the release.\n';
    assert.strictEqual(analyze(design).document.lean, 'po', 'the design note leans PO');
    assert.deepStrictEqual(rulesOf(design), []);
  });

  it('reads the goal, the order and acceptance criteria named in German, French or Spanish', () => {
    const german = BACKLOG.replace('\n\n-', '\n\n## Produktziel\n\nIn einer Minute bezahlen.\n\n## Einträge (nach Wert sortiert)\n\n-');
    assert.deepStrictEqual(rulesOf(german), []);
    assert.deepStrictEqual(rulesOf(BACKLOG.replace('\n\n-', '\n\n## Objectif produit\n\nPayer en une minute.\n\n## Éléments\n\nTriés par valeur.\n\n-')), []);
    assert.deepStrictEqual(rulesOf(BACKLOG.replace('\n\n-', '\n\n## Objetivo del producto\n\nPagar en un minuto.\n\n## Elementos\n\nOrdenados por valor.\n\n-')), []);
    assert.deepStrictEqual(rulesOf('# Checkout backlog\n\nProduct Goal: pay fast.\n\n- As a guest, I want to pay, so that I buy at once.\n  - Akzeptanzkriterien: kein Passwort\n'), []);
  });

  it('records of what happened are left alone', () => {
    assert.deepStrictEqual(rulesOf(BACKLOG.replace('# Checkout backlog', '# Sprint 12 retrospective')), []);
    assert.deepStrictEqual(rulesOf(BRIEF.replace('# Brief: faster reorder', '# Meeting notes: reorder brief').replace(/## Who\n\n.*\n/, '')), []);
  });

  it('a document that is one story owes acceptance criteria but no goal or order', () => {
    const story = '# User story: export orders\n\nAs a shop owner, I want to export last month\'s orders, so that I can do my taxes.\n';
    assert.deepStrictEqual(checkFindings(analyze(story)), ['item-without-acceptance@1']);
    assert.deepStrictEqual(rulesOf(`${story}\n## Acceptance criteria\n\n- The export is a CSV with one row per order\n`), []);
  });
});

describe('role checks: reading the document', () => {
  it('words in comments and code are not the document', () => {
    const hidden = BACKLOG.replace('\n\n-', '\n\n<!-- Product Goal: pay in a minute -->\n\n```\nProduct Goal: pay in a minute\n```\n\n-');
    assert.ok(rulesOf(hidden).includes('backlog-without-goal'));
  });

  it('a goal counts as a heading with text, a label, a quote or a sentence; "Non-goals" and an empty heading do not', () => {
    const withGoal = (goal: string) => BACKLOG.replace('\n\n-', `\n\n${goal}\n\n-`);
    for (const goal of ['## Product Goal\n\nPay in a minute.\n\n## Items', '**Product Goal:** pay in a minute.', 'Goal for Q2: pay in a minute.', '**North star:** pay in a minute.', '> Goal (Q3): pay in a minute.', 'Our Product Goal is to let shoppers pay in a minute.', 'Product goal — pay in a minute.']) {
      assert.ok(!rulesOf(withGoal(goal)).includes('backlog-without-goal'), goal);
    }
    for (const goal of ['## Non-goals\n\nNo crypto payments.\n\n## Items', '## Product Goal\n\n## Items', 'Each item names the Product Goal it serves.']) {
      assert.ok(rulesOf(withGoal(goal)).includes('backlog-without-goal'), goal);
    }
  });

  it('acceptance criteria: Given/When/Then, a labelled list, "Done when", a checklist under a headed item, a named section', () => {
    const headed = (body: string) => `# Payments backlog\n\nProduct Goal: pay in a minute.\n\n### Story: wallet\n\nAs a shopper, I want to pay by wallet, so that I skip the form.\n\n${body}\n\n### Story: receipts\n\nAs a shopper, I want a receipt, so that I can claim expenses.\n\n- [ ] A PDF receipt is emailed\n`;
    for (const body of ['Given a phone with a wallet, when the shopper pays, then no card form shows.', 'Acceptance criteria:\n\n- the wallet button shows', 'Done when the wallet pays.', '- [ ] The wallet button shows on phones', '#### AC\n\n1. shows on phones']) {
      assert.deepStrictEqual(rulesOf(headed(body)), [], body);
    }
    for (const body of ['Notes:\n\n- [ ] ask the payments team', 'Size: 5 points.']) assert.deepStrictEqual(rulesOf(headed(body)), ['item-without-acceptance'], body);
    const named = '# Checkout backlog\n\nProduct Goal: pay fast.\n\n- As a visitor, I want guest checkout, so that I need no account.\n- As a shopper, I want to save a card, so that I pay faster.\n\n## Acceptance criteria: guest checkout\n\n- No password is asked\n';
    assert.deepStrictEqual(checkFindings(analyze(named)), ['item-without-acceptance@6']);
  });

  it('an epic or feature whose children are items is a container, not an item', () => {
    const text = '# Warehouse backlog\n\nProduct Goal: no paper.\n\n## Feature: picking\n\n### Story: route\n\nAs a picker, I want a route, so that I walk less.\n\n- Given three aisles, then the picks come in aisle order\n';
    assert.deepStrictEqual(rulesOf(text), []);
  });

  it('a measure is a metric with a target: not a date range, not a metric named alone', () => {
    const measured = (line: string) => BRIEF.replace('- Reorder conversion from 20% to 30% by Q3', line);
    for (const line of ['- Churn below 5%', '- 400 paying shops by December', '- Time to reorder under two minutes', '| Metric | Baseline | Target |\n| --- | --- | --- |\n| Conversion | 20% | 30% |', '- Support tickets about reorders halve', '- KR1: 60% of buyers reorder in one tap', '- Weekly use by 35% of buyers within six months', '- Abandoned reorders down by half']) {
      assert.deepStrictEqual(rulesOf(measured(line)), [], line);
    }
    for (const line of ['- We will track conversion from 2 to 13 June', '- Conversion, measured weekly', '- From 2026 to 2027 we watch retention']) {
      assert.deepStrictEqual(rulesOf(measured(line)), ['brief-without-measure'], line);
    }
  });

  it('a customer stated in a sentence counts ("For small clinics that …"); "user stories" is not a customer heading', () => {
    const noWho = BRIEF.replace(/## Who\n\n.*\n/, '');
    assert.deepStrictEqual(rulesOf(noWho.replace('## Problem', 'For small clinics that still book by phone, scheduling eats the morning.\n\n## Problem')), []);
    assert.deepStrictEqual(rulesOf(noWho.replace('## Problem', '## User stories\n\n- As an admin I want export, so that I can audit.\n\n## Problem')), ['brief-without-customer']);
  });

  it('each check can be turned off, by setting or by directive', () => {
    assert.deepStrictEqual(rulesOf(BACKLOG).length, 2);
    assert.deepStrictEqual(checkFindings(analyze(BACKLOG, { rules: { 'backlog-without-goal': 'off', 'unordered-backlog': 'off' } })), []);
    assert.deepStrictEqual(rulesOf(`<!-- backlog-lens-disable-file backlog-without-goal -->\n${BACKLOG}`), ['unordered-backlog']);
    assert.strictEqual(analyze(BACKLOG, { rules: { 'unordered-backlog': 'error' } }).findings.find((finding) => finding.rule === 'unordered-backlog')?.severity, 'error');
  });

  // How the time grows with thousands of items: scaling.test.ts ('headed stories').
  it('finds every item of a backlog of thousands', () => {
    const big = BACKLOG + HOSTILE_SHAPES['headed stories'](400_000);
    const headings = big.match(/^## Story: /gm)!.length;
    assert.ok(headings > 4000);
    assert.strictEqual(reportOf(big).items.filter((item) => item.shape === 'heading').length, headings);
  });
});

/** The text a snippet leaves once every placeholder keeps its default (and a choice its first option). */
const expand = (snippet: string): string => snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\d+/g, '');

function applyFix(text: string, fix: CheckFix): string {
  const lines = text.split('\n');
  const before = lines.slice(0, fix.position.line).join('\n') + (fix.position.line > 0 ? '\n' : '') + lines[fix.position.line].slice(0, fix.position.character);
  return before + expand(fix.snippet) + text.slice(before.length);
}

function fixOf(text: string, rule: string): { fix: CheckFix; line: number } {
  const analysis = analyze(text);
  const finding = analysis.findings.find((candidate) => candidate.rule === rule);
  assert.ok(finding, `${rule} is reported`);
  const fix = checkFix(rule, finding.range.start.line, { text, sections: analysis.sections, lean: analysis.document.lean, expect: analysis.expect });
  assert.ok(fix, `${rule} has a fix`);
  return { fix, line: finding.range.start.line };
}

describe('role checks: quick fixes', () => {
  const cases: [string, string, string, RegExp][] = [
    ['backlog-without-goal', BACKLOG, 'Product Goal', /^# Checkout backlog\n\n## Product Goal: short name\n\n\*\*Future state:\*\*/],
    ['backlog-without-goal', BACKLOG.replace('# Checkout backlog', '# Sprint 14'), 'Sprint Goal', /^# Sprint 14\n\n## Sprint Goal: Sprint 1\n\n\*\*Objective:\*\*/],
    ['unordered-backlog', BACKLOG, 'order', /^# Checkout backlog\n\nOrdered by value to customers, highest first\.\n\n- As a shopper/],
    ['brief-without-customer', BRIEF.replace(/## Who\n\n.*\n\n/, ''), 'target customer', /^# Brief: faster reorder\n\n## Who\n\nthe customers or users who have this problem.*\n\n## Problem/],
    ['brief-without-problem', BRIEF.replace(/## Problem\n\n.*\n\n/, ''), 'customer problem', /## Who\n\n.*\n\n## What\n\nthe problem as they would describe it.*\n\n## Why now/],
    ['brief-without-objective', BRIEF.replace(/## Why now\n\n.*\n\n/, ''), 'business objective', /customers give up\.\n\n## Why\n\n.*\n\n## Success metrics/],
    ['brief-without-measure', BRIEF.replace(/## Success metrics\n\n.*\n/, ''), 'measure of success', /competitors launched one-tap reorder\.\n\n## Success metrics\n\n\| Metric \| Baseline \| Target \| Measured by \|\n\| --- \| --- \| --- \| --- \|\n\| metric \| today \| target \| data source \|/],
  ];
  for (const [rule, text, piece, shape] of cases) {
    it(`${rule}: inserts the ${piece} where it belongs, and the finding is gone`, () => {
      const { fix } = fixOf(text, rule);
      assert.strictEqual(fix.name, piece);
      const fixed = applyFix(text, fix);
      assert.match(fixed, shape);
      assert.ok(!rulesOf(fixed).includes(rule), fixed);
      assert.match(fix.snippet, /\$\{1[:|]/, 'tabstops start at 1');
    });
  }

  it('item-without-acceptance: a nested list under a listed story, a sub-heading under a headed one, a label after a paragraph', () => {
    const listed = '# Checkout backlog\n\nProduct Goal: pay fast.\n\n- [ ] As a shopper, I want a wallet, so that I skip the form.\n- [ ] As a shopper, I want receipts, so that I claim expenses.\n  - [ ] A PDF is emailed\n';
    const headed = '# Checkout backlog\n\nProduct Goal: pay fast.\n\n### Story: wallet\n\nAs a shopper, I want a wallet, so that I skip the form.\n\n### Story: receipts\n\nAs a shopper, I want receipts, so that I claim expenses.\n\nDone when a PDF is emailed.\n';
    const paragraph = '# Checkout backlog\n\nProduct Goal: pay fast.\n\nAs a shopper, I want a wallet, so that I skip the form.\nAs a shopper, I want receipts, so that I claim expenses.\nDone when a PDF is emailed.\n';
    const expected: [string, RegExp][] = [
      [listed, /so that I skip the form\.\n {2}- \*\*Given\*\* a starting context\n {2}- \*\*When\*\* the user does something\n {2}- \*\*Then\*\* the result they can observe\n- \[ \] As a shopper, I want receipts/],
      [headed, /so that I skip the form\.\n\n#### Acceptance criteria\n\n- \*\*Given\*\* a starting context\n- \*\*When\*\* .*\n- \*\*Then\*\* .*\n\n### Story: receipts/],
      [paragraph, /so that I skip the form\.\n\nAcceptance criteria:\n\n- \*\*Given\*\* a starting context\n.*\n.*\n\nAs a shopper, I want receipts/],
    ];
    for (const [text, shape] of expected) {
      const fixed = applyFix(text, fixOf(text, 'item-without-acceptance').fix);
      assert.match(fixed, shape);
      assert.deepStrictEqual(rulesOf(fixed), [], fixed);
    }
  });

  it('a goal fix in a document with front matter and no heading goes after the front matter', () => {
    const text = '---\nbacklog-lens-expect: po\n---\n- [ ] As a shopper, I want a wallet, so that I skip the form.\n  - Given a phone, then the wallet shows\n';
    const fixed = applyFix(text, fixOf(text, 'backlog-without-goal').fix);
    assert.match(fixed, /^---\nbacklog-lens-expect: po\n---\n## Product Goal: short name\n/);
    assert.deepStrictEqual(rulesOf(fixed), []);
  });

  it('the checklist can insert any brief piece or the goal, even where no rule asked', () => {
    const input = inputOf(BACKLOG);
    assert.strictEqual(coverageFix('goal', input)?.name, 'Product Goal');
    assert.match(coverageFix('measure', input)?.snippet ?? '', /## Success metrics/);
  });

  it('the checklist inserts nothing the text already answers or does not owe, whatever the button was drawn for', () => {
    const withGoal = BACKLOG.replace('\n\n-', '\n\nProduct Goal: pay in a minute.\n\n-');
    assert.strictEqual(coverageFix('goal', inputOf(withGoal)), undefined, 'a second goal');
    assert.strictEqual(coverageFix('customer', inputOf(BRIEF)), undefined, 'a second "Who"');
    assert.strictEqual(coverageFix('goal', inputOf('# Story: wallet\n\nAs a shopper, I want a wallet, so that I skip the form.\n')), undefined, 'a goal for one story');
    assert.strictEqual(coverageFix('order', inputOf(BACKLOG.replace('# Checkout backlog', '# Sprint 14 plan'))), undefined, 'an order for a sprint plan');
    assert.strictEqual(coverageFix('acceptance', inputOf(BACKLOG)), undefined, 'criteria where every item has them');
    assert.strictEqual(coverageFix('problem', inputOf(readFileSync(join(FIXTURES, 'growth-okrs-q3.md'), 'utf8'))), undefined, 'a problem for an OKR set');
  });

  it('a name that is not a rule has no fix, even one every object has', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) assert.strictEqual(checkFix(name, 0, inputOf(BRIEF)), undefined, name);
  });
});

function inputOf(text: string): FixInput {
  const analysis = analyze(text);
  return { text, sections: analysis.sections, lean: analysis.document.lean, expect: analysis.expect };
}

/** The rule that reports each checklist row missing. */
const RULE_OF_PIECE: Record<PieceId, string> = {
  goal: 'backlog-without-goal', acceptance: 'item-without-acceptance', order: 'unordered-backlog',
  customer: 'brief-without-customer', problem: 'brief-without-problem', objective: 'brief-without-objective', measure: 'brief-without-measure',
};

describe('role checks: the coverage checklist', () => {
  it('marks missing exactly what the rules report, on every labelled document', () => {
    const folders = [FIXTURES, join(FIXTURES, 'held-out')];
    const files = folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => join(folder, name)));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const reported = new Set(analyze(text).findings.map((finding) => finding.rule));
      const coverage = coverageOf(reportOf(text));
      const rows = [...coverage.po.map((row) => ({ row, checked: coverage.checked.po })), ...coverage.pm.map((row) => ({ row, checked: coverage.checked.pm }))];
      for (const { row, checked } of rows) {
        // The criteria row reads "missing" before there is any item; the rule speaks only of items without them.
        const owed = row.id === 'acceptance' ? coverage.items.withCriteria < coverage.items.total : row.applies && !row.answered;
        assert.strictEqual(checked && owed, reported.has(RULE_OF_PIECE[row.id]), `${file}: ${row.id}`);
      }
    }
  });

  it('an OKR set owes no customer and no problem: those rows are not needed and offer no insert', () => {
    const coverage = coverageOf(reportOf(readFileSync(join(FIXTURES, 'growth-okrs-q3.md'), 'utf8')));
    assert.deepStrictEqual(coverage.checked, { po: false, pm: true });
    assert.deepStrictEqual(coverage.pm.map((piece) => [piece.id, piece.applies, piece.insertable]), [
      ['customer', false, false], ['problem', false, false], ['objective', true, false], ['measure', true, false],
    ]);
  });

  const states = (text: string) => {
    const coverage = coverageOf(reportOf(text));
    return Object.fromEntries([...coverage.po, ...coverage.pm].map((piece) => [piece.id, piece.applies ? (piece.answered ? 'answered' : 'missing') : 'not needed']));
  };

  it('ticks what a sprint plan answers; order is not owed by a Sprint Backlog', () => {
    const coverage = coverageOf(reportOf(BACKLOG.replace('# Checkout backlog', '# Sprint 14 plan')));
    assert.strictEqual(coverage.goalKind, 'sprint');
    assert.deepStrictEqual(coverage.checked, { po: true, pm: false });
    assert.deepStrictEqual(coverage.items, { total: 3, withCriteria: 3 });
    assert.deepStrictEqual(states(BACKLOG.replace('# Checkout backlog', '# Sprint 14 plan')), {
      goal: 'missing', acceptance: 'answered', order: 'not needed', customer: 'missing', problem: 'missing', objective: 'missing', measure: 'missing',
    });
  });

  it('a complete brief answers every question, each with its line; an item without criteria is where the button goes', () => {
    const coverage = coverageOf(reportOf(BRIEF));
    assert.deepStrictEqual(coverage.checked, { po: false, pm: true });
    assert.deepStrictEqual(coverage.pm.map((piece) => [piece.id, piece.answered, piece.line + 1, piece.insertable]), [
      ['customer', true, 3, false], ['problem', true, 7, false], ['objective', true, 11, false], ['measure', true, 17, false],
    ]);
    const backlog = `${BACKLOG}- As a shopper, I want receipts, so that I claim expenses.\n`;
    const acceptance = coverageOf(reportOf(backlog)).po.find((piece) => piece.id === 'acceptance');
    assert.deepStrictEqual([acceptance?.answered, acceptance?.line, acceptance?.insertable], [false, 8, true]);
    assert.strictEqual(states(backlog).order, 'missing');
  });
});

