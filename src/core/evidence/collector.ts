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
  /** How much of `evidence` is known to be in document order. */
  settled: number;
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

  /** Each repeat of a term in one section adds less (1, 1/(1+d), 1/(1+2d), …), so one word said ten times cannot decide. */
  constructor(private readonly text: string, private readonly lines: Lines, private readonly repeatDamping: number) {
    this.source = { text, lines };
    this.current = this.start('', 0, this.range(0, lines.starts[0], 0, lines.starts[0]), 0);
  }

  get section(): SectionDraft {
    return this.current;
  }

  /**
   * Puts the evidence added since the last call in document order. Cues and stories are found beside the
   * word matches of the same paragraph, so a paragraph's evidence can arrive slightly out of order.
   */
  settle(): void {
    const { evidence } = this.current;
    const from = this.current.settled;
    this.current.settled = evidence.length;
    for (let i = from + 1; i < evidence.length; i++) {
      if (byPosition(evidence[i - 1], evidence[i]) > 0) {
        const tail = evidence.slice(from).sort(byPosition);
        for (let k = 0; k < tail.length; k++) evidence[from + k] = tail[k];
        return;
      }
    }
  }

  /** A heading at `line` whose title spans [textStart, textEnd). */
  heading(level: number, line: number, textStart: number, textEnd: number): void {
    this.settle();
    while (this.open.length && this.open[this.open.length - 1].level >= level) this.open.pop()!.endLine = line - 1;
    const title = this.text.slice(textStart, textEnd);
    this.current = this.start(title, level, this.range(line, textStart, line, textEnd), line);
    this.open.push(this.current);
  }

  add(term: Term, startOffset: number, startLine: number, endOffset: number, endLine: number): void {
    if (term.weight === 0) return; // a cue the model found no use for is no evidence
    const seen = this.counts.get(term) ?? 0;
    if (seen >= MAX_REPEATS) return;
    this.counts.set(term, seen + 1);
    this.current.evidence.push(new Occurrence(this.source, term, term.weight / (1 + this.repeatDamping * seen), startOffset, endOffset, startLine, endLine));
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
    const section: SectionDraft = { heading, level, headingRange, startLine: line, endLine: line, evidence: [], hasProse: false, words: 0, settled: 0 };
    this.counts.clear();
    this.sections.push(section);
    return section;
  }
}

function byPosition(a: Occurrence, b: Occurrence): number {
  return a.startOffset - b.startOffset;
}
