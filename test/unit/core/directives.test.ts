import * as assert from 'assert';
import { analyze, DIRECTIVE_PREFIX, directiveText, parseDirective } from '../../../src/core';

const STORY = '- [ ] As a shopper, I want receipts.';
const lines = (text: string, rule?: string) =>
  analyze(text).findings.filter((f) => !rule || f.rule === rule).map((f) => f.range.start.line);

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
    const off = `${directiveText('disable')}\nCustomers, revenue, churn and retention.\n${directiveText('enable')}`;
    assert.strictEqual(analyze(off).document.pmShare, null);
    const someOff = `${directiveText('disable', ['section-lean'])}\nCustomers, revenue, churn and retention.`;
    assert.strictEqual(analyze(someOff).document.lean, 'pm');
  });

  it('turns rules off for the next section and its subsections only', () => {
    const text = ['# Plan', directiveText('disable-next-section'), '## Stories', STORY, '### More', STORY, '## Later', STORY].join('\n');
    assert.deepStrictEqual(lines(text, 'story-without-value'), [7]);
    const sections = analyze(text).sections;
    assert.strictEqual(sections[1].pmShare, null, 'the disabled section collected no evidence');
  });

  it('turns rules off for the whole file wherever the directive stands', () => {
    assert.deepStrictEqual(lines(`${STORY}\n${directiveText('disable-file', ['story-without-value'])}`, 'story-without-value'), []);
    const all = analyze(`# Backlog\n${STORY}\nSprint tasks and estimates.\n${directiveText('disable-file')}`);
    assert.deepStrictEqual(all.findings, []);
    assert.strictEqual(all.document.lean, 'unclear');
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
