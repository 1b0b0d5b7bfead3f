// The plain baseline `npm run eval` shows beside the model: TF-IDF over whole words, a logistic regression with
// the textbook defaults (L2, C = 1), trained on PO and PM sections only, nothing tuned. What a newcomer would
// build in an hour; the lens has to beat it on repositories it has not seen.
import { wordsOf } from '../../src/core/lexicon/words';
import type { Item } from './corpus';

const STEPS = 500;
const LEARNING_RATE = 0.1;

export type BagOfWords = (text: string) => number;

/** Trains on the PO and PM items and returns a text's PM probability. */
export function trainBagOfWords(items: readonly Item[]): BagOfWords {
  const training = items.filter((item) => item.label !== 'MIXED');
  const counts = training.map((item) => countWords(item.text));
  const documents = new Map<string, number>();
  for (const count of counts) for (const word of count.keys()) documents.set(word, (documents.get(word) ?? 0) + 1);
  const index = new Map([...documents.keys()].sort().map((word, i) => [word, i]));
  const idf = new Float64Array(index.size);
  for (const [word, i] of index) idf[i] = Math.log((1 + training.length) / (1 + documents.get(word)!)) + 1;
  const vector = (count: Map<string, number>): [number, number][] => {
    const entries = [...count].filter(([word]) => index.has(word)).map(([word, n]): [number, number] => [index.get(word)!, n * idf[index.get(word)!]]);
    const norm = Math.hypot(...entries.map(([, value]) => value)) || 1;
    return entries.map(([i, value]) => [i, value / norm]);
  };
  const rows = counts.map(vector);
  const targets = training.map((item) => (item.label === 'PM' ? 1 : 0));
  const theta = new Float64Array(index.size + 1); // the last is the bias
  const first = new Float64Array(theta.length);
  const second = new Float64Array(theta.length);
  const logOdds = (row: [number, number][]): number => row.reduce((z, [i, value]) => z + theta[i] * value, theta[index.size]);
  for (let step = 1; step <= STEPS; step++) {
    const gradient = theta.map((weight, i) => (i < index.size ? weight : 0)); // ½‖w‖², the bias unpenalised
    rows.forEach((row, r) => {
      const error = 1 / (1 + Math.exp(-logOdds(row))) - targets[r];
      for (const [i, value] of row) gradient[i] += error * value;
      gradient[index.size] += error;
    });
    for (let i = 0; i < theta.length; i++) {
      first[i] = 0.9 * first[i] + 0.1 * gradient[i];
      second[i] = 0.999 * second[i] + 0.001 * gradient[i] ** 2;
      theta[i] -= (LEARNING_RATE * (first[i] / (1 - 0.9 ** step))) / (Math.sqrt(second[i] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return (text) => 1 / (1 + Math.exp(-logOdds(vector(countWords(text)))));
}

function countWords(text: string): Map<string, number> {
  const count = new Map<string, number>();
  for (const word of wordsOf(text)) count.set(word, (count.get(word) ?? 0) + 1);
  return count;
}
