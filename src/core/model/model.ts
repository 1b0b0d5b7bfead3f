import type { Concern, Side } from '../types';
import data from './model.json';

/** The cues found inside a line's text: `40 %`, `why?`, `user_id`, `src/app`, a code span. */
export const INLINE_CUE_NAMES = ['inline code', 'number (digits)', 'percentage (%)', 'question mark', 'snake_case name', 'slashed path'] as const;
/**
 * The names of the structural cues the scanner reports; the model gives each its weight. No name is a single plain
 * word (each has a space or a symbol): evidence tells a cue from a word by its term.
 */
export const CUE_NAMES = ['task checkbox', 'list item', 'given/when/then', 'story points', 'user story', 'so that', 'code block', 'table row', 'block quote', ...INLINE_CUE_NAMES] as const;
export type CueName = (typeof CUE_NAMES)[number];
export type InlineCueName = (typeof INLINE_CUE_NAMES)[number];

/**
 * The learned model as `npm run train` writes it (`model.json`): a logistic model whose log-odds of PM are
 * `bias + Σ contributions / √max(words, lengthFloor)`. Every contribution is one phrase's weight, damped for
 * repeats of the same term in a section, so each verdict can be told phrase by phrase.
 */
export interface ModelData {
  /** What the model was trained on, for the record. */
  trainedOn: string;
  bias: number;
  /** Each repeat of a term in one section counts 1 / (1 + repeatDamping × earlier repeats). */
  repeatDamping: number;
  lengthFloor: number;
  /** Fewer words than this in a section: too little to judge. */
  minWords: number;
  /** A PM probability within this distance of one half reads as balanced. */
  balancedMargin: number;
  cues: Record<CueName, number>;
  /**
   * One line per term, the forms of one lemma, the first of them its name: `weight form form …` for a PO term
   * (negative weight) and `weight concern form form …` for a PM term (`1.65 what problem problems`).
   */
  terms: string[];
}

/** A term of the model: every form of it shares this object, so repeats are counted per term. */
export interface ModelTerm {
  /** Its number, below its lexicon's `termCount`: a scan counts terms in arrays by it. */
  id: number;
  text: string;
  side: Side;
  concern: Concern;
  weight: number;
}

export interface Model {
  bias: number;
  repeatDamping: number;
  lengthFloor: number;
  minWords: number;
  balancedMargin: number;
  cues: Record<CueName, ModelTerm>;
  /** Every word form the model knows, lower case. */
  words: Map<string, ModelTerm>;
  /** How many terms (cues included) it has: their ids are 0 to termCount - 1. */
  termCount: number;
}

/** Turns the model file into lookup tables; a term keeps its unsigned weight and a side. */
export function loadModel(model: ModelData): Model {
  const words = new Map<string, ModelTerm>();
  let termCount = 0;
  for (const line of model.terms) {
    const [number, ...rest] = line.split(' ');
    const weight = Number(number);
    const forms = weight > 0 ? rest.slice(1) : rest;
    const term = signed(termCount++, forms[0], rest[0] as Concern, weight);
    for (const form of forms) words.set(form, term);
  }
  const cues = {} as Record<CueName, ModelTerm>;
  for (const name of CUE_NAMES) cues[name] = signed(termCount++, name, name === 'so that' ? 'why' : 'what', model.cues[name]);
  const { bias, repeatDamping, lengthFloor, minWords, balancedMargin } = model;
  return { bias, repeatDamping, lengthFloor, minWords, balancedMargin, cues, words, termCount };
}

/** The shipped model, bundled with the engine (no file is read at run time). */
export const builtinModel: ModelData = data as ModelData;

/** PO terms are all `how`; a PM term keeps the concern the model gives it. */
function signed(id: number, text: string, pmConcern: Concern, weight: number): ModelTerm {
  return weight > 0 ? { id, text, side: 'pm', concern: pmConcern, weight } : { id, text, side: 'po', concern: 'how', weight: -weight };
}
