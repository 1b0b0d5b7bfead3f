// A regularised logistic model of the PM probability, fitted by full-batch Adam for a fixed number of
// steps from zero: the same input gives the same weights, bit for bit.
import { CUE_NAMES } from '../../src/core/model/model';
import type { Features } from './features';
import type { Vocabulary } from './vocabulary';

export interface Example {
  features: Features;
  target: number;
  weight: number;
  /** Where the text comes from: a word counts only when several repositories use it. */
  repo: string;
}

/** What a fit yields: the weight of every term group (0 for the groups it cannot know) and cue, and the bias. */
export interface Fitted {
  bias: number;
  groupWeights: Float64Array;
  cueWeights: Float64Array;
}

const L2 = 0.1;
/** A word weighs only when this many training repositories use it: a word of one team's vocabulary does not transfer. */
const MIN_REPOS = 2;
/** A cue seen in many texts needs far less shrinkage than a word's weight (`npm run eval`)… */
const CUE_L2 = 0.006;
/** …but one seen in a smaller share of the training texts than this keeps a word's: a handful must not decide it. */
const CUE_SUPPORT = 0.05;
const STEPS = 1500;
const LEARNING_RATE = 0.05;

/** Each group's part counts sif × its weight × its damped count; groups below `MIN_REPOS` are left out. */
export function fit(examples: readonly Example[], vocabulary: Vocabulary): Fitted {
  const cueCount = CUE_NAMES.length;
  const repos = new Map<number, Set<string>>();
  for (const { features, repo } of examples) {
    for (const group of features.groups.keys()) {
      if (!repos.has(group)) repos.set(group, new Set());
      repos.get(group)!.add(repo);
    }
  }
  // Parameters: [bias, cues…, one per group that enough repositories use…].
  const counted = [...repos].filter(([, where]) => where.size >= MIN_REPOS).map(([group]) => group).sort((a, b) => a - b);
  const slot = new Map(counted.map((group, index) => [group, 1 + cueCount + index]));
  const size = 1 + cueCount + counted.length;
  const rows = examples.map(({ features }) => {
    const sparse: [number, number][] = [];
    for (const [group, value] of features.groups) {
      const j = slot.get(group);
      if (j !== undefined) sparse.push([j, value * vocabulary.groups[group].sif]);
    }
    return { cues: features.cues, sparse };
  });
  const penalty = new Float64Array(size).fill(L2);
  penalty[0] = 0;
  for (let c = 0; c < cueCount; c++) {
    const support = examples.filter(({ features }) => features.cues[c] > 0).length;
    if (support >= CUE_SUPPORT * examples.length) penalty[1 + c] = CUE_L2;
  }
  const theta = new Float64Array(size);
  const first = new Float64Array(size);
  const second = new Float64Array(size);
  const n = examples.length;
  for (let step = 1; step <= STEPS; step++) {
    const gradient = new Float64Array(size);
    rows.forEach(({ cues, sparse }, i) => {
      let z = theta[0];
      for (let c = 0; c < cueCount; c++) z += theta[1 + c] * cues[c];
      for (const [j, x] of sparse) z += theta[j] * x;
      const error = (1 / (1 + Math.exp(-z)) - examples[i].target) * examples[i].weight;
      gradient[0] += error;
      for (let c = 0; c < cueCount; c++) gradient[1 + c] += error * cues[c];
      for (const [j, x] of sparse) gradient[j] += error * x;
    });
    for (let j = 0; j < size; j++) {
      const g = gradient[j] / n + (penalty[j] * theta[j]) / n;
      first[j] = 0.9 * first[j] + 0.1 * g;
      second[j] = 0.999 * second[j] + 0.001 * g * g;
      theta[j] -= (LEARNING_RATE * (first[j] / (1 - 0.9 ** step))) / (Math.sqrt(second[j] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  const groupWeights = new Float64Array(vocabulary.groups.length);
  for (const [group, j] of slot) groupWeights[group] = vocabulary.groups[group].sif * theta[j];
  return { bias: theta[0], groupWeights, cueWeights: theta.slice(1, 1 + cueCount) };
}

/** The fitted model's log-odds of PM for one text. */
export function logOddsOf(fitted: Fitted, features: Features): number {
  let z = fitted.bias;
  for (let c = 0; c < features.cues.length; c++) z += fitted.cueWeights[c] * features.cues[c];
  for (const [group, value] of features.groups) z += fitted.groupWeights[group] * value;
  return z;
}
