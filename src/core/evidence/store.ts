import type { EvidenceRun } from '../describe';
import type { Term } from '../lexicon/lexicon';
import type { Concern, Side } from '../types';
import { Occurrence, phraseOf, repeatedWeight, type Source } from './occurrence';
import { grown } from '../grown';

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
  /** By term index, its side: read for every piece when ranking and judging, so kept beside the index, not behind the term. */
  private readonly sides: Side[] = [];
  /** By side, the key of each term text (a term's text is the lexicon's string: its hash is made once). */
  private readonly keyOf = { po: new Map<string, number>(), pm: new Map<string, number>() };
  private keyCount = 0;
  /** Three numbers a piece: its term's index, its start and end offsets. */
  private data: Int32Array;
  /** A piece's weight: its term's, less for each time its term counted before it in its section. */
  private weights: Float64Array;

  /** Room for one piece every 8 characters before it grows (planning prose has one every 13 or so). */
  constructor(readonly source: Source) {
    const room = Math.max(64, source.text.length >> 3);
    this.data = new Int32Array(3 * room);
    this.weights = new Float64Array(room);
  }

  /** Gives a new term its index. */
  addTerm(term: Term): number {
    const keys = this.keyOf[term.side];
    let key = keys.get(term.text);
    if (key === undefined) keys.set(term.text, (key = this.keyCount++));
    this.keys.push(key);
    this.sides.push(term.side);
    return this.terms.push(term) - 1;
  }

  key(at: number): number {
    return this.keys[this.data[3 * at]];
  }

  /** A piece of term `termIndex`, whose term counted `repeat` times before it in its section. */
  push(termIndex: number, repeat: number, startOffset: number, endOffset: number): void {
    if (this.length === this.weights.length) this.grow();
    this.weights[this.length] = repeatedWeight(this.terms[termIndex], repeat, this.source);
    const at = 3 * this.length++;
    const { data } = this;
    data[at] = termIndex;
    data[at + 1] = startOffset;
    data[at + 2] = endOffset;
  }

  /** Forgets every piece (a file the lens is told not to read). */
  clear(): void {
    this.length = 0;
  }

  term(at: number): Term {
    return this.terms[this.data[3 * at]];
  }

  side(at: number): Side {
    return this.sides[this.data[3 * at]];
  }

  weight(at: number): number {
    return this.weights[at];
  }

  /** The summed weights of the pieces from..to that push toward PO and toward PM, each added in document order. */
  sideWeights(from: number, to: number): { po: number; pm: number } {
    let po = 0;
    let pm = 0;
    for (let at = from; at < to; at++) {
      if (this.side(at) === 'po') po += this.weights[at];
      else pm += this.weights[at];
    }
    return { po, pm };
  }

  phrase(at: number): string {
    return phraseOf(this.source.text, this.data[3 * at + 1], this.data[3 * at + 2]);
  }

  piece(at: number): Occurrence {
    const { data } = this;
    return new Occurrence(this.source, this.term(at), this.weights[at], data[3 * at + 1], data[3 * at + 2]);
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
    this.data = grown(this.data, 2 * this.data.length);
    this.weights = grown(this.weights, 2 * this.weights.length);
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
    return this.store.side(this.from + at);
  }

  concern(at: number): Concern {
    return this.store.term(this.from + at).concern;
  }

  weight(at: number): number {
    return this.store.weight(this.from + at);
  }

  phrase(at: number): string {
    return this.store.phrase(this.from + at);
  }

  piece(at: number): Occurrence {
    return this.store.piece(this.from + at);
  }
}
