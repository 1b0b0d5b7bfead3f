import { builtinModel, loadModel, type Model } from '../model/model';
import { buildLexicon, type Lexicon, type TermOptions } from './lexicon';

let shipped: Model | undefined;

/** The last lexicon built and its key: the editor and the CLI analyze many documents with the same terms. */
let cached: { key: string; lexicon: Lexicon } | undefined;

export function lexiconFor(terms: TermOptions): Lexicon {
  const key = JSON.stringify([terms.po, terms.pm, terms.ignore]);
  if (cached?.key !== key) cached = { key, lexicon: buildLexicon(terms, (shipped ??= loadModel(builtinModel))) };
  return cached.lexicon;
}
