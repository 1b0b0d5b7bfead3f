import * as assert from 'assert';
import { plainEvidence, type Evidence } from '../../../src/core';
import { lensWith, SMALL_MODEL, type Lens } from './smallModel';

const small = lensWith();
const evidence = (text: string, lens: Lens = small) => lens(text).document.evidence;
const found = (text: string, lens: Lens = small) => evidence(text, lens).map((e) => `${e.side}:${e.phrase}`).sort();
const at = (e: Evidence) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}`;
const inOrder = (list: Evidence[]) => list.slice().sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

describe('evidence', () => {
  it('gives exact ranges for words and phrases, in UTF-16 columns, phrases running across a wrapped line', () => {
    const lens = lensWith({ po: ['acceptance criteria'], pm: ['pain points'] });
    const list = evidence('## Customers\n“Our customers’ pain points” 🚀 then the acceptance\ncriteria', lens);
    assert.deepStrictEqual(inOrder(list).map((e) => `${e.phrase}@${at(e)}`), [
      'Customers@0:3-0:12',
      'customers@1:5-1:14',
      'pain points@1:16-1:27',
      'acceptance criteria@1:41-2:8',
    ]);
  });

  it('reads as plain data: JSON and plainEvidence carry the phrase and range the evidence shows', () => {
    const [item] = evidence('Our customers\nwant it');
    const plain = { phrase: item.phrase, term: item.term, side: item.side, concern: item.concern, weight: item.weight, range: item.range };
    assert.deepStrictEqual(plain, { phrase: 'customers', term: 'customer', side: 'pm', concern: 'who', weight: 1.5, range: { start: { line: 0, character: 4 }, end: { line: 0, character: 13 } } });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(item)), plain);
    assert.deepStrictEqual(plainEvidence(item), plain);
    assert.deepStrictEqual(plainEvidence(item, 7), { ...plain, weight: 7 });
  });

  it('counts every form of a model term toward that term, with its side and concern', () => {
    const list = evidence('Customers churned over problems of users; backlogs grew.');
    const read = Object.fromEntries(list.map((e) => [e.phrase, `${e.term} ${e.side}/${e.concern} ${e.weight}`]));
    assert.deepStrictEqual(read, {
      Customers: 'customer pm/who 1.5',
      churned: 'churn pm/why 2',
      problems: 'problem pm/what 1',
      users: 'user pm/who 0.5',
      backlogs: 'backlog po/how 2',
    });
  });

  it('weighs the k-th repeat of a term in one section 1 / (1 + damping × k), whatever the form, afresh in each section', () => {
    const weights = (text: string, lens: Lens = small) => inOrder(evidence(text, lens)).map((e) => e.weight);
    const damped = (weight: number, damping: number, repeats: number) => Array.from({ length: repeats }, (_, k) => weight / (1 + damping * k));
    assert.deepStrictEqual(weights('customer, Customers and customer'), damped(1.5, SMALL_MODEL.repeatDamping, 3));
    const strong = lensWith({}, { ...SMALL_MODEL, repeatDamping: 3 });
    assert.deepStrictEqual(weights('customer customers customer customers', strong), damped(1.5, 3, 4));
    assert.deepStrictEqual(weights('# One\ncustomer customer\n# Two\ncustomer'), [1.5, 0.75, 1.5]);
  });

  it('prefers the longest phrase and does not count its words again', () => {
    const lens = lensWith({ po: ['user story', 'definition of done', 'story map', 'story map review'] });
    assert.deepStrictEqual(found('the user story', lens), ['po:user story']);
    assert.deepStrictEqual(found('the definition of done', lens), ['po:definition of done']);
    assert.deepStrictEqual(found('a story map review, then a story map', lens), ['po:story map', 'po:story map review']);
    assert.deepStrictEqual(found('each user\nstory', lens), ['po:user story'], 'across a wrapped line');
    assert.deepStrictEqual(found('the user writes a story'), ['pm:user', 'po:story'], 'without the phrase, its words count');
  });

  it('counts heading words exactly like prose', () => {
    const heading = small('# Customer churn\nnotes from the week');
    const prose = small('Customer churn notes from the week');
    assert.deepStrictEqual(heading.document.evidence.map((e) => [e.term, e.weight]), prose.document.evidence.map((e) => [e.term, e.weight]));
    assert.strictEqual(heading.document.pmShare, prose.document.pmShare);
  });

  it('adds user terms literally, whole words only, case-insensitive, never as regular expressions', () => {
    const lens = lensWith({ po: ['c++', 'a.*b', 'Story Map', '(x'], pm: ['ARR uplift'] });
    assert.deepStrictEqual(found('We port C++ daily; the a.*b rule; the STORY map; arr uplift; see (x here.', lens), ['pm:arr uplift', 'po:(x', 'po:C++', 'po:STORY map', 'po:a.*b']);
    assert.deepStrictEqual(found('abc c+++ xa.*b a-b axxb storymap arr-uplifts (xy', lens), [], 'no partial words and no pattern semantics');
    assert.deepStrictEqual(found('# C++ rewrite', lens), ['po:C++'], 'in headings too');
  });

  it('gives literal terms exact ranges when lower-casing changes the length (İ), with marks and final sigma', () => {
    // Each İ before the term shifted its range by one: `İİİİ c++` gave characters 9-12 of an 8-character line.
    const lens = lensWith({ po: ['c++', 'İzmir#', 'café\u0301++', 'οδος++'] });
    const text = '# Plan\n\nİİİİ c++ and İZMİR# then CAFÉ\u0301++ and ΟΔΟΣ++ İ\n';
    const line = text.split('\n')[2];
    const list = evidence(text, lens).filter((e) => e.range.start.line === 2);
    assert.deepStrictEqual(list.map((e) => [e.phrase, line.slice(e.range.start.character, e.range.end.character)]), [
      ['c++', 'c++'], ['İZMİR#', 'İZMİR#'], ['CAFÉ\u0301++', 'CAFÉ\u0301++'], ['ΟΔΟΣ++', 'ΟΔΟΣ++'],
    ]);
    assert.deepStrictEqual(at(list[0]), '2:5-2:8');
    assert.deepStrictEqual(found('cafe++ café++', lensWith({ po: ['café\u0301++'] })), [], 'a base letter without its mark is another word');
  });

  it('keeps evidence in document order when a directive ends a line that holds a literal term', () => {
    // The directive flushed the line's words before its literal terms were matched: café came before C++.
    const list = evidence('C++ café <!-- backlog-lens-enable -->\nmore', lensWith({ po: ['c++'], pm: ['café'] }));
    assert.deepStrictEqual(list.map((e) => `${e.phrase}@${at(e)}`), ['C++@0:0-0:3', 'café@0:4-0:8']);
  });

  it('lets a user term take a word from the model, and only the form it names', () => {
    const list = evidence('customer customers', lensWith({ po: ['customer'] }));
    assert.deepStrictEqual(list.map((e) => `${e.side}:${e.phrase}`).sort(), ['pm:customers', 'po:customer']);
  });

  it('weighs a user term like the model\'s 95th-percentile term, on either side', () => {
    // Forty terms weighing 0.1, 0.2 … 4.0, every other one PO: the 95th percentile is the 39th, 3.9.
    const name = (i: number) => `w${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`;
    const terms = Array.from({ length: 40 }, (_, i) => (i % 2 ? `-${(i + 1) / 10} ${name(i)}` : `${(i + 1) / 10} what ${name(i)}`));
    const lens = lensWith({ po: ['zorblax'], pm: ['quuxly'] }, { ...SMALL_MODEL, terms });
    assert.deepStrictEqual(evidence('zorblax and quuxly', lens).map((e) => `${e.side}:${e.phrase}:${e.weight}`), ['po:zorblax:3.9', 'pm:quuxly:3.9']);
  });

  it('ignores every form of a model term that `ignore` names, and keeps user terms', () => {
    assert.deepStrictEqual(found('customer, Customers and sprints', lensWith({ ignore: ['customers'] })), ['po:sprints']);
    const [sprint] = evidence('sprint', lensWith({ po: ['sprint'], ignore: ['Sprint'] }));
    assert.strictEqual(sprint.weight, evidence('zorblax', lensWith({ po: ['zorblax'] }))[0].weight, 'the user term, not the model\'s');
  });
});

describe('structural cues', () => {
  const cues = (text: string) => inOrder(evidence(text)).map((e) => `${e.term}:${e.phrase}`);

  it('reads list items, checkboxes, tables, quotes, inline code and code blocks', () => {
    const text = '- plain item\n1. numbered\n- [ ] open\n* [x] done\n\n| a | b |\n\n> quoted\n\nRun `make` now.\n\n```sh\nmake\n```';
    assert.deepStrictEqual(cues(text), [
      'list item:-', 'list item:1.', 'task checkbox:[ ]', 'task checkbox:[x]', 'done:done', 'table row:|', 'block quote:>', 'inline code:`make`', 'code block:```sh',
    ]);
  });

  it('reads Given/When/Then, story points after a number, and a user story with its "so that"', () => {
    const text = 'Given a shopper\nWhen they pay\n\nAbout 3 points, (5 SP) or 8pts; the points table.\n\nAs a shopper, I want receipts, so that I can file them.';
    assert.deepStrictEqual(cues(text), [
      'given/when/then:Given', 'story points:points', 'story points:SP', 'story points:pts', 'user story:As a', 'so that:so that',
    ]);
  });

  it('reads numbers, percentages, questions, snake_case names and slashed paths in prose, not in code, links or words', () => {
    const inline = new Set(['number (digits)', 'percentage (%)', 'question mark', 'snake_case name', 'slashed path']);
    const found = (text: string) => cues(text).filter((cue) => inline.has(cue.split(':')[0]));
    assert.deepStrictEqual(found('Cut churn by 40% (or 12 %) in Q3 and v2? Ship 1.5 now, not 2x, in 3 points.'), [
      'percentage (%):40%', 'percentage (%):12 %', 'question mark:?', 'number (digits):1.5',
    ]);
    assert.deepStrictEqual(found('Why does user_id go to src/app.ts and/or the api?\nNot _this_, `a_b/c 7` or [docs](https://x.io/a_b/7).'), [
      'snake_case name:user_id', 'slashed path:src/app.ts', 'slashed path:and/or', 'question mark:?',
    ]);
  });

  it('weigh as the model says, with the side of their sign, and repeat like terms', () => {
    const list = inOrder(evidence('- one\n- two\n\n> Given a quote'));
    const read = list.map((e) => `${e.term} ${e.side}/${e.concern} ${e.weight}`);
    const { cues: weights, repeatDamping } = SMALL_MODEL;
    assert.deepStrictEqual(read, [
      `list item pm/what ${weights['list item']}`,
      `list item pm/what ${weights['list item'] / (1 + repeatDamping)}`,
      `block quote pm/what ${weights['block quote']}`,
      `given/when/then po/how ${-weights['given/when/then']}`,
    ]);
    const why = evidence('As a shopper, I want receipts, so that I can file them.').find((e) => e.term === 'so that');
    assert.strictEqual(why?.concern, 'why');
  });

  it('does not read the role of a user story as evidence of a market', () => {
    assert.deepStrictEqual(cues('As a user, I want to log in, so that I can see my data.'), ['user story:As a', 'so that:so that']);
    assert.deepStrictEqual(cues('The user logs in.'), ['user:user']);
  });
});
