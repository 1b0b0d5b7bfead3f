/** The words of one paragraph, list item or heading, kept in reused parallel arrays so phrases can span wrapped lines. */
export class TokenBuffer {
  readonly words: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly lines: number[] = [];
  length = 0;

  push(word: string, start: number, end: number, line: number): void {
    const n = this.length++;
    this.words[n] = word;
    this.starts[n] = start;
    this.ends[n] = end;
    this.lines[n] = line;
  }

  clear(): void {
    this.length = 0;
  }
}
