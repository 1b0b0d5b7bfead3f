import * as assert from 'assert';
import { analyze, DIRECTIVE_PREFIX, directiveText, parseDirective } from '../../../src/core';
import { lensWith } from './smallModel';

const STORY = '- [ ] As a shopper, I want receipts.';
const lines = (text: string, rule?: string) =>
  analyze(text).findings.filter((f) => !rule || f.rule === rule).map((f) => f.range.start.line);
const small = lensWith();
const phrases = (text: string) => small(text).document.evidence.map((e) => `${e.phrase} ${e.weight}`).sort();

describe('directives', () => {
  it('writes exactly what it parses', () => {
    assert.strictEqual(directiveText('disable-next-section'), '<!-- backlog-lens-disable-next-section -->');
    assert.strictEqual(directiveText('disable', ['section-lean', 'story-without-value']), '<!-- backlog-lens-disable section-lean story-without-value -->');
    for (const kind of ['disable', 'enable', 'disable-next-section', 'disable-file'] as const) {
      const text = directiveText(kind, ['section-lean']);
      assert.ok(text.includes(DIRECTIVE_PREFIX));
      assert.deepStrictEqual(parseDirective(text.slice(4, -3)), { kind, rules: ['section-lean'] });
    }
    assert.deepStrictEqual(parseDirective(' backlog-lens-disable section-lean,story-without-value '), { kind: 'disable', rules: ['section-lean', 'story-without-value'] });
    assert.strictEqual(parseDirective('backlog-lens-snooze'), undefined);
    assert.strictEqual(parseDirective('a note'), undefined);
  });

  it('turns rules off for a region and back on', () => {
    const text = [STORY, directiveText('disable', ['story-without-value']), STORY, directiveText('enable', ['story-without-value']), STORY].join('\n');
    assert.deepStrictEqual(lines(text, 'story-without-value'), [0, 4]);
  });

  it('turns every rule off for a region without a rule list, up to the end when never enabled', () => {
    const text = [STORY, directiveText('disable'), STORY, '', STORY].join('\n');
    assert.deepStrictEqual(lines(text, 'story-without-value'), [0]);
  });

  it('collects no evidence in a region where every rule is off, but does where only some are', () => {
    const prose = 'Customers, revenue, churn and the retention of the market.';
    const after = 'Then the sprint backlog.';
    assert.ok(small(prose).document.pmShare !== null, 'the prose alone is judged');
    const off = `${directiveText('disable')}\n${prose}\n${directiveText('enable')}\n${after}`;
    assert.deepStrictEqual(phrases(off), phrases(after), 'only the text after the region counts');
    const someOff = `${directiveText('disable', ['section-lean'])}\n${prose}`;
    assert.deepStrictEqual(phrases(someOff), phrases(prose));
    assert.strictEqual(small(someOff).document.pmShare, small(prose).document.pmShare);
  });

  it('turns rules off for the next section and its subsections only', () => {
    const text = ['# Plan', directiveText('disable-next-section'), '## Stories', STORY, '### More', STORY, '## Later', STORY].join('\n');
    assert.deepStrictEqual(lines(text, 'story-without-value'), [7]);
    const sections = small(text).sections;
    assert.deepStrictEqual([sections[1].pmShare, sections[1].evidence], [null, []], 'the disabled section collected no evidence');
    assert.deepStrictEqual(sections[2].evidence, [], 'nor did its subsection');
    assert.notStrictEqual(sections[3].evidence.length, 0, 'the next section does');
  });

  it('turns rules off for the whole file wherever the directive stands', () => {
    assert.deepStrictEqual(lines(`${STORY}\n${directiveText('disable-file', ['story-without-value'])}`, 'story-without-value'), []);
    const text = `# Backlog\n${STORY}\nSprint tasks and estimates for the week.`;
    assert.notDeepStrictEqual(analyze(text).findings, []);
    assert.notStrictEqual(small(text).document.pmShare, null);
    const all = `${text}\n${directiveText('disable-file')}`;
    assert.deepStrictEqual(analyze(all).findings, []);
    assert.deepStrictEqual([small(all).document.pmShare, small(all).document.evidence], [null, []]);
  });

  it('treats `backlog-lens: off` in front matter like a file-wide directive', () => {
    const analysis = analyze(`---\nbacklog-lens: off\n---\n# Backlog\n${STORY}`);
    assert.strictEqual(analysis.optIn, false);
    assert.deepStrictEqual(analysis.findings, []);
  });

  it('ignores directive-looking text inside code', () => {
    assert.deepStrictEqual(lines(`\`\`\`\n${directiveText('disable-file')}\n\`\`\`\n${STORY}`, 'story-without-value'), [3]);
  });
});
