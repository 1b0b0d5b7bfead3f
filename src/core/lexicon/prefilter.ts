/**
 * A table of (first letter, second letter, length) triples that some known word has (small enough to stay in cache). The scanner asks it
 * before making a string of a word, so most words of ordinary prose cost neither an allocation nor a Map
 * lookup. Words that start with other than ASCII letters always pass.
 */
export class WordPrefilter {
  private readonly table = new Uint8Array(27 * 27 * 32);

  add(word: string): void {
    const index = this.index(word.charCodeAt(0), word.charCodeAt(1), word.length);
    if (index >= 0) this.table[index] = 1;
  }

  /** Char codes of the word's first and second letters (the second is ignored for one-letter words). */
  mayContain(first: number, second: number, length: number): boolean {
    const index = this.index(first, second, length);
    return index < 0 || this.table[index] === 1;
  }

  private index(first: number, second: number, length: number): number {
    const a = letter(first);
    const b = length > 1 ? letter(second) : 26;
    if (a < 0 || b < 0) return -1;
    return (a * 27 + b) * 32 + Math.min(length, 31);
  }
}

/** 0–25 for a–z (either case), -1 for anything else. */
function letter(code: number): number {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122 ? lower - 97 : -1;
}
