/**
 * Line boundaries of a text: LF, CRLF and a lone CR each end a line, as in VS Code. A leading BOM is not part
 * of the document (VS Code drops it), so line 0 starts after it and columns on line 0 do not count it.
 */
export interface Lines {
  /** Offset of each line's first character. */
  starts: number[];
  /** Offset just past each line's last character, before the line break. */
  ends: number[];
}

export function indexLines(text: string): Lines {
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let nextLf = text.indexOf('\n', pos);
  let nextCr = text.indexOf('\r', pos);
  for (;;) {
    if (nextLf >= 0 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    if (nextCr >= 0 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    const end = nextCr < 0 ? nextLf : nextLf < 0 ? nextCr : Math.min(nextLf, nextCr);
    starts.push(pos);
    if (end < 0) {
      ends.push(text.length);
      return { starts, ends };
    }
    ends.push(end);
    pos = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}
