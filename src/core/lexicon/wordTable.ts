/**
 * The words a lexicon needs to see, each with a number (its index in `words`), looked up straight from a
 * range of the lower-cased text: the scanner makes no string of a word to find it. A hash table with open
 * addressing, at most half full, so a word it does not hold (most words of prose) usually meets an empty slot
 * at once.
 */
export class WordTable {
  readonly words: string[] = [];
  /** Word number + 1 by slot; 0 is an empty slot. */
  private readonly slots: Int32Array;
  /** The full hash of each slot's word: a word that only shares the slot is told apart without reading it. */
  private readonly hashes: Int32Array;
  private readonly mask: number;

  constructor(words: Iterable<string>) {
    const unique = [...new Set(words)];
    let size = 16;
    while (size < 2 * unique.length) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (const word of unique) {
      const hash = hashOf(word, 0, word.length);
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = this.words.push(word);
      this.hashes[slot] = hash;
    }
  }

  /** The number of `word` (lower case), or -1. */
  idOf(word: string): number {
    return this.idIn(word, 0, word.length, hashOf(word, 0, word.length));
  }

  /** The number of the word `text[start, end)`, whose `hashOf` the caller worked out as it read it, or -1. */
  idIn(text: string, start: number, end: number, hash: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot] - 1;
      if (id < 0) return -1;
      if (this.hashes[slot] !== hash) continue;
      const word = this.words[id];
      if (word.length === end - start && text.startsWith(word, start)) return id;
    }
  }
}

/** FNV-1a over the UTF-16 code units: `HASH_SEED`, then a `hashStep` a character. */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

function hashOf(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}
