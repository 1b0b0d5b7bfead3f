// Measures the lens on the labelled corpus with cross-validation grouped by repository: each fold's model
// is trained without the fold's repositories and then run through the engine on their sections, the
// honest estimate of how it does on a new team's documents. The hand-set lexicon engine runs beside it.
// Usage: npm run eval [-- path/to/dev.jsonl] [--verbose]
import { analyzeWith } from '../src/core/analyze';
import { buildLexicon } from '../src/core/lexicon/lexicon';
import { loadModel } from '../src/core/model/model';
import type { Lean } from '../src/core/types';
import { baselineLean, baselineLexicon } from './model/baseline';
import { CORPUS_PATH, readCorpus, repoFolds, targetOf, trainingWeightOf, type Label } from './model/corpus';
import { featuresOf, SETTINGS, trainingLexicon } from './model/features';
import { exampleOf, trainModel } from './model/model';
import { buildVocabulary } from './model/vocabulary';

type Predicted = Label | 'unclear';

const FOLDS = 10;
const SEED = 42;
const LABELS: readonly Label[] = ['PO', 'PM', 'MIXED'];
const PREDICTIONS: readonly Predicted[] = [...LABELS, 'unclear'];
const FROM_LEAN: Record<Lean, Predicted> = { po: 'PO', pm: 'PM', balanced: 'MIXED', unclear: 'unclear' };
const NO_TERMS = { po: [], pm: [], ignore: [] };

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const path = args.find((arg) => !arg.startsWith('--')) ?? CORPUS_PATH;
const items = readCorpus(path);
const vocabulary = buildVocabulary(items.map((item) => item.text));
const lexicon = trainingLexicon(vocabulary, SETTINGS);
const labelled = items.map((item) => exampleOf(item, featuresOf(item.text, lexicon), targetOf(item), trainingWeightOf(item)));
const folds = repoFolds(items, FOLDS, SEED);

const model: { predicted: Predicted; pmShare: number | null }[] = new Array(items.length);
for (let k = 0; k < FOLDS; k++) {
  const trained = trainModel(labelled.filter((_, i) => folds[i] !== k), vocabulary, `fold ${k}`);
  const foldLexicon = buildLexicon(NO_TERMS, loadModel(trained));
  items.forEach((item, i) => {
    if (folds[i] !== k) return;
    const { lean, pmShare } = analyzeWith(foldLexicon, item.text).document;
    model[i] = { predicted: FROM_LEAN[lean], pmShare };
  });
}
const oldLexicon = baselineLexicon(vocabulary.groupOf.keys());
const baseline = items.map((item) => {
  const { lean, pmShare } = baselineLean(item.text, oldLexicon);
  return { predicted: FROM_LEAN[lean], pmShare };
});

const repos = new Set(items.map((item) => item.repo)).size;
console.log(`Corpus: ${path}: ${items.length} sections from ${repos} repositories`);
console.log(`Learned model: ${FOLDS}-fold cross-validation grouped by repository (seed ${SEED}); no repository is in both a fold's training and test part.`);
report('Learned model (grouped CV)', model.map((result) => result.predicted));
report('Hand-set lexicon engine (no training: the same figures on any split)', baseline.map((result) => result.predicted));
if (verbose) {
  console.log('\nid label → model (PM share) | old engine (PM share) heading');
  items.forEach((item, i) => console.log(`${item.id} ${item.label} → ${model[i].predicted} (${share(model[i].pmShare)}) | ${baseline[i].predicted} (${share(baseline[i].pmShare)}) ${item.heading}`));
}

function report(title: string, predicted: readonly Predicted[]): void {
  const count = (label: Label, prediction: Predicted): number => items.filter((item, i) => item.label === label && predicted[i] === prediction).length;
  const total = (label: Label): number => items.filter((item) => item.label === label).length;
  const correct = LABELS.reduce((sum, label) => sum + count(label, label), 0);
  const twoClass = count('PO', 'PO') + count('PM', 'PM');
  const recall = (label: Label): number => count(label, label) / total(label);
  const precision = (label: Label): number => count(label, label) / Math.max(1, predicted.filter((p) => p === label).length);
  const f1 = (label: Label): number => {
    const [p, r] = [precision(label), recall(label)];
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
  };
  console.log(`\n${title}`);
  console.log(`  3-class accuracy: ${pct(correct / items.length)} (${correct}/${items.length})   target ≥ 80%`);
  console.log(`  PO/PM accuracy:   ${pct(twoClass / (total('PO') + total('PM')))} (${twoClass}/${total('PO') + total('PM')}, PO and PM sections only)   target ≥ 90%`);
  console.log(`  recall: PO ${pct(recall('PO'))}, PM ${pct(recall('PM'))}, MIXED ${pct(recall('MIXED'))}   target PO and PM ≥ 85%`);
  console.log(`  macro-F1: ${(LABELS.reduce((sum, label) => sum + f1(label), 0) / LABELS.length).toFixed(3)}`);
  console.log(`  confusion (rows: label, columns: prediction)\n  ${['', ...PREDICTIONS].map((cell) => cell.padStart(8)).join('')}`);
  for (const label of LABELS) console.log(`  ${[label, ...PREDICTIONS.map((p) => String(count(label, p)))].map((cell) => cell.padStart(8)).join('')}`);
}

function pct(value: number): string {
  return `${(100 * value).toFixed(1)}%`;
}

function share(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}
