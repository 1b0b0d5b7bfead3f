import type { Concern, Side } from '../types';
import { POINT_WORDS } from '../evidence/cues';
import type { CueName, Model, ModelTerm } from '../model/model';
import { OTHER_SENSES } from './senses';
import { WordTable } from './wordTable';
import { foldCase, wordsOf } from './words';

/** One term of the model, a user term or a structural cue; evidence points back to it. */
export type Term = ModelTerm;

export interface PhraseTerm {
  /** The words after the first one. */
  rest: string[];
  /** Their numbers in the lexicon's `vocabulary`. */
  restIds: number[];
  term: Term;
}

/** Everything that can start at one word: the word alone and the phrases it begins, longest first. */
export interface LexiconEntry {
  single?: Term;
  phrases?: PhraseTerm[];
  /** A cue that counts only right after a number (`3 points`). */
  afterNumber?: Term;
  /** Neighbours beside which the word alone means something else and is no evidence (`OTHER_SENSES`). */
  otherSense?: ReadonlySet<string>;
}

/** How evidence adds up to a verdict: the model's constants (see `ModelData`). */
export type Scoring = Pick<Model, 'bias' | 'repeatDamping' | 'lengthFloor' | 'minWords' | 'balancedMargin'>;

/** The words a scan looks up, numbered, and what can start at each. */
export interface WordIndex {
  /** Every word a term or phrase needs to see; the rest are never turned into strings. */
  vocabulary: WordTable;
  /** By word number, what can start at the word (none for a word that only continues phrases). */
  entries: (LexiconEntry | undefined)[];
}

export interface Lexicon extends WordIndex {
  /** What can start at each word, by the word (the scan reads `entries` by number instead). */
  words: Map<string, LexiconEntry>;
  /** User terms with characters a word scan cannot see (`c++`, `a.*b`), case-folded (`foldCase`); found with indexOf. */
  literals: { needle: string; term: Term }[];
  cues: Record<CueName, Term>;
  scoring: Scoring;
  /** Every term's `id` is below it. */
  termCount: number;
}

export interface TermOptions {
  po: readonly string[];
  pm: readonly string[];
  ignore: readonly string[];
}

/** A user term weighs like one of the model's strongest terms (its 95th percentile), so a few of them decide. */
const USER_TERM_PERCENTILE = 0.95;

/** The model's vocabulary plus the user's terms; `ignore` drops every form of a model term that it names (one word). */
export function buildLexicon(terms: TermOptions, model: Model): Lexicon {
  const { words: forms, cues, termCount, ...scoring } = model;
  const lexicon = { words: new Map<string, LexiconEntry>(), literals: [] as Lexicon['literals'], cues, scoring, termCount };
  const userWeight = percentile([...new Set(forms.values())].map((term) => term.weight), USER_TERM_PERCENTILE);
  addUserTerms(lexicon, terms.po, 'po', 'how', userWeight);
  addUserTerms(lexicon, terms.pm, 'pm', 'what', userWeight);
  const ignored = new Set<Term>();
  for (const words of terms.ignore.map(wordsOf)) {
    const term = words.length === 1 ? forms.get(words[0]) : undefined;
    if (term) ignored.add(term);
  }
  for (const [form, term] of forms) {
    if (ignored.has(term)) continue;
    let entry = lexicon.words.get(form);
    if (!entry) lexicon.words.set(form, (entry = {}));
    entry.single ??= term;
    if (entry.single === term) entry.otherSense = OTHER_SENSES.get(term.text);
  }
  return { ...lexicon, ...finishWords(lexicon.words, cues['story points']) };
}

/**
 * The last step of every lexicon: estimates after a number (`3 points`), phrases tried longest first, and
 * every word a term or phrase needs to see, numbered (the words that start something first).
 */
export function finishWords(words: Map<string, LexiconEntry>, storyPoints: Term): WordIndex {
  for (const word of POINT_WORDS) words.set(word, { ...words.get(word), afterNumber: storyPoints });
  const phrases = [...words.values()].flatMap((entry) => entry.phrases ?? []);
  const vocabulary = new WordTable([...words.keys(), ...phrases.flatMap((phrase) => phrase.rest)]);
  for (const phrase of phrases) phrase.restIds = phrase.rest.map((word) => vocabulary.idOf(word));
  for (const entry of words.values()) entry.phrases?.sort((a, b) => b.rest.length - a.rest.length);
  return { vocabulary, entries: vocabulary.words.map((word) => words.get(word)) };
}

/** User terms are numbered after the model's. */
function addUserTerms(lexicon: Pick<Lexicon, 'words' | 'literals' | 'termCount'>, list: readonly string[], side: Side, concern: Concern, weight: number): void {
  for (const raw of list) {
    const text = raw.trim().toLowerCase();
    if (!text) continue;
    const term: Term = { id: lexicon.termCount++, text, side, concern, weight };
    const words = wordsOf(text);
    // A term made only of words and single spaces joins the word scan; anything else is matched literally.
    if (words.join(' ') === text) addWords(lexicon, words, term);
    else lexicon.literals.push({ needle: foldCase(raw.trim()), term });
  }
}

/** The first definition of a word or phrase wins: user terms come before the model's. */
function addWords(lexicon: Pick<Lexicon, 'words'>, words: string[], term: Term): void {
  let entry = lexicon.words.get(words[0]);
  if (!entry) lexicon.words.set(words[0], (entry = {}));
  if (words.length === 1) {
    entry.single ??= term;
    return;
  }
  const rest = words.slice(1);
  entry.phrases ??= [];
  if (!entry.phrases.some((phrase) => phrase.rest.join(' ') === rest.join(' '))) entry.phrases.push({ rest, restIds: [], term });
}

function percentile(values: number[], at: number): number {
  if (!values.length) return 1;
  const sorted = values.sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(at * sorted.length))];
}
