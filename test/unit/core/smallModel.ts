import { analyzeWith } from '../../../src/core/analyze';
import { buildLexicon, type TermOptions } from '../../../src/core/lexicon/lexicon';
import { loadModel, type ModelData } from '../../../src/core/model/model';
import type { Analysis, Evidence } from '../../../src/core/types';

/** A hand-made model with round weights: tests of the mechanics must not depend on what training learned. */
export const SMALL_MODEL: ModelData = {
  trainedOn: 'hand-made for the unit tests',
  bias: -0.5,
  repeatDamping: 1,
  lengthFloor: 10,
  minWords: 4,
  balancedMargin: 0.05,
  cues: {
    'task checkbox': -0.4,
    'list item': 0.1,
    'given/when/then': -0.6,
    'story points': -0.8,
    'user story': 0.3,
    'so that': 0.7,
    'inline code': -1.1,
    'code block': -0.9,
    'table row': -0.2,
    'block quote': 0.25,
    'number (digits)': -0.3,
    'percentage (%)': 0.6,
    'question mark': 0.4,
    'snake_case name': -0.7,
    'slashed path': -0.5,
  },
  terms: [
    '-2 backlog backlogs',
    '-1 sprint sprints',
    '-0.5 task tasks',
    '-1.5 story stories',
    '-0.75 done',
    '-0.25 persona personas',
    '1.5 who customer customers',
    '1.25 why revenue revenues',
    '1 what problem problems',
    '0.5 who user users',
    '2 why churn churned churning',
    '0.4 why market markets',
    '0.3 what metric metrics',
    '0.2 what kpi',
  ],
};

export type Lens = (text: string) => Analysis;

/** `analyze` with a given model (the small one unless told) and user terms. */
export function lensWith(terms: Partial<TermOptions> = {}, model: ModelData = SMALL_MODEL): Lens {
  const lexicon = buildLexicon({ po: [], pm: [], ignore: [], ...terms }, loadModel(model));
  return (text) => analyzeWith(lexicon, text);
}

/** The model's PM probability, written out from its definition: σ(bias + (ΣPM − ΣPO) / √max(words, lengthFloor)). */
export function shareByFormula(model: Pick<ModelData, 'bias' | 'lengthFloor'>, evidence: readonly Evidence[], words: number): number {
  return 1 / (1 + Math.exp(-logOddsByFormula(model, evidence, words)));
}

export function logOddsByFormula(model: Pick<ModelData, 'bias' | 'lengthFloor'>, evidence: readonly Evidence[], words: number): number {
  const sum = evidence.reduce((total, item) => total + (item.side === 'pm' ? item.weight : -item.weight), 0);
  return model.bias + sum / Math.sqrt(Math.max(words, model.lengthFloor));
}
