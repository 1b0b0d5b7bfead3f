import { buildLexicon, type Lexicon, type TermOptions } from './lexicon';

/** The last lexicon built and its key: the editor and the CLI analyze many documents with the same terms. */
let cached: { key: string; lexicon: Lexicon } | undefined;

export function lexiconFor(terms: TermOptions): Lexicon {
  const key = JSON.stringify([terms.po, terms.pm, terms.ignore]);
  if (cached?.key !== key) cached = { key, lexicon: buildLexicon(terms) };
  return cached.lexicon;
}
