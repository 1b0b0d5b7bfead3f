import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, type Analysis, type LensOptions, type Range } from '../../../src/core';
import { foldCase } from '../../../src/core/lexicon/words';

/** The lines as VS Code shows them: LF, CRLF and lone CR end lines; a leading BOM is not there. */
function linesOf(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * What every analysis must hold: ranges inside the text and in order, shares in [0, 1], each quoted phrase the
 * text at its range, and a user term's evidence that term as written (case aside).
 */
function checkInvariants(text: string, analysis: Analysis, terms: string[] = []): void {
  const lines = linesOf(text);
  const lengths = lines.map((line) => line.length);
  const userTerms = new Map(terms.map((term) => [term.trim().toLowerCase(), term.trim()]));
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
      const { start, end } = item.range;
      const atRange = start.line === end.line ? lines[start.line].slice(start.character, end.character) : [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join(' ').replace(/\s+/g, ' ');
      assert.strictEqual(item.phrase, atRange, `evidence "${item.phrase}" quotes the text at its range`);
      // Words compare lower-cased (İ is i̇), literal terms case-folded to the same length (İ is i): either way, the term.
      const term = userTerms.get(item.term);
      const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase() || foldCase(a) === foldCase(b);
      if (term !== undefined) assert.ok(same(item.phrase, term), `user term "${term}" found as "${item.phrase}"`);
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

/** Custom terms that lower-casing changes in length or in form: İ (two code units lower-cased), ß, combining marks, final sigma. */
const TERMS = ['c++', 'İzmir#', 'İİ', 'straße++', 'ß', 'cafe\u0301', 'café\u0301++', 'ΟΔΟΣ++', 'a.*b', 'sprint review', '<command:x?>', 'i\u0307+'];
const TERM_PIECES = ['İ', 'i\u0307', 'ß', 'SS', '\u0301', 'Σ', 'ς', 'σ', ...TERMS.map((term) => `${term} `), ...TERMS.map((term) => term.toUpperCase())];

/** Shapes that nest: block quotes and lists many levels deep, headings of every level, fences in lists, directives. */
const DEEP = fc.tuple(fc.constantFrom('> ', '- ', '  - ', '1. ', '* ', '#', '<!-- ', '`', '**', '['), fc.integer({ min: 1, max: 300 })).map(([piece, times]) => piece.repeat(times));
const DIRECTIVES = ['<!-- backlog-lens-disable -->', '<!-- backlog-lens-enable -->', '<!-- backlog-lens-disable-next-section section-lean -->', '<!-- backlog-lens-disable-file -->',
  '<!-- backlog-lens-disable story-without-value, item-without-acceptance -->', '---\nbacklog-lens: off\n---\n', '---\nbacklog-lens:\n  expect: pm\n---\n'];

const markdownish = fc.array(fc.oneof(
  fc.constantFrom(...PIECES), fc.constantFrom(...TERM_PIECES), fc.constantFrom(...DIRECTIVES), DEEP, fc.string(), fc.string({ unit: 'binary' }),
), { maxLength: 60 }).map((parts) => parts.join(''));

/** A few term lists, each run in one batch: the engine keeps one lexicon, built again whenever the terms change. */
const TERM_LISTS: LensOptions['terms'][] = [
  { po: [], pm: [], ignore: [] },
  { po: TERMS.slice(0, 6), pm: TERMS.slice(6), ignore: ['customer'] },
  { po: ['İİ', 'i\u0307+', 'ΟΔΟΣ++'], pm: ['ß', 'cafe\u0301'], ignore: ['sprint', 'İ'] },
];

describe('robustness', () => {
  // `analyze` has no exception guard: a throw here is a bug of the engine, seen in CI rather than hidden.
  it('never throws and keeps its invariants on generated documents, with custom terms', () => {
    for (const terms of TERM_LISTS) {
      fc.assert(fc.property(markdownish, (text) => checkInvariants(text, analyze(text, { terms }), [...terms.po, ...terms.pm])), { numRuns: 200 });
    }
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

  it('returns an analysis for non-string text instead of throwing', () => {
    assert.strictEqual(analyze(undefined as unknown as string).document.lean, 'unclear');
    const text = '# Sprint backlog\nEstimate the tasks and deploy the export to staging.';
    assert.deepStrictEqual(analyze(text, { terms: null as unknown as undefined }), analyze(text), 'null terms are the default terms');
  });

  it('throws a TypeError naming a malformed option, instead of answering "no evidence"', () => {
    const text = '# Plan\n\nThe 42 customers churn.\n';
    const bad = (options: unknown) => () => analyze(text, options as Partial<LensOptions>);
    assert.throws(bad({ terms: { po: [42] } }), { name: 'TypeError', message: 'analyze: options.terms.po[0] must be a string, not number.' });
    assert.throws(bad({ terms: { pm: 'churn' } }), { name: 'TypeError', message: 'analyze: options.terms.pm must be a list of strings, not "churn".' });
    assert.throws(bad({ terms: [] }), { message: 'analyze: options.terms must be an object of po, pm and ignore lists, not an array.' });
    assert.throws(bad({ rules: { 'section-lean': 'loud' } }), { message: 'analyze: options.rules["section-lean"] must be one of error, warning, information, hint, off, not "loud".' });
    assert.throws(bad('strict'), { message: 'analyze: options must be an object, not "strict".' });
    assert.ok(analyze(text, { terms: { po: ['churn'], pm: [], ignore: [] } }).document.evidence.some((e) => e.side === 'po' && e.phrase === 'churn'), 'valid terms still apply');
  });
});
