import type { Term } from '../lexicon/lexicon';
import type { Source } from './occurrence';
import { ScannedSection } from './section';
import { EvidenceStore } from './store';

/** Repeats past this many in one section add nothing and are not listed, which also bounds the evidence of hostile input. */
const MAX_REPEATS = 50;

/** A term's place in the store, and how often it has counted so far in section number `section`. */
interface TermCount {
  readonly index: number;
  section: number;
  count: number;
}

/** A cue held back until the words before it arrive (see `addAhead`). */
interface HeldCue {
  termIndex: number;
  repeat: number;
  startOffset: number;
  endOffset: number;
}

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
   * How often each term has counted in its section (repeats weigh less and less). The count carries its
   * section's number, so a new section starts from zero without a new map: a document of headings has a
   * section a line.
   */
  private readonly counts = new Map<Term, TermCount>();
  private sectionNumber = 0;
  /** Cues found ahead of the words before them (see `addAhead`), in document order, in `pendingFrom`..`pendingTo`; reused, never shrunk. */
  private readonly pending: HeldCue[] = [];
  private pendingFrom = 0;
  private pendingTo = 0;

  constructor(private readonly source: Source) {
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
    const counted = this.count(term);
    if (!counted) return;
    this.release(startOffset);
    this.append(counted.index, counted.count - 1, startOffset, endOffset);
  }

  /**
   * A cue found ahead of the words before it: the inline scan reports a line's cues as it reads them, and the
   * stories of a paragraph are found before its words are matched. Held back until those words come, so the
   * evidence arrives in document order and needs no sort. Its weight is settled now: repeats are counted in the
   * order they are found.
   */
  addAhead(term: Term, startOffset: number, endOffset: number): void {
    const counted = this.count(term);
    if (!counted) return;
    const { pending } = this;
    let at = this.pendingTo++;
    for (; at > this.pendingFrom && pending[at - 1].startOffset > startOffset; at--) pending[at] = pending[at - 1];
    pending[at] = { termIndex: counted.index, repeat: counted.count - 1, startOffset, endOffset };
  }

  /** Moves the held-back cues that start at or before `offset` into the evidence. */
  private release(offset: number): void {
    const { pending } = this;
    for (; this.pendingFrom < this.pendingTo && pending[this.pendingFrom].startOffset <= offset; this.pendingFrom++) {
      const { termIndex, repeat, startOffset, endOffset } = pending[this.pendingFrom];
      this.append(termIndex, repeat, startOffset, endOffset);
    }
    if (this.pendingFrom === this.pendingTo) this.pendingFrom = this.pendingTo = 0;
  }

  private append(termIndex: number, repeat: number, startOffset: number, endOffset: number): void {
    this.evidence.push(termIndex, repeat, startOffset, endOffset);
    this.current.evidenceEnd = this.evidence.length;
  }

  /** Counts one more of `term` in the current section; undefined when it is no evidence or has repeated too often. */
  private count(term: Term): TermCount | undefined {
    if (term.weight === 0) return undefined; // a cue the model found no use for is no evidence
    let counted = this.counts.get(term);
    if (!counted) this.counts.set(term, (counted = { index: this.evidence.addTerm(term), section: 0, count: 0 }));
    if (counted.section !== this.sectionNumber) {
      counted.section = this.sectionNumber;
      counted.count = 0;
    }
    if (counted.count >= MAX_REPEATS) return undefined;
    counted.count++;
    return counted;
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
