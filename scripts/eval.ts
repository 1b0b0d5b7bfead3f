// Measures the lens the way a new team meets it: on repositories it was not trained on.
// - The corpus is split by repository: a locked test part (`isLockedTest`, about a quarter of the
//   repositories) and the development part. Every choice is made by cross-validation inside the development
//   part; the locked figures are reported on every run and never chosen by.
// - Beside the model: the hand-set lexicon engine it replaced, and a plain bag-of-words baseline.
// - A learning curve: the locked figures when training on a growing share of the development repositories.
// Usage: npm run eval [-- path/to/dev.jsonl] [--verbose]   (--verbose: each development section's CV verdict)
import { analyzeWith } from '../src/core/analyze';
import { buildLexicon } from '../src/core/lexicon/lexicon';
import { loadModel } from '../src/core/model/model';
import type { Lean } from '../src/core/types';
import { trainBagOfWords } from './model/bagOfWords';
import { baselineLean, baselineLexicon } from './model/baseline';
import { calibrationOf } from './model/calibration';
import { CORPUS_PATH, isLockedTest, readCorpus, repoFolds, shuffled, targetOf, trainingWeightOf, type Item, type Label } from './model/corpus';
import { featuresOf, SETTINGS, trainingLexicon } from './model/features';
import { exampleOf, trainModel, type Labelled } from './model/model';
import { buildVocabulary } from './model/vocabulary';

type Predicted = Label | 'unclear';
interface Prediction {
  predicted: Predicted;
  pmShare: number | null;
}

const FOLDS = 10;
const SEED = 42;
const CURVE = [0.25, 0.5, 0.75, 1];
const FROM_LEAN: Record<Lean, Predicted> = { po: 'PO', pm: 'PM', balanced: 'MIXED', unclear: 'unclear' };
const NO_TERMS = { po: [], pm: [], ignore: [] };

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const path = args.find((arg) => !arg.startsWith('--')) ?? CORPUS_PATH;
const items = readCorpus(path);
const development = items.filter((item) => !isLockedTest(item.repo));
const locked = items.filter((item) => isLockedTest(item.repo));
const vocabulary = buildVocabulary(items.map((item) => item.text));
const lexicon = trainingLexicon(vocabulary, SETTINGS);
const labelled = new Map(items.map((item) => [item, exampleOf(item, featuresOf(item.text, lexicon), targetOf(item), trainingWeightOf(item))]));

const repoCount = (part: readonly Item[]): number => new Set(part.map((item) => item.repo)).size;
console.log(`Corpus: ${path}: ${items.length} sections from ${repoCount(items)} repositories`);
console.log(`  development part: ${development.length} sections from ${repoCount(development)} repositories (every choice is made here)`);
console.log(`  locked test part: ${locked.length} sections from ${repoCount(locked)} repositories (reported, never chosen by)`);

const modelCV = crossValidate(development, (training, test) => lensOf(training)(test));
const modelLocked = lensOf(development)(locked);
const bagCV = crossValidate(development, bagOfWords);
const bagLocked = bagOfWords(development, locked);
const oldLexicon = baselineLexicon(vocabulary.groupOf.keys());
const old = (part: readonly Item[]): Prediction[] => part.map((item) => {
  const { lean, pmShare } = baselineLean(item.text, oldLexicon);
  return { predicted: FROM_LEAN[lean], pmShare };
});

console.log(`\nTargets on the locked part: PO/PM ≥ 85%, PO and PM recall ≥ 80%, 3-class ≥ 70%, ECE ≤ 0.08, verdicts at ≥ 80% right ≥ 85%.`);
console.log(`Development figures are ${FOLDS}-fold cross-validation grouped by repository (seed ${SEED}).\n`);
table([
  ['learned model, locked test', locked, modelLocked],
  ['learned model, development CV', development, modelCV],
  ['bag of words, locked test', locked, bagLocked],
  ['bag of words, development CV', development, bagCV],
  ['old lexicon engine, locked test', locked, old(locked)],
  ['old lexicon engine, development', development, old(development)],
]);
confusion('Learned model, locked test', locked, modelLocked);
confusion('Learned model, development CV', development, modelCV);
reliability('Learned model, locked test', locked, modelLocked);
reliability('Learned model, development CV', development, modelCV);

console.log('\nLearning curve: the locked figures when training on part of the development repositories');
const developmentRepos = shuffled([...new Set(development.map((item) => item.repo))].sort(), SEED);
table(CURVE.map((share) => {
  const repos = new Set(developmentRepos.slice(0, Math.round(share * developmentRepos.length)));
  const training = development.filter((item) => repos.has(item.repo));
  return [`${share * 100}% (${repos.size} repositories, ${training.length} sections)`, locked, share === 1 ? modelLocked : lensOf(training)(locked)];
}));

if (verbose) {
  console.log('\nid label → learned model, development CV (PM share) heading');
  development.forEach((item, i) => console.log(`${item.id} ${item.label} → ${modelCV[i].predicted} (${shareText(modelCV[i].pmShare)}) ${item.heading}`));
}

/** The lens trained on `training` (its own inner choices included), run through the engine. */
function lensOf(training: readonly Item[]): (test: readonly Item[]) => Prediction[] {
  const model = trainModel(training.map((item) => labelled.get(item)!) as Labelled[], vocabulary, `${training.length} sections`);
  const foldLexicon = buildLexicon(NO_TERMS, loadModel(model));
  return (test) => test.map((item) => {
    const { lean, pmShare } = analyzeWith(foldLexicon, item.text).document;
    return { predicted: FROM_LEAN[lean], pmShare };
  });
}

function bagOfWords(training: readonly Item[], test: readonly Item[]): Prediction[] {
  const pmProbability = trainBagOfWords(training);
  return test.map((item) => {
    const pmShare = pmProbability(item.text);
    return { predicted: pmShare > 0.5 ? 'PM' : 'PO', pmShare };
  });
}

function crossValidate(part: readonly Item[], run: (training: Item[], test: Item[]) => Prediction[]): Prediction[] {
  const folds = repoFolds(part, FOLDS, SEED);
  const predictions = new Array<Prediction>(part.length);
  for (let k = 0; k < FOLDS; k++) {
    const test = part.filter((_, i) => folds[i] === k);
    const results = run(part.filter((_, i) => folds[i] !== k), test);
    let next = 0;
    part.forEach((_, i) => folds[i] === k && (predictions[i] = results[next++]));
  }
  return predictions;
}

interface Figures {
  threeClass: string;
  poPm: string;
  recallPO: string;
  recallPM: string;
  recallMixed: string;
  ece: string;
  confident: string;
}

function figuresOf(part: readonly Item[], predictions: readonly Prediction[]): Figures {
  const count = (label: Label, predicted?: Predicted): number => part.filter((item, i) => item.label === label && (predicted === undefined || predictions[i].predicted === predicted)).length;
  const right = count('PO', 'PO') + count('PM', 'PM');
  const sides = count('PO') + count('PM');
  const answersMixed = predictions.some(({ predicted }) => predicted === 'MIXED');
  const calibration = calibrationOf(sidesShown(part, predictions));
  return {
    threeClass: answersMixed ? fraction(right + count('MIXED', 'MIXED'), part.length) : '–',
    poPm: fraction(right, sides),
    recallPO: pct(count('PO', 'PO') / count('PO')),
    recallPM: pct(count('PM', 'PM') / count('PM')),
    recallMixed: answersMixed ? pct(count('MIXED', 'MIXED') / count('MIXED')) : 'never said',
    ece: calibration.ece.toFixed(3),
    confident: calibration.confident ? `${fraction(calibration.confidentRight, calibration.confident)}` : '–',
  };
}

/** Calibration is measured on the PO and PM sections the lens gives a side: the share it shows that side, and whether it is the label. */
function sidesShown(part: readonly Item[], predictions: readonly Prediction[]): { shown: number; right: boolean }[] {
  return part.flatMap((item, i) => {
    const { predicted, pmShare } = predictions[i];
    if (item.label === 'MIXED' || pmShare === null || (predicted !== 'PO' && predicted !== 'PM')) return [];
    return [{ shown: predicted === 'PM' ? pmShare : 1 - pmShare, right: predicted === item.label }];
  });
}

function table(rows: [string, readonly Item[], readonly Prediction[]][]): void {
  const header = ['', '3-class', 'PO/PM', 'PO recall', 'PM recall', 'MIXED recall', 'ECE', 'right at ≥ 80%'];
  const lines = rows.map(([name, part, predictions]) => [name, ...Object.values(figuresOf(part, predictions))]);
  const widths = header.map((cell, c) => Math.max(cell.length, ...lines.map((line) => line[c].length)));
  for (const line of [header, ...lines]) console.log(`  ${line.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')}`);
}

function confusion(title: string, part: readonly Item[], predictions: readonly Prediction[]): void {
  const columns: Predicted[] = ['PO', 'PM', 'MIXED', 'unclear'];
  console.log(`\n${title}: confusion (rows: label, columns: prediction)`);
  console.log(`  ${['', ...columns].map((cell) => cell.padStart(8)).join('')}`);
  for (const label of ['PO', 'PM', 'MIXED'] as const) {
    const cells = columns.map((column) => String(part.filter((item, i) => item.label === label && predictions[i].predicted === column).length));
    console.log(`  ${[label, ...cells].map((cell) => cell.padStart(8)).join('')}`);
  }
}

/** Shown share against how often the side was right, by 10-point bins; and how far MIXED sections are pushed to a side. */
function reliability(title: string, part: readonly Item[], predictions: readonly Prediction[]): void {
  const bins = calibrationOf(sidesShown(part, predictions)).bins.filter((bin) => bin.count).map((bin) => `${bin.from * 100}–${bin.from * 100 + 10}%: ${bin.count} shown at ${pct(bin.confidence)}, ${pct(bin.accuracy)} right`);
  const mixed = predictions.filter(({ pmShare }, i) => part[i].label === 'MIXED' && pmShare !== null);
  const pushed = mixed.filter(({ pmShare }) => Math.abs(pmShare! - 0.5) > 0.05).length;
  console.log(`\n${title}: reliability of the shown share (PO and PM sections with a side)\n  ${bins.join('\n  ')}`);
  console.log(`  MIXED sections shown at more than 55% for a side: ${pushed} of ${mixed.length}`);
}

function fraction(part: number, whole: number): string {
  return `${pct(part / whole)} (${part}/${whole})`;
}

function pct(value: number): string {
  return `${(100 * value).toFixed(1)}%`;
}

function shareText(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}
