import { isWordChar } from '../lexicon/words';

/** Words that make an estimate right after a number (`3 points`, `(5 SP)`, `8pts`). */
export const POINT_WORDS: readonly string[] = ['points', 'point', 'pts', 'pt', 'sp'];

export function followsNumber(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Whether a point word (`points`, `SP`) follows offset `end` of the lower-cased text, after at most one space. */
export function precedesPointWord(lower: string, end: number): boolean {
  const start = lower.charCodeAt(end) === 32 ? end + 1 : end;
  for (const word of POINT_WORDS) if (lower.startsWith(word, start) && !isWordChar(lower.charCodeAt(start + word.length))) return true;
  return false;
}
