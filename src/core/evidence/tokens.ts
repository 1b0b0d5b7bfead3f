import type { WordTable } from '../lexicon/wordTable';
import { grown } from '../grown';

/**
 * The words of one paragraph, list item or heading, kept in reused parallel arrays so phrases can span
 * wrapped lines. A word is kept as its offsets and its number in the lexicon's vocabulary (-1 when no term
 * starts or continues with it, so it still separates its neighbours); `is` and `wordAt` read a word from the
 * text when a pattern needs it. The arrays are typed, grown a line at a time: a paragraph of a million words
 * grows them a few times, and the garbage collector never walks them.
 */
interface Arrays {
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
  ids: Int32Array;
}

/** The arrays the last scan released (scans run one at a time): a megabyte paragraph's are not zeroed again for the next. */
let spare: Arrays | undefined;

export class TokenBuffer {
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
  /** Each token's number in the vocabulary, or -1. */
  ids: Int32Array;
  length = 0;

  /** `lower` is the lower-cased text when lower-casing kept its length; otherwise words are lower-cased one by one. */
  constructor(private readonly vocabulary: WordTable, private readonly text: string, private readonly lower: string | undefined) {
    const arrays = spare ?? { starts: new Int32Array(256), ends: new Int32Array(256), lines: new Int32Array(256), ids: new Int32Array(256) };
    spare = undefined;
    ({ starts: this.starts, ends: this.ends, lines: this.lines, ids: this.ids } = arrays);
  }

  /** A word at [start, end); `hash` is the `hashOf` its characters in the text the scan reads (see `scanInline`). */
  push(start: number, end: number, line: number, hash: number): void {
    if (this.length === this.starts.length) this.reserve(1);
    const n = this.length++;
    this.ids[n] = this.lower ? this.vocabulary.idIn(this.lower, start, end, hash) : this.vocabulary.idOf(this.text.slice(start, end).toLowerCase());
    this.starts[n] = start;
    this.ends[n] = end;
    this.lines[n] = line;
  }

  /** Token `k`'s number in the vocabulary; -1 when it has none or past the end. */
  idAt(k: number): number {
    return k < this.length ? this.ids[k] : -1;
  }

  /** Whether token `k` is `word` (lower case), without making a string. */
  is(k: number, word: string): boolean {
    if (k >= this.length || this.ends[k] - this.starts[k] !== word.length) return false;
    return this.lower ? this.lower.startsWith(word, this.starts[k]) : this.slice(this.starts[k], this.ends[k]) === word;
  }

  /** Token `k` as a lower-case string ('' past the end). */
  wordAt(k: number): string {
    return k < this.length ? this.slice(this.starts[k], this.ends[k]) : '';
  }

  clear(): void {
    this.length = 0;
  }

  /** Hands the arrays to the next scan; the buffer is not used after. */
  release(): void {
    const { starts, ends, lines, ids } = this;
    spare = { starts, ends, lines, ids };
  }

  /** Makes room for `count` more tokens: a line of `n` characters holds at most (n + 1) / 2 words. */
  reserve(count: number): void {
    const needed = this.length + count;
    if (needed <= this.starts.length) return;
    const size = Math.max(needed, this.starts.length * 2);
    this.starts = grown(this.starts, size);
    this.ends = grown(this.ends, size);
    this.lines = grown(this.lines, size);
    this.ids = grown(this.ids, size);
  }

  private slice(start: number, end: number): string {
    return this.lower ? this.lower.slice(start, end) : this.text.slice(start, end).toLowerCase();
  }
}
