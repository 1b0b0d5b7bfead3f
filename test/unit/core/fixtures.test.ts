// Every fixture under test/fixtures/rules marks the findings it expects on the line where each starts:
// `<!-- expect: rule-id [rule-id …] -->`. This one scenario test runs them all and compares rule and line.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../../src/core';
import { expectedFindings } from './expectations';

const FIXTURES = join(__dirname, '../../fixtures/rules');

describe('rule fixtures', () => {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.md'));

  it('has fixtures to run', () => assert.ok(files.length >= 4));

  for (const name of files) {
    it(name, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const actual = analyze(text).findings.map((finding) => `${finding.rule}@${finding.range.start.line + 1}`).sort();
      assert.deepStrictEqual(actual, expectedFindings(text));
    });
  }
});
