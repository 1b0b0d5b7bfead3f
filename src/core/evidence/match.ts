import type { Lexicon, PhraseTerm, Term } from '../lexicon/lexicon';
import type { TokenBuffer } from './tokens';
import { SENSE_WINDOW } from '../lexicon/senses';
import { followsNumber } from './cues';

/** Receives one match: the term and the first and last token it covers. */
export type MatchSink = (term: Term, first: number, last: number) => void;

/**
 * Matches the buffer against the lexicon: each word's entry by its number, phrases tried longest first from
 * their first word. `skip` holds sorted [from, to] token spans that are not read (the role of a user story).
 */
export function matchTokens(tokens: TokenBuffer, lexicon: Lexicon, text: string, skip: readonly number[], emit: MatchSink): void {
  let span = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (span < skip.length && i >= skip[span]) {
      i = skip[span + 1];
      span += 2;
      continue;
    }
    const id = tokens.ids[i];
    const entry = id >= 0 ? lexicon.entries[id] : undefined;
    if (entry === undefined) continue;
    const phrase = entry.phrases && findPhrase(tokens, i, entry.phrases);
    if (phrase) {
      emit(phrase.term, i, i + phrase.rest.length);
      i += phrase.rest.length;
    } else if (entry.afterNumber && followsNumber(text, tokens.starts[i])) emit(entry.afterNumber, i, i);
    else if (entry.single && !(entry.otherSense && near(tokens, i, entry.otherSense))) emit(entry.single, i, i);
  }
}

/** Whether one of `words` is within `SENSE_WINDOW` words of token `i`. */
function near(tokens: TokenBuffer, i: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, i - SENSE_WINDOW); k <= i + SENSE_WINDOW && k < tokens.length; k++) if (k !== i && words.has(tokens.wordAt(k))) return true;
  return false;
}

function findPhrase(tokens: TokenBuffer, i: number, phrases: readonly PhraseTerm[]): PhraseTerm | undefined {
  for (const phrase of phrases) if (i + phrase.rest.length < tokens.length && restMatches(tokens, i, phrase.restIds)) return phrase;
  return undefined;
}

function restMatches(tokens: TokenBuffer, i: number, restIds: readonly number[]): boolean {
  for (let k = 0; k < restIds.length; k++) if (tokens.idAt(i + 1 + k) !== restIds[k]) return false;
  return true;
}
