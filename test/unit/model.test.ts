import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { trainShippedModel } from '../../scripts/model/shipped';
import { builtinModel } from '../../src/core/model/model';

describe('the shipped model', () => {
  it('is what npm run train makes of the corpus, byte for byte', function () {
    this.timeout(180_000); // loads 300 MB of word embeddings (for word ranks and concern names) and fits the model six times
    const committed = readFileSync(resolve(import.meta.dirname, '../../src/core/model/model.json'), 'utf8');
    assert.equal(trainShippedModel(), committed, 'run npm run train and commit src/core/model/model.json');
  });

  it('stays a small data file', () => {
    const size = readFileSync(resolve(import.meta.dirname, '../../src/core/model/model.json')).length;
    assert.ok(size <= 250 * 1024, `model.json is ${(size / 1024).toFixed(1)} KB, over 250 KB`);
    assert.ok(builtinModel.terms.length > 1000, 'the model knows more than a thousand terms');
  });
});
