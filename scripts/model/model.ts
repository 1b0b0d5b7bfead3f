// From labelled examples to the model file the engine ships: fit, choose the balanced margin by an inner
// grouped cross-validation, name each PM term's concern, and keep the terms that weigh enough to matter.
import { CUE_NAMES, type CueName, type ModelData } from '../../src/core/model/model';
import { wordsOf } from '../../src/core/lexicon/words';
import type { Concern } from '../../src/core/types';
import { repoFolds, type Item } from './corpus';
import { SETTINGS, type Features } from './features';
import { fit, predict, type Example } from './fit';
import type { Vocabulary } from './vocabulary';

/** Terms lighter than this are left out of the file: together they move a verdict by a hair. */
export const MIN_TERM_WEIGHT = 0.5;
/** Fewer words than this: too little to judge. */
const MIN_WORDS = 8;
const MARGINS = [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15];
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
  const fitted = fit(balanced(labelled), vocabulary);
  const centroids = Object.entries(CONCERN_SEEDS).map(([concern, words]) => [concern, centroid(words, vocabulary)] as const);
  // A model knows the words of its training texts and common English, not those of the texts it is tested on.
  const known = new Set(vocabulary.common);
  for (const { item } of labelled) for (const word of wordsOf(item.text)) known.add(word);
  const terms: ModelData['terms'] = [];
  vocabulary.groups.forEach(({ label, forms: all, vector }, group) => {
    const weight = round(fitted.groupWeights[group]);
    const forms = all.filter((form) => known.has(form) && form !== label);
    if (Math.abs(weight) < MIN_TERM_WEIGHT || !(known.has(label) || forms.length)) return;
    const named = known.has(label) ? [label, ...forms] : forms;
    terms.push(weight < 0 ? `${weight} ${named.join(' ')}` : `${weight} ${vector ? closest(vector, centroids) : 'what'} ${named.join(' ')}`);
  });
  const cues = Object.fromEntries(CUE_NAMES.map((name, c) => [name, round(fitted.cueWeights[c])])) as Record<CueName, number>;
  return {
    trainedOn,
    bias: round(fitted.bias),
    ...SETTINGS,
    minWords: MIN_WORDS,
    balancedMargin: chooseMargin(labelled, vocabulary),
    cues,
    terms,
  };
}

/** The margin that makes the most out-of-fold predictions right on the training examples themselves. */
function chooseMargin(labelled: readonly Labelled[], vocabulary: Vocabulary): number {
  const folds = repoFolds(labelled.map(({ item }) => item), INNER_FOLDS, SEED);
  const predictions = new Array<number>(labelled.length);
  for (let k = 0; k < INNER_FOLDS; k++) {
    const fitted = fit(balanced(labelled.filter((_, i) => folds[i] !== k)), vocabulary);
    labelled.forEach(({ example }, i) => folds[i] === k && (predictions[i] = predict(fitted, example.features)));
  }
  let best = MARGINS[0];
  let bestCorrect = -1;
  for (const margin of MARGINS) {
    const correct = labelled.filter(({ item }, i) => labelOf(predictions[i], margin) === item.label).length;
    if (correct > bestCorrect) [best, bestCorrect] = [margin, correct];
  }
  return best;
}

/** PM sections weigh as much, all together, as PO sections: the corpus has fewer of them, and a PM reader counts as much. */
function balanced(labelled: readonly Labelled[]): Example[] {
  const count = (label: Item['label']): number => labelled.filter(({ item }) => item.label === label).length;
  const pmFactor = count('PO') / Math.max(1, count('PM'));
  return labelled.map(({ item, example }) => (item.label === 'PM' ? { ...example, weight: example.weight * pmFactor } : example));
}

export const labelOf = (pmShare: number, margin: number): Item['label'] => (Math.abs(pmShare - 0.5) <= margin ? 'MIXED' : pmShare > 0.5 ? 'PM' : 'PO');

export function exampleOf(item: Item, features: Features, target: number, weight: number): Labelled {
  return { item, example: { features, target, weight } };
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
