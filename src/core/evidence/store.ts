import type { EvidenceRun } from '../describe';
import type { Term } from '../lexicon/lexicon';
import type { Concern, Side } from '../types';
import { Occurrence, repeatedWeight, type Source } from './occurrence';

/**
 * A scan's evidence in document order, kept as numbers: a document has tens of thousands of pieces and few
 * are ever shown, so a piece becomes an `Occurrence` object only when a surface reads it. A section's
 * evidence is a run of it.
 */
export class EvidenceStore {
  length = 0;
  /** The terms found, each once; a piece refers to its term by index. */
  private readonly terms: Term[] = [];
  /** By term index, its ranking key (see `EvidenceRun.key`): one per text and side. */
  private readonly keys: number[] = [];
  private readonly keyOf = new Map<string, number>();
  /** Four numbers a piece: its term's index, how many times its term counted before it in its section, its start and end offsets. */
  private data: Int32Array;

  /** Room for one piece every 16 characters before it grows (planning prose has one every 13 or so). */
  constructor(readonly source: Source) {
    this.data = new Int32Array(4 * Math.max(64, source.text.length >> 4));
  }

  /** Gives a new term its index. */
  addTerm(term: Term): number {
    const name = `${term.side} ${term.text}`;
    let key = this.keyOf.get(name);
    if (key === undefined) this.keyOf.set(name, (key = this.keyOf.size));
    this.keys.push(key);
    return this.terms.push(term) - 1;
  }

  key(at: number): number {
    return this.keys[this.data[4 * at]];
  }

  push(termIndex: number, repeat: number, startOffset: number, endOffset: number): void {
    if (4 * this.length === this.data.length) this.grow();
    const at = 4 * this.length++;
    const { data } = this;
    data[at] = termIndex;
    data[at + 1] = repeat;
    data[at + 2] = startOffset;
    data[at + 3] = endOffset;
  }

  /** Forgets every piece (a file the lens is told not to read). */
  clear(): void {
    this.length = 0;
  }

  term(at: number): Term {
    return this.terms[this.data[4 * at]];
  }

  /** The piece's weight: its term's, less for each repeat in its section. */
  weight(at: number): number {
    return repeatedWeight(this.term(at), this.data[4 * at + 1], this.source);
  }

  /** The summed weight of the pieces from..to that push toward `side`. */
  sideWeight(from: number, to: number, side: Side): number {
    let sum = 0;
    for (let at = from; at < to; at++) if (this.term(at).side === side) sum += this.weight(at);
    return sum;
  }

  piece(at: number): Occurrence {
    const { data } = this;
    return new Occurrence(this.source, this.term(at), data[4 * at + 1], data[4 * at + 2], data[4 * at + 3]);
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
    const grown = new Int32Array(this.data.length * 2);
    grown.set(this.data);
    this.data = grown;
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

  key(at: number): number {
    return this.store.key(this.from + at);
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
