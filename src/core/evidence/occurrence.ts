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
 * shown, so each is one small object: its phrase and range are read from the text when asked for. Copy one
 * with `plainEvidence`, not a spread (the phrase and range are not own properties); JSON gets them all.
 */
export class Occurrence implements Evidence {
  readonly term: string;
  readonly side: Side;
  readonly concern: Concern;

  constructor(
    private readonly source: Source,
    found: Term,
    readonly weight: number,
    readonly startOffset: number,
    readonly endOffset: number,
    private readonly startLine: number,
    private readonly endLine: number,
  ) {
    this.term = found.text;
    this.side = found.side;
    this.concern = found.concern;
  }

  get phrase(): string {
    const phrase = this.source.text.slice(this.startOffset, this.endOffset);
    return this.startLine === this.endLine ? phrase : phrase.replace(/\s+/g, ' ');
  }

  get range(): Range {
    const { starts } = this.source.lines;
    return {
      start: { line: this.startLine, character: this.startOffset - starts[this.startLine] },
      end: { line: this.endLine, character: this.endOffset - starts[this.endLine] },
    };
  }

  toJSON(): Evidence {
    return plainEvidence(this);
  }
}

/** Evidence as plain data, with `weight` replaced when given. */
export function plainEvidence(item: Evidence, weight = item.weight): Evidence {
  return { phrase: item.phrase, term: item.term, side: item.side, concern: item.concern, weight, range: item.range };
}
