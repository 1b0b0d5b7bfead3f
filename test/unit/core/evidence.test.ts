import * as assert from 'assert';
import { analyze, type Evidence } from '../../../src/core';

const evidence = (text: string, options = {}) => analyze(text, options).document.evidence;
const found = (text: string, options = {}) => evidence(text, options).map((e) => `${e.side}:${e.phrase}`).sort();
const at = (e: Evidence) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}`;

describe('evidence', () => {
  it('gives exact ranges for words and phrases, in UTF-16 columns', () => {
    const list = evidence('## Goals\n“Our customers’ pain points” 🚀 then the acceptance\ncriteria');
    const byPhrase = new Map(list.map((e) => [e.phrase, e]));
    assert.strictEqual(at(byPhrase.get('Goals')!), '0:3-0:8');
    assert.strictEqual(at(byPhrase.get('customers')!), '1:5-1:14');
    assert.strictEqual(at(byPhrase.get('pain points')!), '1:16-1:27');
    assert.strictEqual(at(byPhrase.get('acceptance criteria')!), '1:41-2:8', 'phrases run across a wrapped line');
  });

  it('matches inflections of built-in terms and splits PM evidence into who, what and why', () => {
    const list = evidence('Customers prioritized problems; churning users; the estimates.');
    const concerns = Object.fromEntries(list.map((e) => [e.phrase.toLowerCase(), `${e.side}/${e.concern}`]));
    assert.deepStrictEqual(concerns, { customers: 'pm/who', prioritized: 'po/how', problems: 'pm/what', churning: 'pm/why', users: 'pm/who', estimates: 'po/how' });
  });

  it('prefers the longest phrase and does not count its words again', () => {
    assert.deepStrictEqual(found('the user story'), ['po:user story']);
    assert.deepStrictEqual(found('the definition of done'), ['po:definition of done']);
  });

  it('counts a term in a heading double and heading-only words only in headings', () => {
    const [heading] = evidence('## Tasks');
    const [body] = evidence('tasks');
    assert.strictEqual(heading.weight, 2 * body.weight);
    assert.deepStrictEqual(found('## Doing\ndoing'), ['po:Doing']);
  });

  it('weighs repeats of one term less and less', () => {
    const weights = evidence('customer customer customer').map((e) => e.weight).sort((a, b) => b - a);
    assert.ok(weights[0] > weights[1] && weights[1] > weights[2]);
  });

  it('reads structural cues: checklists, Given/When/Then, story points, user stories', () => {
    const cues = evidence('- [ ] Build export (3 points)\n\nGiven a shopper\nWhen they pay\n\nAs a shopper, I want receipts, so that I can file them.')
      .map((e) => e.term);
    for (const cue of ['checklist item', 'story points', 'given/when/then', 'user story', 'so that']) assert.ok(cues.includes(cue), cue);
  });

  it('does not call user-story syntax alone a PM section', () => {
    const verdict = analyze('As a user, I want to log in, so that I can see my data.').document;
    assert.notStrictEqual(verdict.lean, 'pm');
  });

  it('adds user terms literally, whole words only, case-insensitive, never as regular expressions', () => {
    const options = { terms: { po: ['c++', 'a.*b', 'Story Map'], pm: ['ARR uplift'], ignore: [] } };
    assert.deepStrictEqual(found('We port C++ daily; the a.*b rule; the story map; arr uplift.', options), ['pm:arr uplift', 'po:C++', 'po:a.*b', 'po:story map']);
    assert.deepStrictEqual(found('abc c+++ xa.*b a-b axxb storymap', options), [], 'no partial words and no pattern semantics');
    assert.deepStrictEqual(found('# C++ rewrite', options), ['po:C++'], 'in headings too');
  });

  it('ignores built-in terms with all their inflections, and keeps user terms', () => {
    assert.deepStrictEqual(found('customers and sprints', { terms: { po: [], pm: [], ignore: ['customer'] } }), ['po:sprints']);
    assert.deepStrictEqual(found('sprint', { terms: { po: ['sprint'], pm: [], ignore: ['sprint'] } }), ['po:sprint']);
  });
});

describe('verdicts', () => {
  it('computes the PM share from weights and leans po, pm or balanced', () => {
    assert.strictEqual(analyze('Customers, revenue, retention and churn drive the market strategy.').document.lean, 'pm');
    assert.strictEqual(analyze('Sprint backlog: estimate tasks, acceptance criteria, deploy to staging.').document.lean, 'po');
    const balanced = analyze('Customers and revenue matter. The sprint backlog and acceptance criteria too.').document;
    assert.strictEqual(balanced.lean, 'balanced');
    assert.ok(balanced.pmShare! > 0.35 && balanced.pmShare! < 0.65);
  });

  it('gives no verdict on thin evidence and a null share without any', () => {
    assert.strictEqual(analyze('The customer called.').document.lean, 'unclear');
    const heading = analyze('# Product backlog\n\nNotes follow.').document;
    assert.ok(heading.poWeight >= 4, 'a heading phrase alone weighs past the floor');
    assert.strictEqual(heading.lean, 'unclear', 'but one phrase is no verdict');
    const empty = analyze('Nothing to see here.').document;
    assert.strictEqual(empty.lean, 'unclear');
    assert.strictEqual(empty.pmShare, null);
  });

  it('judges a parent section by its own text while the document adds everything up', () => {
    const analysis = analyze('# Launch\nSprint backlog, tasks and estimates.\n## Market\nCustomers, revenue, competitors, churn and retention.');
    assert.deepStrictEqual(analysis.sections.map((s) => s.lean), ['po', 'pm']);
    const { poWeight, pmWeight } = analysis.document;
    assert.strictEqual(poWeight + pmWeight, analysis.sections.reduce((sum, s) => sum + s.poWeight + s.pmWeight, 0));
  });

  it('lists evidence strongest first, ties in document order', () => {
    const list = evidence('# Sprint\ncustomer sprint customer backlog churn task');
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1], list[i]];
      assert.ok(a.weight > b.weight || (a.weight === b.weight && (a.range.start.line < b.range.start.line || a.range.start.character < b.range.start.character)));
    }
  });
});
