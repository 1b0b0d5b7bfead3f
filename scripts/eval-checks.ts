// Runs the role checks on the labelled documents of test/fixtures/checks and prints, per check, precision and
// recall of its findings (against the inline `<!-- expect: … -->` markers) and how often each piece's detector
// agrees with the labels of pieces.json: over all documents, per batch of documents written later (see
// pieces.json), then on the held-out documents that no detector was tuned on. Usage: npm run eval
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core';
import { checkReport, type CheckReport } from '../src/core/checks/report';
import { expectedFindings } from '../test/unit/core/expectations';

const CHECKS = ['backlog-without-goal', 'item-without-acceptance', 'unordered-backlog', 'brief-without-customer', 'brief-without-problem', 'brief-without-objective', 'brief-without-measure'];
const TARGET = 0.9;
type Piece = 'goal' | 'order' | 'customer' | 'problem' | 'objective' | 'measure';
const PIECES: readonly Piece[] = ['goal', 'order', 'customer', 'problem', 'objective', 'measure'];

type Labels = Record<string, Partial<Record<Piece, boolean>> & { batch?: string }>;
const fixtures = resolve(import.meta.dirname, '../test/fixtures/checks');
const readLabels = (folder: string): Labels => JSON.parse(readFileSync(join(folder, 'pieces.json'), 'utf8'));
const markdownIn = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.md')).sort();

interface Tally {
  counts: Map<string, { tp: number; fp: number; fn: number }>;
  agreement: Map<Piece, { right: number; total: number }>;
  notes: string[];
}

function evaluate(folder: string, labels: Labels, names: readonly string[]): Tally {
  const tally: Tally = { counts: new Map(CHECKS.map((rule) => [rule, { tp: 0, fp: 0, fn: 0 }])), agreement: new Map(PIECES.map((piece) => [piece, { right: 0, total: 0 }])), notes: [] };
  for (const name of names) {
    const text = readFileSync(join(folder, name), 'utf8');
    const analysis = analyze(text);
    const actual = analysis.findings.filter((finding) => CHECKS.includes(finding.rule)).map((finding) => `${finding.rule}@${finding.range.start.line + 1}`);
    const expected = expectedFindings(text).filter((key) => CHECKS.includes(key.split('@')[0]));
    for (const key of new Set([...actual, ...expected])) {
      const count = tally.counts.get(key.split('@')[0])!;
      const found = actual.includes(key);
      const wanted = expected.includes(key);
      if (found && wanted) count.tp++;
      else if (found) count.fp++;
      else count.fn++;
      if (found !== wanted) tally.notes.push(`${name}: ${found ? 'false alarm' : 'missed'} ${key}`);
    }
    const report = checkReport(text, analysis.sections, analysis.document.lean, analysis.expect);
    for (const piece of PIECES) {
      const label = labels[name]?.[piece];
      if (label === undefined) continue;
      const agree = tally.agreement.get(piece)!;
      agree.total++;
      if (present(report, piece) === label) agree.right++;
      else tally.notes.push(`${name}: ${piece} labelled ${label ? 'present' : 'missing'}, detected ${label ? 'missing' : 'present'}`);
    }
  }
  return tally;
}

const pct = (part: number, whole: number) => (whole === 0 ? '   n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);

function print(title: string, { counts, agreement, notes }: Tally): void {
  console.log(`${title}
`);
  console.log('check                      findings  expected  precision  recall');
  for (const [rule, { tp, fp, fn }] of counts) {
    console.log(`${rule.padEnd(26)} ${String(tp + fp).padStart(8)}  ${String(tp + fn).padStart(8)}     ${pct(tp, tp + fp)}  ${pct(tp, tp + fn)}`);
  }
  console.log('\npiece       labelled  detector agrees');
  for (const [piece, { right, total }] of agreement) console.log(`${piece.padEnd(10)} ${String(total).padStart(9)}  ${pct(right, total)}`);
  console.log(notes.length === 0 ? '\nNo disagreement.\n' : `\n${notes.join('\n')}\n`);
}

const BATCHES: Record<string, string> = {
  '2': 'written after the first detectors (their misses here were then fixed)',
  '3': 'written after the batch 2 fixes (their misses here were then fixed)',
  '4': 'written after the batch 3 fixes (their misses here were then fixed)',
};
const labels = readLabels(fixtures);
const files = markdownIn(fixtures);
print(`Role checks on ${files.length} labelled documents (test/fixtures/checks), target ≥ ${TARGET * 100}% each`, evaluate(fixtures, labels, files));
for (const [batch, when] of Object.entries(BATCHES)) {
  const names = files.filter((name) => labels[name]?.batch === batch);
  print(`Batch ${batch}: ${names.length} documents ${when}`, evaluate(fixtures, labels, names));
}
const heldOut = join(fixtures, 'held-out');
const heldOutFiles = markdownIn(heldOut);
print(`Held out: ${heldOutFiles.length} documents written after the last fix and never tuned on (test/fixtures/checks/held-out)`, evaluate(heldOut, readLabels(heldOut), heldOutFiles));

function present(report: CheckReport, piece: Piece): boolean {
  if (piece === 'goal') return report.goal >= 0;
  if (piece === 'order') return report.ordered;
  return report.pieces[piece] >= 0;
}
