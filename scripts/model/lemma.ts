// The dictionary form of an inflected word (customers → customer, needed → need, criteria → criterion), from
// wink-lemmatizer's WordNet tables: inflections only, so "custom" and "customer" stay two terms.
import { createRequire } from 'node:module';

const lemmatizer = createRequire(import.meta.url)('wink-lemmatizer') as Record<'noun' | 'verb', (word: string) => string>;

export function lemmaOf(word: string): string {
  const noun = lemmatizer.noun(word);
  return noun !== word ? noun : lemmatizer.verb(word);
}
