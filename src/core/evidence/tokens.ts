import type { WordPrefilter } from '../lexicon/prefilter';

/**
 * The words of one paragraph, list item or heading, kept in reused parallel arrays so phrases can span
 * wrapped lines. A word no term starts or continues with is kept as '' (no string is made for it) so it
 * still separates its neighbours; `is` and `wordAt` read such words from the text when a pattern needs them.
 * The arrays double when full (offsets and lines are typed): a paragraph of a million words grows them a few
 * times instead of element by element.
 */
export class TokenBuffer {
  words: string[] = new Array<string>(256).fill('');
  starts: Int32Array = new Int32Array(256);
  ends: Int32Array = new Int32Array(256);
  lines: Int32Array = new Int32Array(256);
  length = 0;

  /** `lower` is the lower-cased text when lower-casing kept its length; otherwise words are lower-cased one by one. */
  constructor(private readonly prefilter: WordPrefilter, private readonly text: string, private readonly lower: string | undefined) {}

  push(start: number, end: number, line: number): void {
    const source = this.lower ?? this.text;
    const known = this.prefilter.mayContain(source.charCodeAt(start), source.charCodeAt(start + 1), end - start);
    if (this.length === this.starts.length) this.grow();
    const n = this.length++;
    this.words[n] = known ? this.slice(start, end) : '';
    this.starts[n] = start;
    this.ends[n] = end;
    this.lines[n] = line;
  }

  /** Whether token `k` is `word` (lower case), without making a string. */
  is(k: number, word: string): boolean {
    if (k >= this.length) return false;
    if (this.words[k]) return this.words[k] === word;
    if (this.ends[k] - this.starts[k] !== word.length) return false;
    return this.lower ? this.lower.startsWith(word, this.starts[k]) : this.slice(this.starts[k], this.ends[k]) === word;
  }

  /** Token `k` as a lower-case string ('' past the end). */
  wordAt(k: number): string {
    if (k >= this.length) return '';
    return this.words[k] || this.slice(this.starts[k], this.ends[k]);
  }

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const double = (array: Int32Array): Int32Array => {
      const grown = new Int32Array(array.length * 2);
      grown.set(array);
      return grown;
    };
    const words = new Array<string>(this.words.length * 2).fill('');
    for (let k = 0; k < this.length; k++) words[k] = this.words[k];
    this.words = words;
    this.starts = double(this.starts);
    this.ends = double(this.ends);
    this.lines = double(this.lines);
  }

  private slice(start: number, end: number): string {
    return this.lower ? this.lower.slice(start, end) : this.text.slice(start, end).toLowerCase();
  }
}
