import type { WordPrefilter } from '../lexicon/prefilter';

/**
 * The words of one paragraph, list item or heading, kept in reused parallel arrays so phrases can span
 * wrapped lines. A word no term needs is kept as '' so it still separates its neighbours.
 */
export class TokenBuffer {
  readonly words: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly lines: number[] = [];
  length = 0;

  constructor(private readonly prefilter: WordPrefilter) {}

  /** The word at [start, end), from `lower` (the lower-cased text) when given, else lower-cased here. */
  push(text: string, lower: string | undefined, start: number, end: number, line: number): void {
    const source = lower ?? text;
    const known = this.prefilter.mayContain(source.charCodeAt(start), source.charCodeAt(start + 1), end - start);
    const n = this.length++;
    this.words[n] = !known ? '' : lower ? lower.slice(start, end) : text.slice(start, end).toLowerCase();
    this.starts[n] = start;
    this.ends[n] = end;
    this.lines[n] = line;
  }

  clear(): void {
    this.length = 0;
  }
}
