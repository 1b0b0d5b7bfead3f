import * as assert from 'assert';
import { analysisHash, goldenDocuments, readGolden } from '../../../scripts/analysisGolden';

/**
 * Speed work must not change what the lens says: the JSON of every analysis (verdicts, evidence, findings) is
 * compared with hashes recorded before it, through a frozen copy of the model. After a change meant to alter the
 * output, re-record with `npx tsx scripts/analysisGolden.ts --write` and say why in the commit.
 */
describe('identical output', () => {
  const golden = readGolden();
  const docs = goldenDocuments();

  it('covers the bench documents, the hostile shapes and the samples', () => {
    const names = docs.map((doc) => doc.name);
    for (const name of ['bench 20000', 'bench 300000', 'shape blank lines', 'samples/checkout-prd.md (user terms)']) assert.ok(names.includes(name), name);
    for (const name of Object.keys(golden).filter((name) => name !== 'bench 1000000')) assert.ok(names.includes(name), `${name} is recorded but no longer analysed`);
  });

  it('analyses every recorded document to the same JSON, byte for byte', () => {
    const changed = docs.filter((doc) => doc.name in golden && analysisHash(doc) !== golden[doc.name]).map((doc) => doc.name);
    assert.deepStrictEqual(changed, []);
  });
});
