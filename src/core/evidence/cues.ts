/** Words that make an estimate right after a number (`3 points`, `(5 SP)`, `8pts`). */
export const POINT_WORDS: readonly string[] = ['points', 'point', 'pts', 'pt', 'sp'];

export function followsNumber(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
