import type { WordPrefilter } from '../lexicon/prefilter';

/**
 * The words of one paragraph, list item or heading, kept in reused parallel arrays so phrases can span
 * wrapped lines. A word no term starts or continues with gets no string (`known` gives '') so it still
 * separates its neighbours; `is` and `wordAt` read such words from the text when a pattern needs them.
 * Offsets, lines and the index of each known word are typed arrays, grown a line at a time: a paragraph of a
 * million words grows them a few times, and the garbage collector never walks them.
 */
interface Arrays {
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
  knownAt: Int32Array;
}

/** The arrays the last scan released (scans run one at a time): a megabyte paragraph's are not zeroed again for the next. */
let spare: Arrays | undefined;

export class TokenBuffer {
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
  length = 0;
  /** For each token, its index in `strings`, or -1 when no term needs the word. */
  private knownAt: Int32Array;
  private readonly strings: string[] = [];

  /** `lower` is the lower-cased text when lower-casing kept its length; otherwise words are lower-cased one by one. */
  constructor(private readonly prefilter: WordPrefilter, private readonly text: string, private readonly lower: string | undefined) {
    const arrays = spare ?? { starts: new Int32Array(256), ends: new Int32Array(256), lines: new Int32Array(256), knownAt: new Int32Array(256) };
    spare = undefined;
    ({ starts: this.starts, ends: this.ends, lines: this.lines, knownAt: this.knownAt } = arrays);
  }

  push(start: number, end: number, line: number): void {
    const source = this.lower ?? this.text;
    const known = this.prefilter.mayContain(source.charCodeAt(start), source.charCodeAt(start + 1), end - start);
    if (this.length === this.starts.length) this.reserve(1);
    const n = this.length++;
    this.knownAt[n] = known ? this.strings.push(this.slice(start, end)) - 1 : -1;
    this.starts[n] = start;
    this.ends[n] = end;
    this.lines[n] = line;
  }

  /** Token `k` as a lower-case string when a term may need it, else ''. */
  known(k: number): string {
    return k < this.length && this.knownAt[k] >= 0 ? this.strings[this.knownAt[k]] : '';
  }

  /** Whether token `k` is `word` (lower case), without making a string. */
  is(k: number, word: string): boolean {
    if (k >= this.length) return false;
    if (this.knownAt[k] >= 0) return this.strings[this.knownAt[k]] === word;
    if (this.ends[k] - this.starts[k] !== word.length) return false;
    return this.lower ? this.lower.startsWith(word, this.starts[k]) : this.slice(this.starts[k], this.ends[k]) === word;
  }

  /** Token `k` as a lower-case string ('' past the end). */
  wordAt(k: number): string {
    if (k >= this.length) return '';
    return this.known(k) || this.slice(this.starts[k], this.ends[k]);
  }

  clear(): void {
    this.length = 0;
    this.strings.length = 0;
  }

  /** Hands the arrays to the next scan; the buffer is not used after. */
  release(): void {
    const { starts, ends, lines, knownAt } = this;
    spare = { starts, ends, lines, knownAt };
  }

  /** Makes room for `count` more tokens: a line of `n` characters holds at most (n + 1) / 2 words. */
  reserve(count: number): void {
    const needed = this.length + count;
    if (needed <= this.starts.length) return;
    const size = Math.max(needed, this.starts.length * 2);
    const grow = (array: Int32Array): Int32Array => {
      const grown = new Int32Array(size);
      grown.set(array.subarray(0, this.length));
      return grown;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.lines = grow(this.lines);
    this.knownAt = grow(this.knownAt);
  }

  private slice(start: number, end: number): string {
    return this.lower ? this.lower.slice(start, end) : this.text.slice(start, end).toLowerCase();
  }
}
