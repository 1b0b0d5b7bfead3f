import * as assert from 'assert';
import { analyze } from '../../../src/core';
import { CUE_NAMES } from '../../../src/core/model/model';
import { lensWith } from './smallModel';

const outline = (text: string) => analyze(text).sections.map((s) => `${s.level}:${s.heading}@${s.range.start.line}-${s.range.end.line}`);
const small = lensWith();
const cueNames = new Set<string>(CUE_NAMES);
/** The words read as evidence (structural cues aside), with a model that knows every word these tests use. */
const phrases = (text: string) => small(text).document.evidence.filter((e) => !cueNames.has(e.term)).map((e) => e.phrase.toLowerCase()).sort();

describe('document structure', () => {
  it('reads ATX headings, nests sections and ends each before the next heading of the same or a higher level', () => {
    const text = '# Plan\nintro\n## Problem\ntext\n### Detail\nmore\n## Tasks\nlast';
    assert.deepStrictEqual(outline(text), ['1:Plan@0-7', '2:Problem@2-5', '3:Detail@4-5', '2:Tasks@6-7']);
  });

  it('strips closing hashes and a trailing comment from ATX titles, and rejects 7 hashes or no space', () => {
    const text = '## Goals ##\n####### not a heading\n#hashtag\n## Risks <!-- note -->';
    assert.deepStrictEqual(analyze(text).sections.map((s) => s.heading), ['Goals', 'Risks']);
  });

  it('reads setext headings (=== and ---) and keeps --- after a blank line a thematic break', () => {
    const text = 'Key findings\n============\ntext\n\nRollout\n-------\nsteps\n\n---\n';
    assert.deepStrictEqual(outline(text), ['1:Key findings@0-9', '2:Rollout@4-9']);
  });

  it('gives the heading range in UTF-16 columns', () => {
    const [section] = analyze('## 🚀 Launch plan').sections;
    assert.deepStrictEqual(section.headingRange, { start: { line: 0, character: 3 }, end: { line: 0, character: 17 } });
  });

  it('treats a document without headings as one section with an empty heading at level 0', () => {
    const sections = analyze('Customers churn because onboarding is slow.\nRetention is the metric.').sections;
    assert.strictEqual(sections.length, 1);
    assert.strictEqual(sections[0].heading, '');
    assert.strictEqual(sections[0].level, 0);
    assert.deepStrictEqual(sections[0].range.end, { line: 1, character: 24 });
  });

  it('keeps prose before the first heading as a level-0 section, and drops an empty one', () => {
    assert.deepStrictEqual(outline('Customers and revenue first.\n# Plan\n'), ['0:@0-0', '1:Plan@1-2']);
    assert.deepStrictEqual(outline('\n<!-- just a comment -->\n# Plan'), ['1:Plan@2-2']);
  });

  it('skips fenced code (backticks and tildes, unterminated to the end) and indented code', () => {
    assert.deepStrictEqual(phrases('```\ncustomer revenue\n```\n~~~md\n# Not a heading\nchurn\n~~~\nsprint'), ['sprint']);
    assert.deepStrictEqual(phrases('sprint\n\n```\ncustomer\n# not a heading'), ['sprint']);
    assert.deepStrictEqual(outline('# A\n```\n# B'), ['1:A@0-2']);
    assert.deepStrictEqual(phrases('sprint\n\n    customer revenue\n'), ['sprint']);
  });

  it('reads indented lines inside lists and lazy paragraph lines as prose, not code', () => {
    assert.deepStrictEqual(phrases('- sprint\n\n    customer\n'), ['customer', 'sprint']);
    assert.deepStrictEqual(phrases('sprint\n    customer\n'), ['customer', 'sprint']);
  });

  it('skips inline code, link targets, reference labels and definitions, bare URLs, autolinks and tags', () => {
    const text = 'Use `customer` [backlog](https://x.io/revenue) [sprint][churn] https://market.io/persona <https://kpi.io> <span class="metric">task</span>\n[churn]: https://churn.io';
    assert.deepStrictEqual(phrases(text), ['backlog', 'sprint', 'task']);
  });

  it('skips HTML comments, also across lines', () => {
    assert.deepStrictEqual(phrases('sprint <!-- customer -->\n<!--\nrevenue\nchurn -->task'), ['sprint', 'task']);
  });

  it('reads YAML front matter for its own keys only and skips the rest', () => {
    const text = '---\ntitle: Customer revenue\nbacklog-lens: off\nbacklog-lens-expect: "pm"\n---\n# Plan';
    const analysis = analyze(text);
    assert.strictEqual(analysis.optIn, false);
    assert.strictEqual(analysis.expect, 'pm');
    assert.deepStrictEqual(outline(text), ['1:Plan@5-5']);
    assert.strictEqual(analyze('---\nbacklog-lens: on\n---\n').optIn, true);
    assert.strictEqual(analyze('---\nbacklog-lens: on\n').optIn, undefined, 'an unclosed block is not front matter');
  });

  it('reads front matter values with a trailing YAML comment', () => {
    const analysis = analyze('---\nbacklog-lens: on   # opt in\nbacklog-lens-expect: po # delivery\n---\n');
    assert.strictEqual(analysis.optIn, true);
    assert.strictEqual(analysis.expect, 'po');
  });

  it('still sees a setext heading right after a comment line (where the section directive goes)', () => {
    assert.deepStrictEqual(outline('<!-- note -->\nSprint review\n---\ntext'), ['2:Sprint review@1-3']);
  });

  it('counts columns the way VS Code does with CRLF, lone CR and a BOM', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const [section] = analyze(`intro${eol}## Sprint review${eol}text`).sections.filter((s) => s.level === 2);
      assert.deepStrictEqual(section.headingRange, { start: { line: 1, character: 3 }, end: { line: 1, character: 16 } }, JSON.stringify(eol));
    }
    const [bom] = analyze('\uFEFF# Sprint').sections;
    assert.deepStrictEqual(bom.headingRange, { start: { line: 0, character: 2 }, end: { line: 0, character: 8 } });
  });
});
