import type { Term } from '../lexicon/lexicon';
import type { Source } from './occurrence';
import { ScannedSection } from './section';
import { EvidenceStore } from './store';
import { grown } from '../grown';

/** Repeats past this many in one section add nothing and are not listed, which also bounds the evidence of hostile input. */
const MAX_REPEATS = 50;

/**
 * Collects sections and their evidence in one pass. A section owns the evidence of its own text only
 * (heading line to the next heading of any level); its subsections have their own verdicts, and the
 * document verdict adds everything up.
 */
export class SectionCollector {
  readonly sections: ScannedSection[] = [];
  private current: ScannedSection;
  /** Open sections, outermost first, to close them when a heading of the same or a higher level comes. */
  private readonly open: ScannedSection[] = [];
  readonly evidence: EvidenceStore;
  /**
   * Three numbers a term, by its id: its index in the store + 1 (0 until found), the number of the section it
   * last counted in, and how often it has counted there (repeats weigh less and less). A new section starts
   * from zero without clearing anything: a document of headings has a section a line.
   */
  private readonly counts: Int32Array;
  private sectionNumber = 0;
  /**
   * Cues found ahead of the words before them (see `addAhead`), in document order, in `pendingFrom`..`pendingTo`;
   * four numbers a cue (as `append` takes them), reused, never shrunk.
   */
  private pending = new Int32Array(64);
  private pendingFrom = 0;
  private pendingTo = 0;

  constructor(private readonly source: Source, termCount: number) {
    this.counts = new Int32Array(3 * termCount);
    this.evidence = new EvidenceStore(source);
    const { starts } = source.lines;
    this.current = this.start(0, 0, starts[0], starts[0]);
  }

  get section(): ScannedSection {
    return this.current;
  }

  /** Ends a paragraph: the cues still held back join the evidence. */
  settle(): void {
    this.release(Infinity);
  }

  /** A heading at `line` whose title spans [textStart, textEnd). */
  heading(level: number, line: number, textStart: number, textEnd: number): void {
    this.settle();
    while (this.open.length && this.open[this.open.length - 1].level >= level) this.open.pop()!.endLine = line - 1;
    this.current = this.start(level, line, textStart, textEnd);
    this.open.push(this.current);
  }

  /** Evidence found in document order (the words of a paragraph): it follows the cues held back before it. */
  add(term: Term, startOffset: number, endOffset: number): void {
    const repeat = this.count(term);
    if (repeat < 0) return;
    this.release(startOffset);
    this.append(this.counts[3 * term.id] - 1, repeat, startOffset, endOffset);
  }

  /**
   * A cue found ahead of the words before it: the inline scan reports a line's cues as it reads them, and the
   * stories of a paragraph are found before its words are matched. Held back until those words come, so the
   * evidence arrives in document order and needs no sort. Its weight is settled now: repeats are counted in the
   * order they are found.
   */
  addAhead(term: Term, startOffset: number, endOffset: number): void {
    const repeat = this.count(term);
    if (repeat < 0) return;
    if (4 * this.pendingTo === this.pending.length) this.pending = grown(this.pending, 2 * this.pending.length);
    const { pending } = this;
    let at = this.pendingTo++;
    for (; at > this.pendingFrom && pending[4 * (at - 1) + 2] > startOffset; at--) pending.copyWithin(4 * at, 4 * (at - 1), 4 * at);
    pending[4 * at] = this.counts[3 * term.id] - 1;
    pending[4 * at + 1] = repeat;
    pending[4 * at + 2] = startOffset;
    pending[4 * at + 3] = endOffset;
  }

  /** Moves the held-back cues that start at or before `offset` into the evidence. */
  private release(offset: number): void {
    const { pending } = this;
    for (; this.pendingFrom < this.pendingTo && pending[4 * this.pendingFrom + 2] <= offset; this.pendingFrom++) {
      const at = 4 * this.pendingFrom;
      this.append(pending[at], pending[at + 1], pending[at + 2], pending[at + 3]);
    }
    if (this.pendingFrom === this.pendingTo) this.pendingFrom = this.pendingTo = 0;
  }

  private append(termIndex: number, repeat: number, startOffset: number, endOffset: number): void {
    this.evidence.push(termIndex, repeat, startOffset, endOffset);
    this.current.evidenceEnd = this.evidence.length;
  }

  /**
   * Counts one more of `term` in the current section: how many times it counted there before, or -1 when it is
   * no evidence or has repeated too often.
   */
  private count(term: Term): number {
    if (term.weight === 0) return -1; // a cue the model found no use for is no evidence
    const { counts } = this;
    const at = 3 * term.id;
    if (counts[at] === 0) counts[at] = this.evidence.addTerm(term) + 1;
    if (counts[at + 1] !== this.sectionNumber) {
      counts[at + 1] = this.sectionNumber;
      counts[at + 2] = 0;
    }
    if (counts[at + 2] >= MAX_REPEATS) return -1;
    return counts[at + 2]++;
  }

  /** Closes every open section at the last line; drops the preamble when it holds nothing but headings follow. */
  finish(): ScannedSection[] {
    this.settle();
    const lastLine = this.source.lines.starts.length - 1;
    for (const section of this.open) section.endLine = lastLine;
    const preamble = this.sections[0];
    if (this.sections.length > 1) {
      preamble.endLine = this.sections[1].startLine - 1;
      if (!preamble.hasProse && preamble.evidenceEnd === preamble.evidenceStart) this.sections.shift();
    } else preamble.endLine = lastLine;
    return this.sections;
  }

  private start(level: number, line: number, titleStart: number, titleEnd: number): ScannedSection {
    const section = new ScannedSection(this.evidence, level, line, titleStart, titleEnd, this.evidence.length);
    this.sectionNumber++;
    this.sections.push(section);
    return section;
  }
}
