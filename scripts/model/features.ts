// What the model reads of a text, extracted by the engine's own scanner so that training and the shipped
// engine see exactly the same words, cues, repeats and lengths.
import { finishWords, type Lexicon, type LexiconEntry, type Term } from '../../src/core/lexicon/lexicon';
import { OTHER_SENSES } from '../../src/core/lexicon/senses';
import { CUE_NAMES, type CueName } from '../../src/core/model/model';
import { scanDocument } from '../../src/core/scan';
import type { Vocabulary } from './vocabulary';

export interface Settings {
  repeatDamping: number;
  lengthFloor: number;
}

export const SETTINGS: Settings = { repeatDamping: 2, lengthFloor: 20 };

/** One text as the model sees it: damped counts per term group and per cue, already divided by √length. */
export interface Features {
  groups: Map<number, number>;
  cues: Float64Array;
  words: number;
}

/** A lexicon in which every vocabulary word is a term of unit weight, so evidence weights are the damped counts. */
export function trainingLexicon(vocabulary: Vocabulary, settings: Settings): Lexicon {
  const groupTerms: Term[] = vocabulary.groups.map((_, index) => ({ id: index, text: String(index), side: 'pm', concern: 'what', weight: 1 }));
  const words = new Map<string, LexiconEntry>();
  for (const [form, index] of vocabulary.groupOf) words.set(form, { single: groupTerms[index], otherSense: OTHER_SENSES.get(vocabulary.groups[index].label) });
  const cues = Object.fromEntries(CUE_NAMES.map((name, index) => [name, { id: groupTerms.length + index, text: name, side: 'pm', concern: 'what', weight: 1 }])) as Record<CueName, Term>;
  const termCount = groupTerms.length + CUE_NAMES.length;
  return { words, ...finishWords(words, cues['story points']), literals: [], cues, scoring: { bias: 0, minWords: 0, balancedMargin: 0, ...settings }, termCount };
}

const CUE_INDEX = new Map<string, number>(CUE_NAMES.map((name, index) => [name, index]));

export function featuresOf(text: string, lexicon: Lexicon): Features {
  const scan = scanDocument(text, lexicon);
  const groups = new Map<number, number>();
  const cues = new Float64Array(CUE_NAMES.length);
  let words = 0;
  for (const section of scan.sections) words += section.words;
  const { evidence } = scan;
  for (let at = 0; at < evidence.length; at++) {
    const term = evidence.term(at).text;
    const cue = CUE_INDEX.get(term);
    if (cue !== undefined) cues[cue] += evidence.weight(at);
    else groups.set(Number(term), (groups.get(Number(term)) ?? 0) + evidence.weight(at));
  }
  const scale = 1 / Math.sqrt(Math.max(words, lexicon.scoring.lengthFloor));
  for (const [group, value] of groups) groups.set(group, value * scale);
  for (let c = 0; c < cues.length; c++) cues[c] *= scale;
  return { groups, cues, words };
}
