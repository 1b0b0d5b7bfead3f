import type { EvidenceRun } from '../describe';
import type { Scoring } from '../lexicon/lexicon';
import type { Lean, Range, Section } from '../types';
import { judgementOf } from '../verdict';
import type { Occurrence } from './occurrence';
import type { EvidenceStore } from './store';

/**
 * A section as the scanner collects it and as the analysis returns it, one object for both. A document of
 * headings has one a line, so its title, ranges and evidence are kept as numbers and built when read (as
 * `Occurrence` does for its phrase and range): the garbage collector walks one object a section, not a dozen.
 * Each read builds them afresh. JSON gets them all.
 */
export class ScannedSection implements Section {
  lean: Lean = 'unclear';
  pmShare: number | null = null;
  poWeight = 0;
  pmWeight = 0;
  /** Where its run of the scan's evidence ends (see `evidenceStart`). */
  evidenceEnd: number;
  /** Its last line, set when a heading of the same or a higher level (or the end) closes it. */
  endLine: number;
  /** Whether any prose line belongs to it (an empty preamble is dropped). */
  hasProse = false;
  /** How many words its own text has, evidence or not: the verdict scales evidence by the section's length. */
  words = 0;

  /** `startLine` is the heading's line; the title spans offsets [titleStart, titleEnd) of it; its evidence starts at `evidenceStart` of the scan's. */
  constructor(
    private readonly store: EvidenceStore,
    readonly level: number,
    readonly startLine: number,
    private readonly titleStart: number,
    private readonly titleEnd: number,
    readonly evidenceStart: number,
  ) {
    this.endLine = startLine;
    this.evidenceEnd = evidenceStart;
  }

  get heading(): string {
    return this.store.source.text.slice(this.titleStart, this.titleEnd);
  }

  get headingRange(): Range {
    const lineStart = this.store.source.lines.starts[this.startLine];
    return {
      start: { line: this.startLine, character: this.titleStart - lineStart },
      end: { line: this.startLine, character: this.titleEnd - lineStart },
    };
  }

  get range(): Range {
    const { starts, ends } = this.store.source.lines;
    return { start: { line: this.startLine, character: 0 }, end: { line: this.endLine, character: ends[this.endLine] - starts[this.endLine] } };
  }

  /** Its own evidence, in document order. */
  get evidence(): Occurrence[] {
    return this.store.slice(this.evidenceStart, this.evidenceEnd);
  }

  /** Its own evidence, read by index (see `evidenceOf`). */
  evidenceRun(): EvidenceRun {
    return this.store.run(this.evidenceStart, this.evidenceEnd);
  }

  /** Takes the verdict on its own text. */
  judge(scoring: Scoring): void {
    const { lean, pmShare, poWeight, pmWeight } = judgementOf(this.store, this.evidenceStart, this.evidenceEnd, this.words, scoring);
    this.lean = lean;
    this.pmShare = pmShare;
    this.poWeight = poWeight;
    this.pmWeight = pmWeight;
  }

  toJSON(): Section {
    const { heading, level, headingRange, range, lean, pmShare, poWeight, pmWeight, evidence } = this;
    return { heading, level, headingRange, range, lean, pmShare, poWeight, pmWeight, evidence };
  }
}
