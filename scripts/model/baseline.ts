// The engine before the learned model, for `npm run eval` to show side by side: the hand-set vocabulary
// and its share rule (PM weight / all weight, balanced within 12 points of one half, no verdict under 4
// weight or 2 phrases), run through today's scanner. Two things of the old engine are not reproduced:
// heading words count once (they counted double) and heading-only entries are left out.
import { finishWords, type Lexicon, type LexiconEntry, type Term } from '../../src/core/lexicon/lexicon';
import { wordsOf } from '../../src/core/lexicon/words';
import { CUE_NAMES, type CueName } from '../../src/core/model/model';
import { scanDocument } from '../../src/core/scan';
import type { Lean } from '../../src/core/types';
import { BUILTIN_GROUPS } from './baseline-vocabulary';
import { lemmaOf } from './lemma';

const OLD_CUES: Partial<Record<CueName, [Term['side'], number]>> = {
  'task checkbox': ['po', 1], 'given/when/then': ['po', 2], 'story points': ['po', 2], 'user story': ['po', 1], 'so that': ['pm', 1],
};

/** `forms` lists every word the corpus and common English know: a term's last word matches all its inflections. */
export function baselineLexicon(forms: Iterable<string>): Lexicon {
  const byLemma = new Map<string, string[]>();
  for (const form of forms) byLemma.set(lemmaOf(form), [...(byLemma.get(lemmaOf(form)) ?? []), form]);
  const words = new Map<string, LexiconEntry>();
  let termCount = 0;
  for (const group of BUILTIN_GROUPS) {
    if (group.headingOnly) continue;
    for (const spec of group.terms) {
      const exact = spec.startsWith('=');
      const specWords = wordsOf(exact ? spec.slice(1) : spec);
      const last = specWords[specWords.length - 1];
      const term: Term = { id: termCount++, text: specWords.join(' '), side: group.side, concern: group.concern, weight: group.weight };
      for (const form of exact ? [last] : new Set([last, ...(byLemma.get(lemmaOf(last)) ?? [])])) {
        const variant = [...specWords.slice(0, -1), form];
        const entry = words.get(variant[0]) ?? {};
        words.set(variant[0], entry);
        if (variant.length === 1) entry.single ??= term;
        else (entry.phrases ??= []).push({ rest: variant.slice(1), restIds: [], term });
      }
    }
  }
  const cues = Object.fromEntries(CUE_NAMES.map((name) => {
    const [side, weight] = OLD_CUES[name] ?? ['po', 0];
    return [name, { id: termCount++, text: name, side, concern: side === 'po' ? 'how' : 'why', weight }];
  })) as Record<CueName, Term>;
  return { words, ...finishWords(words, cues['story points']), literals: [], cues, scoring: { bias: 0, repeatDamping: 0.5, lengthFloor: 1, minWords: 0, balancedMargin: 0.12 }, termCount };
}

export function baselineLean(text: string, lexicon: Lexicon): { lean: Lean; pmShare: number | null } {
  let po = 0;
  let pm = 0;
  let count = 0;
  const { evidence } = scanDocument(text, lexicon);
  for (let at = 0; at < evidence.length; at++) {
    const weight = evidence.weight(at);
    if (weight === 0) continue;
    count++;
    if (evidence.term(at).side === 'po') po += weight;
    else pm += weight;
  }
  const total = po + pm;
  const pmShare = total > 0 ? pm / total : null;
  if (pmShare === null || total < 4 || count < 2) return { lean: 'unclear', pmShare };
  if (Math.abs(pmShare - 0.5) <= 0.12) return { lean: 'balanced', pmShare };
  return { lean: pmShare > 0.5 ? 'pm' : 'po', pmShare };
}
