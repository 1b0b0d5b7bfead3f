// A regularised logistic model of the PM probability, fitted by full-batch Adam for a fixed number of
// steps from zero: the same input gives the same weights, bit for bit.
import { CUE_NAMES } from '../../src/core/model/model';
import type { Features } from './features';
import type { Vocabulary } from './vocabulary';

export interface Example {
  features: Features;
  target: number;
  weight: number;
}

/** What a fit yields: the weight of every term group and cue, and the bias. */
export interface Fitted {
  bias: number;
  groupWeights: Float64Array;
  cueWeights: Float64Array;
}

const L2 = 0.1;
/** A cue seen in many texts needs far less shrinkage than a word's weight (`npm run eval`)… */
const CUE_L2 = 0.006;
/** …but one seen in fewer training texts than this keeps a word's: a handful of sections must not decide it. */
const CUE_SUPPORT = 10;
const STEPS = 1500;
const LEARNING_RATE = 0.05;

/** Each group's word-level part counts sif × (its own weight + the embedding weights · its vector). */
export function fit(examples: readonly Example[], vocabulary: Vocabulary): Fitted {
  const { groups, dimensions } = vocabulary;
  const cueCount = CUE_NAMES.length;
  // Parameters: [bias, cues…, embedding…, one per group seen in training…].
  const seen = [...new Set(examples.flatMap((example) => [...example.features.groups.keys()]))].sort((a, b) => a - b);
  const slot = new Map(seen.map((group, index) => [group, 1 + cueCount + dimensions + index]));
  const size = 1 + cueCount + dimensions + seen.length;
  const rows = examples.map(({ features }) => {
    const dense = new Float64Array(1 + cueCount + dimensions);
    dense[0] = 1;
    dense.set(features.cues, 1);
    const sparse: [number, number][] = [];
    for (const [group, value] of features.groups) {
      const { sif, vector } = groups[group];
      sparse.push([slot.get(group)!, value * sif]);
      if (vector) for (let d = 0; d < dimensions; d++) dense[1 + cueCount + d] += value * sif * vector[d];
    }
    return { dense, sparse };
  });
  const penalty = new Float64Array(size).fill(L2);
  penalty[0] = 0;
  for (let c = 0; c < cueCount; c++) {
    const support = examples.filter(({ features }) => features.cues[c] > 0).length;
    if (support >= CUE_SUPPORT) penalty[1 + c] = CUE_L2;
  }
  const theta = new Float64Array(size);
  const first = new Float64Array(size);
  const second = new Float64Array(size);
  const n = examples.length;
  for (let step = 1; step <= STEPS; step++) {
    const gradient = new Float64Array(size);
    rows.forEach(({ dense, sparse }, i) => {
      let z = 0;
      for (let j = 0; j < dense.length; j++) z += theta[j] * dense[j];
      for (const [j, x] of sparse) z += theta[j] * x;
      const error = (1 / (1 + Math.exp(-z)) - examples[i].target) * examples[i].weight;
      for (let j = 0; j < dense.length; j++) gradient[j] += error * dense[j];
      for (const [j, x] of sparse) gradient[j] += error * x;
    });
    for (let j = 0; j < size; j++) {
      const g = gradient[j] / n + (penalty[j] * theta[j]) / n;
      first[j] = 0.9 * first[j] + 0.1 * g;
      second[j] = 0.999 * second[j] + 0.001 * g * g;
      theta[j] -= (LEARNING_RATE * (first[j] / (1 - 0.9 ** step))) / (Math.sqrt(second[j] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  const embedding = theta.subarray(1 + cueCount, 1 + cueCount + dimensions);
  const groupWeights = new Float64Array(groups.length);
  groups.forEach(({ sif, vector }, group) => {
    let weight = slot.has(group) ? theta[slot.get(group)!] : 0;
    if (vector) for (let d = 0; d < dimensions; d++) weight += embedding[d] * vector[d];
    groupWeights[group] = sif * weight;
  });
  return { bias: theta[0], groupWeights, cueWeights: theta.slice(1, 1 + cueCount) };
}

/** The fitted model's PM probability for one text. */
export function predict(fitted: Fitted, features: Features): number {
  let z = fitted.bias;
  for (let c = 0; c < features.cues.length; c++) z += fitted.cueWeights[c] * features.cues[c];
  for (const [group, value] of features.groups) z += fitted.groupWeights[group] * value;
  return 1 / (1 + Math.exp(-z));
}
