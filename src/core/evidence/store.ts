import type { EvidenceRun } from '../describe';
import type { Term } from '../lexicon/lexicon';
import type { Concern, Side } from '../types';
import { Occurrence, type Source } from './occurrence';

/**
 * A scan's evidence in document order, kept as numbers: a document has tens of thousands of pieces and few
 * are ever shown, so a piece becomes an `Occurrence` object only when a surface reads it. A section's
 * evidence is a run of it.
 */
export class EvidenceStore {
  length = 0;
  /** The terms found, each once; a piece refers to its term by index. */
  private readonly terms: Term[] = [];
  private termOf = new Int32Array(64);
  /** How many times its term counted before it in its section (MAX_REPEATS is well under 256). */
  private repeatOf = new Uint8Array(64);
  private startOf = new Int32Array(64);
  private endOf = new Int32Array(64);

  constructor(private readonly source: Source) {}

  /** Gives a new term its index. */
  addTerm(term: Term): number {
    return this.terms.push(term) - 1;
  }

  push(termIndex: number, repeat: number, startOffset: number, endOffset: number): void {
    if (this.length === this.termOf.length) this.grow();
    const at = this.length++;
    this.termOf[at] = termIndex;
    this.repeatOf[at] = repeat;
    this.startOf[at] = startOffset;
    this.endOf[at] = endOffset;
  }

  /** Forgets every piece (a file the lens is told not to read). */
  clear(): void {
    this.length = 0;
  }

  term(at: number): Term {
    return this.terms[this.termOf[at]];
  }

  /** The piece's weight: its term's, less for each repeat in its section. */
  weight(at: number): number {
    return this.terms[this.termOf[at]].weight / (1 + this.source.repeatDamping * this.repeatOf[at]);
  }

  /** The summed weight of the pieces from..to that push toward `side`. */
  sideWeight(from: number, to: number, side: Side): number {
    let sum = 0;
    for (let at = from; at < to; at++) if (this.terms[this.termOf[at]].side === side) sum += this.weight(at);
    return sum;
  }

  piece(at: number): Occurrence {
    return new Occurrence(this.source, this.term(at), this.repeatOf[at], this.startOf[at], this.endOf[at]);
  }

  /** The pieces from..to as objects, made afresh on each call. */
  slice(from: number, to: number): Occurrence[] {
    const end = Math.min(to, this.length);
    const pieces = new Array<Occurrence>(Math.max(end - from, 0));
    for (let at = from; at < end; at++) pieces[at - from] = this.piece(at);
    return pieces;
  }

  /** The pieces from..to, read by index without making objects of them. */
  run(from: number, to: number): EvidenceRun {
    return new StoreRun(this, from, Math.max(Math.min(to, this.length) - from, 0));
  }

  private grow(): void {
    const size = this.termOf.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(array: T, bigger: T): T => {
      bigger.set(array);
      return bigger;
    };
    this.termOf = grown(this.termOf, new Int32Array(size));
    this.repeatOf = grown(this.repeatOf, new Uint8Array(size));
    this.startOf = grown(this.startOf, new Int32Array(size));
    this.endOf = grown(this.endOf, new Int32Array(size));
  }
}

class StoreRun implements EvidenceRun {
  constructor(
    private readonly store: EvidenceStore,
    private readonly from: number,
    readonly length: number,
  ) {}

  term(at: number): string {
    return this.store.term(this.from + at).text;
  }

  side(at: number): Side {
    return this.store.term(this.from + at).side;
  }

  concern(at: number): Concern {
    return this.store.term(this.from + at).concern;
  }

  weight(at: number): number {
    return this.store.weight(this.from + at);
  }

  piece(at: number): Occurrence {
    return this.store.piece(this.from + at);
  }
}
