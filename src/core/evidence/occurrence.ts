import type { Term } from '../lexicon/lexicon';
import type { Lines } from '../markdown/lines';
import type { Concern, Evidence, Range, Side } from '../types';

/** The text a scan reads, shared by all of its occurrences and sections. */
export interface Source {
  text: string;
  lines: Lines;
  /** Each repeat of a term in one section adds less (1, 1/(1+d), 1/(1+2d), …), so one word said ten times cannot decide. */
  repeatDamping: number;
}

/**
 * One piece of evidence, made from the scan's `EvidenceStore` when a surface reads it: its term's
 * fields, phrase and range are worked out when asked for. Copy one with `plainEvidence`, not a spread (those
 * are getters); JSON gets them all.
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
    return phraseOf(this.source.text, this.startOffset, this.endOffset);
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

/** The text of a piece of evidence; a phrase wrapped over lines reads as one line. */
export function phraseOf(text: string, start: number, end: number): string {
  const phrase = text.slice(start, end);
  return LINE_BREAK.test(phrase) ? phrase.replace(/\s+/g, ' ') : phrase;
}

/** A term's weight for its `repeat`-th earlier count in a section: 1, 1/(1+d), 1/(1+2d), … of it. */
export function repeatedWeight(term: Term, repeat: number, source: Pick<Source, 'repeatDamping'>): number {
  return term.weight / (1 + source.repeatDamping * repeat);
}

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
