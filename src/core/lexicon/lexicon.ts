import type { Concern, Side } from '../types';
import { CUES, POINT_WORDS } from '../evidence/cues';
import { BUILTIN_GROUPS } from './builtin';
import { inflections } from './inflect';
import { WordPrefilter } from './prefilter';
import { wordsOf } from './words';

/** One vocabulary entry or structural cue; evidence points back to it. */
export interface Term {
  /** Canonical text, e.g. `acceptance criteria`. */
  text: string;
  side: Side;
  concern: Concern;
  weight: number;
  headingOnly: boolean;
}

export interface PhraseTerm {
  /** The words after the first one. */
  rest: string[];
  term: Term;
}

/** Everything that can start at one word: the word alone and the phrases it begins, longest first. */
export interface LexiconEntry {
  single?: Term;
  phrases?: PhraseTerm[];
  /** A cue that counts only right after a number (`3 points`). */
  afterNumber?: Term;
}

export interface Lexicon {
  words: Map<string, LexiconEntry>;
  /** Every word a term or phrase needs to see; the rest are never turned into strings. */
  prefilter: WordPrefilter;
  /** User terms with characters a word scan cannot see (`c++`, `a.*b`), lower-cased; found with indexOf. */
  literals: { needle: string; term: Term }[];
}

export interface TermOptions {
  po: readonly string[];
  pm: readonly string[];
  ignore: readonly string[];
}

/** User terms weigh like a clear built-in sign. PM user terms count as `what` since the format has no concern. */
const USER_TERM_WEIGHT = 2;

export function buildLexicon(terms: TermOptions): Lexicon {
  const lexicon: Lexicon = { words: new Map(), prefilter: new WordPrefilter(), literals: [] };
  const ignored = new Set(terms.ignore.map((term) => wordsOf(term).join(' ')).filter(Boolean));
  addUserTerms(lexicon, terms.po, 'po', 'how');
  addUserTerms(lexicon, terms.pm, 'pm', 'what');
  for (const group of BUILTIN_GROUPS) {
    for (const spec of group.terms) {
      const exact = spec.startsWith('=');
      const words = wordsOf(exact ? spec.slice(1) : spec);
      const last = words[words.length - 1];
      const variants = exact ? [words] : inflections(last).map((form) => [...words.slice(0, -1), form]);
      if (variants.some((variant) => ignored.has(variant.join(' ')))) continue;
      const term: Term = { text: words.join(' '), side: group.side, concern: group.concern, weight: group.weight, headingOnly: group.headingOnly ?? false };
      for (const variant of variants) addWords(lexicon, variant, term);
    }
  }
  for (const word of POINT_WORDS) {
    if (!lexicon.words.has(word)) lexicon.words.set(word, {});
    lexicon.words.get(word)!.afterNumber = CUES.storyPoints;
  }
  for (const [word, entry] of lexicon.words) {
    lexicon.prefilter.add(word);
    for (const phrase of entry.phrases ?? []) for (const rest of phrase.rest) lexicon.prefilter.add(rest);
    entry.phrases?.sort((a, b) => b.rest.length - a.rest.length);
  }
  return lexicon;
}

function addUserTerms(lexicon: Lexicon, list: readonly string[], side: Side, concern: Concern): void {
  for (const raw of list) {
    const text = raw.trim().toLowerCase();
    if (!text) continue;
    const term: Term = { text, side, concern, weight: USER_TERM_WEIGHT, headingOnly: false };
    const words = wordsOf(text);
    // A term made only of words and single spaces joins the word scan; anything else is matched literally.
    if (words.join(' ') === text) addWords(lexicon, words, term);
    else lexicon.literals.push({ needle: text, term });
  }
}

/** The first definition of a word or phrase wins: user terms come first, then stronger built-in groups. */
function addWords(lexicon: Lexicon, words: string[], term: Term): void {
  let entry = lexicon.words.get(words[0]);
  if (!entry) lexicon.words.set(words[0], (entry = {}));
  if (words.length === 1) {
    entry.single ??= term;
    return;
  }
  const rest = words.slice(1);
  entry.phrases ??= [];
  if (!entry.phrases.some((phrase) => phrase.rest.join(' ') === rest.join(' '))) entry.phrases.push({ rest, term });
}
