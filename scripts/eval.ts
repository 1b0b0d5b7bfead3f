// Runs the engine on every labelled section of the dev corpus and prints accuracy and the confusion matrix.
// Usage: npm run eval [-- path/to/dev.jsonl] [--verbose]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, type Lean } from '../src/core';

type Label = 'PO' | 'PM' | 'MIXED';
type Predicted = Label | 'unclear';

interface Item {
  id: string;
  label: Label;
  heading: string;
  text: string;
}

const LABELS: readonly Label[] = ['PO', 'PM', 'MIXED'];
const PREDICTIONS: readonly Predicted[] = ['PO', 'PM', 'MIXED', 'unclear'];
const FROM_LEAN: Record<Lean, Predicted> = { po: 'PO', pm: 'PM', balanced: 'MIXED', unclear: 'unclear' };

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const path = resolve(args.find((arg) => !arg.startsWith('--')) ?? resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl'));
const items: Item[] = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));

const confusion = new Map<string, number>();
const misses: string[] = [];
let correct = 0;
let twoClassTotal = 0;
let twoClassCorrect = 0;
for (const item of items) {
  const verdict = analyze(item.text).document;
  const predicted = FROM_LEAN[verdict.lean];
  const key = `${item.label}>${predicted}`;
  confusion.set(key, (confusion.get(key) ?? 0) + 1);
  if (predicted === item.label) correct++;
  else misses.push(`${item.id} ${item.label} → ${predicted} (PM ${share(verdict.pmShare)}) ${item.heading}`);
  if (item.label !== 'MIXED') {
    twoClassTotal++;
    if (predicted === item.label) twoClassCorrect++;
  }
  if (verbose) console.log(item.id, item.label, predicted, share(verdict.pmShare), `po=${verdict.poWeight.toFixed(1)} pm=${verdict.pmWeight.toFixed(1)}`);
}

console.log(`Corpus: ${path} (${items.length} sections)`);
console.log(`PO+PM accuracy: ${pct(twoClassCorrect, twoClassTotal)} (${twoClassCorrect}/${twoClassTotal})`);
console.log(`3-class accuracy: ${pct(correct, items.length)} (${correct}/${items.length})`);
console.log('\nConfusion (rows: label, columns: prediction)');
console.log(['', ...PREDICTIONS].map((cell) => cell.padStart(8)).join(''));
for (const label of LABELS) {
  console.log([label, ...PREDICTIONS.map((p) => String(confusion.get(`${label}>${p}`) ?? 0))].map((cell) => cell.padStart(8)).join(''));
}
console.log(misses.length ? `\nMisclassified:\n  ${misses.join('\n  ')}` : '\nNo misclassified sections.');

function pct(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a';
}

function share(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}
