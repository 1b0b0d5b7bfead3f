// The lens as markdownlint custom rules, run through the markdownlint library itself. Expectations come from the
// engine's `analyze` on the same file, so these tests check the adapter (lines, ranges, directives, config),
// not the engine's verdicts.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import type { Configuration, LintError, Rule } from 'markdownlint';
import { analyze, rules as registry, type Finding } from '../../src/core';
import markdownlintRules, { ruleName, TAG } from '../../src/markdownlint/rule';

const root = join(__dirname, '../..');
const fixtures = join(root, 'test/fixtures/markdownlint');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** Only the lens's rules, each reported as markdownlint reports it. */
function run(text: string, customRules: Rule[] = markdownlintRules, config: Configuration = { default: false, [TAG]: true }): LintError[] {
  return lint({ strings: { doc: text }, customRules, config }).doc;
}

/** What markdownlint should report for an engine finding: 1-based line, the rule's name, the message. */
const expected = (findings: Finding[]) =>
  findings.map((finding) => ({ lineNumber: finding.range.start.line + 1, rule: ruleName(finding.rule), detail: finding.message }));
const reported = (errors: LintError[]) => errors.map((error) => ({ lineNumber: error.lineNumber, rule: error.ruleNames[0], detail: error.errorDetail }));
const byPosition = <T extends { lineNumber: number; rule: string }>(list: T[]) =>
  [...list].sort((a, b) => a.lineNumber - b.lineNumber || a.rule.localeCompare(b.rule));

describe('markdownlint custom rules', () => {
  it('are one rule per engine rule, tagged backlog-lens, linking to the rule page', () => {
    assert.deepEqual(markdownlintRules.map((rule) => rule.names[0]), registry.map((rule) => `backlog-lens/${rule.id}`));
    for (const [index, rule] of markdownlintRules.entries()) {
      assert.deepEqual(rule.tags, ['backlog-lens']);
      assert.equal(rule.description, registry[index].description);
      assert.ok(rule.information?.href.endsWith(`/${registry[index].docPath}`), rule.information?.href);
    }
  });

  it('report every finding of the engine at its line, with its message', () => {
    const text = read('checkout-backlog.md');
    const findings = analyze(text).findings;
    assert.ok(findings.some((f) => f.rule === 'story-without-value'), 'the fixture has a story without value');
    assert.ok(findings.some((f) => f.rule === 'section-lean'), 'the fixture has section leans');
    assert.deepEqual(byPosition(reported(run(text))), byPosition(expected(findings)));
  });

  it('point at the story within its line', () => {
    const text = read('checkout-backlog.md');
    const lines = text.split('\n');
    const stories = run(text).filter((error) => error.ruleNames[0] === 'backlog-lens/story-without-value');
    assert.ok(stories.length >= 2);
    for (const error of stories) {
      const line = lines[error.lineNumber - 1];
      assert.ok(error.errorRange, 'a range on the line');
      const [column, length] = error.errorRange;
      assert.match(line.slice(column - 1, column - 1 + length), /^As an? /, line);
      assert.ok(column - 1 + length <= line.length);
    }
  });

  it('count lines from the top of the file when it has front matter', () => {
    const text = read('checkout-backlog.md');
    assert.ok(text.startsWith('---\n'));
    const guest = text.split('\n').findIndex((line) => line.startsWith('As a first-time visitor')) + 1;
    const story = run(text).find((error) => error.ruleNames[0] === 'backlog-lens/story-without-value' && error.lineNumber === guest);
    assert.ok(story, `a story-without-value finding on line ${guest}`);
  });

  it('honour the lens directives, which markdownlint hides from rules', () => {
    const text = read('checkout-backlog.md');
    assert.ok(text.includes('<!-- backlog-lens-disable-next-section story-without-value -->'));
    const withoutDirective = text.replace('<!-- backlog-lens-disable-next-section story-without-value -->', '<!-- a comment of the same kind -->');
    const count = (source: string) => run(source).filter((error) => error.ruleNames[0] === 'backlog-lens/story-without-value').length;
    assert.equal(count(withoutDirective), count(text) + 1);
  });

  it('honour markdownlint\'s own inline configuration and tags', () => {
    const text = read('checkout-backlog.md');
    const disabled = run(`<!-- markdownlint-disable backlog-lens/section-lean -->\n${text}`);
    assert.ok(disabled.length > 0);
    assert.ok(disabled.every((error) => error.ruleNames[0] !== 'backlog-lens/section-lean'));
    assert.deepEqual(run(text, markdownlintRules, { default: false, [TAG]: false }), []);
    const onlyStories = run(text, markdownlintRules, { default: false, 'backlog-lens/story-without-value': true });
    assert.ok(onlyStories.length > 0 && onlyStories.every((error) => error.ruleNames[0] === 'backlog-lens/story-without-value'));
  });

  it('report nothing for a document whose front matter turns the lens off', () => {
    const text = read('research-notes.md');
    assert.deepEqual(analyze(text).findings, []);
    assert.ok(analyze(text.replace('backlog-lens: off', 'backlog-lens: on')).findings.length > 0, 'the fixture has findings when on');
    assert.deepEqual(run(text), []);
  });

  it('take extra terms from the rule configuration, and refuse bad ones', () => {
    const text = read('checkout-backlog.md');
    const terms = { po: [], pm: ['gateway', 'payment form', 'card', 'shopper'], ignore: ['story'] };
    const config = { default: false, 'backlog-lens/section-lean': { terms } };
    const sections = (findings: Finding[]) => findings.filter((finding) => finding.rule === 'section-lean');
    assert.notDeepEqual(sections(analyze(text, { terms }).findings), sections(analyze(text).findings), 'the terms change the verdicts');
    assert.deepEqual(byPosition(reported(run(text, markdownlintRules, config))), byPosition(expected(sections(analyze(text, { terms }).findings))));
    assert.throws(() => run(text, markdownlintRules, { default: false, 'backlog-lens/section-lean': { terms: { pm: 'card' } } }), /terms\.pm/);
  });

  it('ship as dist/markdownlint.js, resolvable as backlog-lens/markdownlint', () => {
    assert.ok(existsSync(join(root, 'dist/markdownlint.js')), 'dist/markdownlint.js is missing: run `npm run build` first');
    const built = createRequire(join(root, 'package.json'))('backlog-lens/markdownlint') as Rule[];
    assert.ok(Array.isArray(built), 'module.exports is the array of rules');
    const text = read('checkout-backlog.md');
    assert.deepEqual(byPosition(reported(run(text, built))), byPosition(reported(run(text))));
  });
});
