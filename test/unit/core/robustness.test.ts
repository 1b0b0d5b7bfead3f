import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, type Analysis, type Range } from '../../../src/core';

/** Line lengths as VS Code sees the text: LF, CRLF and lone CR end lines; a leading BOM is not there. */
function lineLengths(text: string): number[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((line) => line.length);
}

function checkInvariants(text: string, analysis: Analysis): void {
  const lengths = lineLengths(text);
  const inText = (range: Range, what: string) => {
    for (const position of [range.start, range.end]) {
      assert.ok(position.line >= 0 && position.line < lengths.length, `${what}: line ${position.line}`);
      assert.ok(position.character >= 0 && position.character <= lengths[position.line], `${what}: character ${position.character}`);
    }
    const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    assert.ok(ordered, `${what}: start after end`);
  };
  for (const verdict of [analysis.document, ...analysis.sections]) {
    if (verdict.pmShare !== null) assert.ok(verdict.pmShare >= 0 && verdict.pmShare <= 1, 'share within [0, 1]');
    verdict.evidence.forEach((item, i) => {
      inText(item.range, `evidence "${item.phrase}"`);
      const before = verdict.evidence[i - 1]?.range.start;
      if (before) assert.ok(before.line < item.range.start.line || (before.line === item.range.start.line && before.character <= item.range.start.character), 'evidence in document order');
    });
  }
  for (const section of analysis.sections) {
    inText(section.range, 'section');
    inText(section.headingRange, 'heading');
  }
  for (const finding of analysis.findings) inText(finding.range, `finding ${finding.rule}`);
}

/** Markdown-ish pieces, so generated documents reach headings, lists, fences, comments and directives. */
const PIECES = ['# ', '## ', '###### ', '\n', '\r\n', '\r', '- [ ] ', '```', '~~~', '    ', '<!--', '-->', 'backlog-lens-disable', 'backlog-lens-enable',
  'backlog-lens-disable-next-section', 'backlog-lens-disable-file', '---\n', '===\n', '`', '[', '](', ')', 'https://x.io/', '<a>', '\uFEFF', '\u0000', '\uD800', '🚀',
  'As a user, I want ', 'so that ', 'Given ', 'customer ', 'sprint ', 'acceptance criteria ', 'revenue. ', '3 points ', 'backlog-lens: off\n', 'c++ '];

const markdownish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.string({ unit: 'binary' })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('robustness', () => {
  it('never throws and keeps its invariants on generated documents', () => {
    fc.assert(
      fc.property(markdownish, fc.constantFrom<string[]>([], ["c++"], ["a.*b", "sprint review"]), (text, poTerms) => {
        checkInvariants(text, analyze(text, { terms: { po: poTerms, pm: [], ignore: ['customer'] } }));
      }),
      { numRuns: 400 },
    );
  });

  it('survives hostile inputs', () => {
    const inputs = [
      '',
      '\u0000\u0001\u0002\uFFFF',
      '\uD800\uDC00\uDFFF\uD800 sprint \uDBFF',
      `${'customer sprint `code` [a](b) <x '.repeat(30_000)}`,
      '\r\r\n\n\r',
      '\uFEFF',
      '```\nunterminated fence\n# not a heading',
      '<!-- never closed\n# not a heading',
      Array.from({ length: 1000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Level ${i}\nsprint customer`).join('\n'),
      Array.from({ length: 1000 }, () => '> - [ ] ').join('') + 'As a user I want',
    ];
    for (const text of inputs) checkInvariants(text, analyze(text));
  });

  it('handles a 10 MB single line', () => {
    const text = 'customers churn and the sprint slips '.repeat(10_000_000 / 37);
    const analysis = analyze(text);
    assert.strictEqual(analysis.document.lean === 'unclear', false);
    checkInvariants(text, analysis);
  });

  it('returns an analysis for non-string input instead of throwing', () => {
    assert.strictEqual(analyze(undefined as unknown as string).document.lean, 'unclear');
    const text = '# Sprint backlog\nEstimate the tasks and deploy the export to staging.';
    assert.deepStrictEqual(analyze(text, { terms: null as unknown as undefined }), analyze(text), 'null terms are the default terms');
  });
});
