import type { Lines } from '../markdown/lines';
import type { Term } from '../lexicon/lexicon';
import type { Range } from '../types';
import { Occurrence, type Source } from './occurrence';

/** A section while the scanner is still inside it. */
export interface SectionDraft {
  heading: string;
  level: number;
  headingRange: Range;
  startLine: number;
  endLine: number;
  evidence: Occurrence[];
  /** Whether any prose line belongs to it (an empty preamble is dropped). */
  hasProse: boolean;
  /** How many words its own text has, evidence or not: the verdict scales evidence by the section's length. */
  words: number;
}

/** Repeats past this many in one section add nothing and are not listed, which also bounds the evidence of hostile input. */
const MAX_REPEATS = 50;

/**
 * Collects sections and their evidence in one pass. A section owns the evidence of its own text only
 * (heading line to the next heading of any level); its subsections have their own verdicts, and the
 * document verdict adds everything up.
 */
export class SectionCollector {
  readonly sections: SectionDraft[] = [];
  private current: SectionDraft;
  /** Open sections, outermost first, to close them when a heading of the same or a higher level comes. */
  private readonly open: SectionDraft[] = [];
  private readonly source: Source;
  /** How often each term has already counted in the current section: repeats weigh less and less. */
  private readonly counts = new Map<Term, number>();
  /** Cues found ahead of the words before them (see `addAhead`), in document order, from `pendingFrom` on. */
  private readonly pending: Occurrence[] = [];
  private pendingFrom = 0;

  /** Each repeat of a term in one section adds less (1, 1/(1+d), 1/(1+2d), …), so one word said ten times cannot decide. */
  constructor(private readonly text: string, private readonly lines: Lines, private readonly repeatDamping: number) {
    this.source = { text, lines };
    this.current = this.start('', 0, this.range(0, lines.starts[0], 0, lines.starts[0]), 0);
  }

  get section(): SectionDraft {
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
    const title = this.text.slice(textStart, textEnd);
    this.current = this.start(title, level, this.range(line, textStart, line, textEnd), line);
    this.open.push(this.current);
  }

  /** Evidence found in document order (the words of a paragraph): it follows the cues held back before it. */
  add(term: Term, startOffset: number, endOffset: number): void {
    const found = this.occurrence(term, startOffset, endOffset);
    if (!found) return;
    this.release(startOffset);
    this.current.evidence.push(found);
  }

  /**
   * A cue found ahead of the words before it: the inline scan reports a line's cues as it reads them, and the
   * stories of a paragraph are found before its words are matched. Held back until those words come, so the
   * evidence arrives in document order and needs no sort. Its weight is settled now: repeats are counted in the
   * order they are found.
   */
  addAhead(term: Term, startOffset: number, endOffset: number): void {
    const found = this.occurrence(term, startOffset, endOffset);
    if (!found) return;
    const { pending } = this;
    let at = pending.length;
    while (at > this.pendingFrom && pending[at - 1].startOffset > startOffset) at--;
    if (at === pending.length) pending.push(found);
    else pending.splice(at, 0, found);
  }

  /** Moves the held-back cues that start at or before `offset` into the evidence. */
  private release(offset: number): void {
    const { pending } = this;
    while (this.pendingFrom < pending.length && pending[this.pendingFrom].startOffset <= offset) this.current.evidence.push(pending[this.pendingFrom++]);
    if (this.pendingFrom > 0 && this.pendingFrom === pending.length) pending.length = this.pendingFrom = 0;
  }

  private occurrence(term: Term, startOffset: number, endOffset: number): Occurrence | undefined {
    if (term.weight === 0) return undefined; // a cue the model found no use for is no evidence
    const seen = this.counts.get(term) ?? 0;
    if (seen >= MAX_REPEATS) return undefined;
    this.counts.set(term, seen + 1);
    return new Occurrence(this.source, term, term.weight / (1 + this.repeatDamping * seen), startOffset, endOffset);
  }

  private range(startLine: number, startOffset: number, endLine: number, endOffset: number): Range {
    const { starts } = this.lines;
    return {
      start: { line: startLine, character: startOffset - starts[startLine] },
      end: { line: endLine, character: endOffset - starts[endLine] },
    };
  }

  /** Closes every open section at the last line; drops the preamble when it holds nothing but headings follow. */
  finish(): SectionDraft[] {
    this.settle();
    const lastLine = this.lines.starts.length - 1;
    for (const section of this.open) section.endLine = lastLine;
    const preamble = this.sections[0];
    if (this.sections.length > 1) {
      preamble.endLine = this.sections[1].startLine - 1;
      if (!preamble.hasProse && preamble.evidence.length === 0) this.sections.shift();
    } else preamble.endLine = lastLine;
    return this.sections;
  }

  private start(heading: string, level: number, headingRange: Range, line: number): SectionDraft {
    const section: SectionDraft = { heading, level, headingRange, startLine: line, endLine: line, evidence: [], hasProse: false, words: 0 };
    this.counts.clear();
    this.sections.push(section);
    return section;
  }
}
