import type { Lines } from '../markdown/lines';
import type { TokenBuffer } from './tokens';

/** A user story (`As a …, I want …`) or job story (`When …, I want …`) found in one paragraph. */
export interface StoryMatch {
  /** Token of `As` / `When`. */
  first: number;
  /** Token of the `want` that ends the role or situation. */
  roleEnd: number;
  /** Token that ends the sentence. */
  last: number;
  /** Token that opens the value clause (`so that`, `in order to`, `because`), or -1. */
  value: number;
  /** Where the sentence's words end, before its closing punctuation: where `, so that …` belongs. */
  endOffset: number;
  endLine: number;
}

const ARTICLES = new Set(['a', 'an', 'the']);
const WANTS = new Set(['want', 'wanna', 'need', 'would', 'wish', 'can', 'should', 'must', 'expect', 'like']);
/**
 * After `so`, words that make it an intensifier or a set phrase (`so much`, `so far`, `and so on`, `so quickly`)
 * rather than the start of a purpose clause. Any other word opens one: `so that …`, `so I can …`,
 * `so notifications stop …`, `so as to …`. Missing a real value clause raises a false warning, so the list
 * holds only what reads as degree or filler; the adjectives are the ones a story plausibly intensifies.
 */
const SO_NOT_PURPOSE = new Set([
  'much', 'many', 'far', 'on', 'forth', 'long', 'few', 'little', 'very', 'too', 'often', 'soon', 'well', 'called',
  'fast', 'slow', 'quick', 'quickly', 'slowly', 'easy', 'easily', 'hard', 'simple', 'good', 'bad', 'big', 'small',
]);
const MAX_ROLE_WORDS = 30;
const MAX_SENTENCE_WORDS = 80;

export function findStories(tokens: TokenBuffer, text: string, lines: Lines, onStory: (story: StoryMatch) => void): void {
  for (let i = 0; i < tokens.length - 3; i++) {
    const userStory = tokens.is(i, 'as') && ARTICLES.has(tokens.wordAt(i + 1));
    const jobStory = i === 0 && tokens.is(i, 'when');
    if (!userStory && !jobStory) continue;
    const want = findWant(tokens, text, i + 2);
    if (want < 0) continue;
    let last = want;
    while (last + 1 < tokens.length && last + 1 - want < MAX_SENTENCE_WORDS && !sentenceBreak(tokens, text, last)) last++;
    let value = findValue(tokens, want + 1, last);
    // `… I want X. So that Y.` states the value in the next sentence.
    if (value < 0 && tokens.is(last + 1, 'so') && tokens.is(last + 2, 'that')) value = last + 1;
    const endLine = tokens.lines[last];
    onStory({ first: i, roleEnd: want, last, value, endOffset: sentenceEnd(tokens, text, lines, last), endLine });
    i = last;
  }
}

/** The `want` of `I want` within the story's opening clause, or -1. */
function findWant(tokens: TokenBuffer, text: string, from: number): number {
  const limit = Math.min(tokens.length - 1, from + MAX_ROLE_WORDS);
  for (let j = from; j < limit; j++) {
    if (tokens.is(j, 'i') && WANTS.has(tokens.wordAt(j + 1))) return j + 1;
    if (sentenceBreak(tokens, text, j)) return -1;
  }
  return -1;
}

function findValue(tokens: TokenBuffer, from: number, last: number): number {
  for (let k = from; k <= last; k++) {
    if (tokens.is(k, 'so') && k < last && opensPurpose(tokens, k)) return k;
    if (tokens.is(k, 'because')) return k;
    if (tokens.is(k, 'in') && k + 2 <= last && tokens.is(k + 1, 'order') && tokens.is(k + 2, 'to')) return k;
  }
  return -1;
}

/** `so` at token `k` starts a purpose clause: not `… or so`, and not followed by a degree word. */
function opensPurpose(tokens: TokenBuffer, k: number): boolean {
  if (k > 0 && tokens.is(k - 1, 'or')) return false;
  return !SO_NOT_PURPOSE.has(tokens.wordAt(k + 1));
}

/** Whether a sentence ends between token `k` and the next one: `.`, `!` or `?` followed by a blank or a line end. */
function sentenceBreak(tokens: TokenBuffer, text: string, k: number): boolean {
  const to = tokens.starts[k + 1];
  for (let p = tokens.ends[k]; p < to; p++) {
    const c = text.charCodeAt(p);
    if ((c === 46 || c === 33 || c === 63) && isBlank(text.charCodeAt(p + 1))) return true;
  }
  return false;
}

/** After the last word, past closing code spans or emphasis, before the full stop, a comment or trailing blanks. */
function sentenceEnd(tokens: TokenBuffer, text: string, lines: Lines, last: number): number {
  const line = tokens.lines[last];
  const from = tokens.ends[last];
  const limit = last + 1 < tokens.length && tokens.lines[last + 1] === line ? tokens.starts[last + 1] : lines.ends[line];
  let end = from;
  for (let p = from; p < limit; p++) {
    const c = text.charCodeAt(p);
    if ((c === 46 || c === 33 || c === 63) && (p + 1 === limit || isBlank(text.charCodeAt(p + 1)))) break;
    if (c === 60 && text.startsWith('<!--', p)) break;
    if (!isBlank(c) && c !== 44 && c !== 59 && c !== 58) end = p + 1; // not a blank, `,`, `;` or `:`
  }
  return end;
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
