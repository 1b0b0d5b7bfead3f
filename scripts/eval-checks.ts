// Runs the role checks on the labelled documents of test/fixtures/checks and prints, per check, precision and
// recall of its findings (against the inline `<!-- expect: … -->` markers) and how often each piece's detector
// agrees with the labels of pieces.json. Usage: npm run eval [-- --verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core';
import { checkReport, type CheckReport } from '../src/core/checks/report';
import { expectedFindings } from '../test/unit/core/expectations';

const CHECKS = ['backlog-without-goal', 'item-without-acceptance', 'unordered-backlog', 'brief-without-customer', 'brief-without-problem', 'brief-without-objective', 'brief-without-measure'];
const TARGET = 0.9;
type Piece = 'goal' | 'order' | 'customer' | 'problem' | 'objective' | 'measure';
const PIECES: readonly Piece[] = ['goal', 'order', 'customer', 'problem', 'objective', 'measure'];

const verbose = process.argv.includes('--verbose');
const folder = resolve(import.meta.dirname, '../test/fixtures/checks');
const labels: Record<string, Partial<Record<Piece, boolean>>> = JSON.parse(readFileSync(join(folder, 'pieces.json'), 'utf8'));
const files = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();

const counts = new Map(CHECKS.map((rule) => [rule, { tp: 0, fp: 0, fn: 0 }]));
const agreement = new Map(PIECES.map((piece) => [piece, { right: 0, total: 0 }]));
const notes: string[] = [];
for (const name of files) {
  const text = readFileSync(join(folder, name), 'utf8');
  const analysis = analyze(text);
  const actual = analysis.findings.filter((finding) => CHECKS.includes(finding.rule)).map((finding) => `${finding.rule}@${finding.range.start.line + 1}`);
  const expected = expectedFindings(text).filter((key) => CHECKS.includes(key.split('@')[0]));
  for (const key of new Set([...actual, ...expected])) {
    const tally = counts.get(key.split('@')[0]);
    if (!tally) continue;
    const found = actual.includes(key);
    const wanted = expected.includes(key);
    if (found && wanted) tally.tp++;
    else if (found) {
      tally.fp++;
      notes.push(`${name}: false alarm ${key}`);
    } else {
      tally.fn++;
      notes.push(`${name}: missed ${key}`);
    }
  }
  const report = checkReport(text, analysis.sections, analysis.document.lean, analysis.expect);
  for (const piece of PIECES) {
    const label = labels[name]?.[piece];
    if (label === undefined) continue;
    const tally = agreement.get(piece)!;
    tally.total++;
    if (present(report, piece) === label) tally.right++;
    else notes.push(`${name}: ${piece} labelled ${label ? 'present' : 'missing'}, detected ${label ? 'missing' : 'present'}`);
  }
}

const pct = (part: number, whole: number) => (whole === 0 ? '   n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);
console.log(`Role checks on ${files.length} labelled documents (test/fixtures/checks), target ≥ ${TARGET * 100}% each\n`);
console.log('check                      findings  expected  precision  recall');
for (const [rule, { tp, fp, fn }] of counts) {
  console.log(`${rule.padEnd(26)} ${String(tp + fp).padStart(8)}  ${String(tp + fn).padStart(8)}     ${pct(tp, tp + fp)}  ${pct(tp, tp + fn)}`);
}
console.log('\npiece       labelled  detector agrees');
for (const [piece, { right, total }] of agreement) console.log(`${piece.padEnd(10)} ${String(total).padStart(9)}  ${pct(right, total)}`);
if (verbose || notes.length > 0) console.log(`\n${notes.length === 0 ? 'No disagreement.' : notes.join('\n')}`);

function present(report: CheckReport, piece: Piece): boolean {
  if (piece === 'goal') return report.goal >= 0;
  if (piece === 'order') return report.ordered;
  return report.pieces[piece] >= 0;
}
