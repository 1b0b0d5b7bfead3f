// From labelled examples to the model file the engine ships: fit; by an inner grouped cross-validation,
// calibrate the shares and choose the balanced margin; name each PM term's concern; keep the terms that weigh
// enough to matter.
import { CUE_NAMES, type CueName, type ModelData } from '../../src/core/model/model';
import { wordsOf } from '../../src/core/lexicon/words';
import type { Concern } from '../../src/core/types';
import { repoFolds, trainingWeightOf, type Item } from './corpus';
import { SETTINGS, type Features } from './features';
import { fitCalibration, type Calibration } from './calibration';
import { fit, logOddsOf, type Example } from './fit';
import type { Vocabulary } from './vocabulary';

/** Terms lighter than this are left out of the file: together they move a verdict by a hair. */
export const MIN_TERM_WEIGHT = 0.5;
/** Fewer words than this: too little to judge. */
const MIN_WORDS = 8;
const MARGINS = [0, 0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2];
const INNER_FOLDS = 5;
const SEED = 7;

/** Words that stand for each PM concern; a PM term gets the concern whose words it is closest to. */
const CONCERN_SEEDS: Record<Exclude<Concern, 'how'>, string[]> = {
  who: ['customer', 'user', 'persona', 'audience', 'buyer', 'segment', 'people', 'citizen'],
  what: ['problem', 'need', 'pain', 'opportunity', 'outcome', 'value', 'experience', 'benefit'],
  why: ['revenue', 'market', 'metric', 'growth', 'business', 'strategy', 'competitor', 'mission'],
};

export interface Labelled {
  item: Item;
  example: Example;
}

export function trainModel(labelled: readonly Labelled[], vocabulary: Vocabulary, trainedOn: string): ModelData {
  const { calibration, balancedMargin } = calibrate(labelled, vocabulary);
  const fitted = fit(balanced(labelled), vocabulary);
  const centroids = Object.entries(CONCERN_SEEDS).map(([concern, words]) => [concern, centroid(words, vocabulary)] as const);
  // A term lists the forms its training texts and common English use, not those only its test texts use.
  const known = new Set(vocabulary.common);
  for (const { item } of labelled) for (const word of wordsOf(item.text)) known.add(word);
  const terms: ModelData['terms'] = [];
  vocabulary.groups.forEach(({ label, forms: all, vector }, group) => {
    const weight = round(calibration.scale * fitted.groupWeights[group]);
    const forms = all.filter((form) => known.has(form) && form !== label);
    if (Math.abs(weight) < MIN_TERM_WEIGHT || !(known.has(label) || forms.length)) return;
    const named = known.has(label) ? [label, ...forms] : forms;
    terms.push(weight < 0 ? `${weight} ${named.join(' ')}` : `${weight} ${vector ? closest(vector, centroids) : 'what'} ${named.join(' ')}`);
  });
  const cues = Object.fromEntries(CUE_NAMES.map((name, c) => [name, round(calibration.scale * fitted.cueWeights[c])])) as Record<CueName, number>;
  return {
    trainedOn,
    bias: round(calibration.scale * fitted.bias + calibration.shift),
    ...SETTINGS,
    minWords: MIN_WORDS,
    balancedMargin,
    cues,
    terms,
  };
}

/**
 * Out-of-fold log-odds of the training examples themselves, by an inner grouped cross-validation: the Platt
 * scaling fitted on them (at the corpus's own mix of PO and PM, unweighted), and the balanced margin that makes
 * the most calibrated predictions right.
 */
function calibrate(labelled: readonly Labelled[], vocabulary: Vocabulary): { calibration: Calibration; balancedMargin: number } {
  const folds = repoFolds(labelled.map(({ item }) => item), INNER_FOLDS, SEED);
  const logOdds = new Array<number>(labelled.length);
  for (let k = 0; k < INNER_FOLDS; k++) {
    const fitted = fit(balanced(labelled.filter((_, i) => folds[i] !== k)), vocabulary);
    labelled.forEach(({ example }, i) => folds[i] === k && (logOdds[i] = logOddsOf(fitted, example.features)));
  }
  // Fitted on the PO and PM sections: a share says how often the side it shows is right; MIXED is the balanced band's.
  const sided = labelled.flatMap(({ item, example }, i) => (item.label === 'MIXED' ? [] : [{ logOdds: logOdds[i], target: example.target, weight: trainingWeightOf(item) }]));
  const calibration = fitCalibration(sided);
  const shares = logOdds.map((z) => 1 / (1 + Math.exp(-(calibration.scale * z + calibration.shift))));
  let balancedMargin = MARGINS[0];
  let bestCorrect = -1;
  for (const margin of MARGINS) {
    const correct = labelled.filter(({ item }, i) => labelOf(shares[i], margin) === item.label).length;
    if (correct > bestCorrect) [balancedMargin, bestCorrect] = [margin, correct];
  }
  return { calibration, balancedMargin };
}

/** PM sections weigh as much, all together, as PO sections: the corpus has fewer of them, and a PM reader counts as much. */
function balanced(labelled: readonly Labelled[]): Example[] {
  const count = (label: Item['label']): number => labelled.filter(({ item }) => item.label === label).length;
  const pmFactor = count('PO') / Math.max(1, count('PM'));
  return labelled.map(({ item, example }) => (item.label === 'PM' ? { ...example, weight: example.weight * pmFactor } : example));
}

export const labelOf = (pmShare: number, margin: number): Item['label'] => (Math.abs(pmShare - 0.5) <= margin ? 'MIXED' : pmShare > 0.5 ? 'PM' : 'PO');

export function exampleOf(item: Item, features: Features, target: number, weight: number): Labelled {
  return { item, example: { features, target, weight, repo: item.repo } };
}

function centroid(words: readonly string[], vocabulary: Vocabulary): Float64Array {
  const sum = new Float64Array(vocabulary.dimensions);
  for (const word of words) {
    const vector = vocabulary.groups[vocabulary.groupOf.get(word) ?? -1]?.vector;
    if (vector) vector.forEach((value, d) => (sum[d] += value));
  }
  return sum;
}

function closest(vector: Float64Array, centroids: readonly (readonly [string, Float64Array])[]): Concern {
  let best = centroids[0][0];
  let bestScore = -Infinity;
  for (const [concern, center] of centroids) {
    const score = vector.reduce((sum, value, d) => sum + value * center[d], 0) / (Math.hypot(...center) || 1);
    if (score > bestScore) [best, bestScore] = [concern, score];
  }
  return best as Concern;
}

const round = (value: number): number => Math.round(value * 100) / 100;
