/**
 * Line boundaries of a text: LF, CRLF and a lone CR each end a line, as in VS Code. A leading BOM is not part
 * of the document (VS Code drops it), so line 0 starts after it and columns on line 0 do not count it.
 * Typed arrays: a megabyte of short lines is tens of thousands of entries the garbage collector never walks.
 */
export interface Lines {
  /** Offset of each line's first character. */
  starts: Int32Array;
  /** Offset just past each line's last character, before the line break. */
  ends: Int32Array;
}

export function indexLines(text: string): Lines {
  const count = countLines(text);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let nextLf = text.indexOf('\n', pos);
  let nextCr = text.indexOf('\r', pos);
  for (let line = 0; ; line++) {
    if (nextLf >= 0 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    if (nextCr >= 0 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    const end = nextCr < 0 ? nextLf : nextLf < 0 ? nextCr : Math.min(nextLf, nextCr);
    starts[line] = pos;
    if (end < 0) {
      ends[line] = text.length;
      return { starts, ends };
    }
    ends[line] = end;
    pos = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

/** One more than the line breaks (a CRLF is one). */
function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 10) count++;
  return count;
}
