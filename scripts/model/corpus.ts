// The labelled corpus: sections, their training targets and folds grouped by repository.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Label = 'PO' | 'PM' | 'MIXED';

export interface Item {
  id: string;
  repo: string;
  heading: string;
  label: Label;
  label2?: Label;
  agreed?: boolean;
  text: string;
}

export const CORPUS_PATH = resolve(import.meta.dirname, '../../../shared/corpus/dev.jsonl');

export function readCorpus(path = CORPUS_PATH): Item[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Item);
}

const PM_PROBABILITY: Record<Label, number> = { PO: 0, MIXED: 0.5, PM: 1 };

/** What the model should say: 0 for PO, 1 for PM, ½ for MIXED; where two readers disagree, between their labels. */
export function targetOf(item: Item): number {
  const first = PM_PROBABILITY[item.label];
  return item.agreed === false && item.label2 ? (first + PM_PROBABILITY[item.label2]) / 2 : first;
}

/** Sections two careful readers labelled differently are uncertain: they count half. */
export const trainingWeightOf = (item: Item): number => (item.agreed === false ? 0.5 : 1);

/**
 * The locked test part: the repositories whose name hashes (FNV-1a, 32 bits, of its UTF-8 bytes) to 0 mod 4,
 * about a quarter of them. A repository's side never changes as the corpus grows, so nothing is ever chosen on
 * these sections: `npm run eval` reports them, and every choice is made by cross-validation on the rest.
 */
export function isLockedTest(repo: string): boolean {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(repo)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash % 4 === 0;
}

/** Repositories dealt round-robin into `k` folds after a seeded shuffle, so no repository is in two folds. */
export function repoFolds(items: readonly Item[], k: number, seed: number): number[] {
  const repos = shuffled([...new Set(items.map((item) => item.repo))].sort(), seed);
  const foldOf = new Map(repos.map((repo, index) => [repo, index % k]));
  return items.map((item) => foldOf.get(item.repo)!);
}

/** Shuffles in place with a seeded linear congruential generator (Fisher–Yates): the same seed, the same order. */
export function shuffled<T>(values: T[], seed: number): T[] {
  let state = seed;
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
}
