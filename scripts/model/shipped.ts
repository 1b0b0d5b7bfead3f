// The shipped model: trained on the whole corpus, written one term a line so a retraining reads as a diff.
import type { ModelData } from '../../src/core/model/model';
import { readCorpus, targetOf, trainingWeightOf } from './corpus';
import { featuresOf, SETTINGS, trainingLexicon } from './features';
import { exampleOf, trainModel } from './model';
import { buildVocabulary } from './vocabulary';

export function trainShippedModel(corpusPath?: string): string {
  const items = readCorpus(corpusPath);
  const vocabulary = buildVocabulary(items.map((item) => item.text));
  const lexicon = trainingLexicon(vocabulary, SETTINGS);
  const labelled = items.map((item) => exampleOf(item, featuresOf(item.text, lexicon), targetOf(item), trainingWeightOf(item)));
  const repos = new Set(items.map((item) => item.repo)).size;
  return serialize(trainModel(labelled, vocabulary, `${items.length} labelled sections from ${repos} repositories`));
}

function serialize(model: ModelData): string {
  const { terms, ...head } = model;
  const header = JSON.stringify(head, null, 1).slice(0, -2);
  return `${header},\n "terms": [\n${terms.map((term) => `  ${JSON.stringify(term)}`).join(',\n')}\n ]\n}\n`;
}
