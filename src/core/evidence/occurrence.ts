import type { Term } from '../lexicon/lexicon';
import type { Lines } from '../markdown/lines';
import type { Concern, Evidence, Range, Side } from '../types';

/** The text a scan reads, shared by all of its occurrences. */
export interface Source {
  text: string;
  lines: Lines;
}

/**
 * One piece of evidence as the scanner found it. A document has tens of thousands of them and few are ever
 * shown, so each is one small object of five fields: its term's fields, phrase and range are read when asked
 * for. Copy one with `plainEvidence`, not a spread (those are getters); JSON gets them all.
 */
export class Occurrence implements Evidence {
  constructor(
    private readonly source: Source,
    private readonly found: Term,
    readonly weight: number,
    readonly startOffset: number,
    readonly endOffset: number,
  ) {}

  get term(): string {
    return this.found.text;
  }

  get side(): Side {
    return this.found.side;
  }

  get concern(): Concern {
    return this.found.concern;
  }

  /** A phrase wrapped over lines reads as one line. */
  get phrase(): string {
    const phrase = this.source.text.slice(this.startOffset, this.endOffset);
    return LINE_BREAK.test(phrase) ? phrase.replace(/\s+/g, ' ') : phrase;
  }

  get range(): Range {
    const { starts } = this.source.lines;
    const startLine = lineAt(starts, this.startOffset);
    const endLine = lineAt(starts, this.endOffset, startLine);
    return {
      start: { line: startLine, character: this.startOffset - starts[startLine] },
      end: { line: endLine, character: this.endOffset - starts[endLine] },
    };
  }

  toJSON(): Evidence {
    return plainEvidence(this);
  }
}

const LINE_BREAK = /[\n\r]/;

/** The line that holds `offset`: the last line starting at or before it, searched from line `from` on. */
function lineAt(starts: Int32Array, offset: number, from = 0): number {
  let low = from;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Evidence as plain data, with `weight` replaced when given. */
export function plainEvidence(item: Evidence, weight = item.weight): Evidence {
  return { phrase: item.phrase, term: item.term, side: item.side, concern: item.concern, weight, range: item.range };
}
