// The JSON schema VS Code checks `.backlog-lens.json` with (contributes.jsonValidation) against the validator the
// extension and the CLI share (src/core/config/config.ts): the same keys, rule ids and limits, the shipped examples
// valid, and every bad value rejected by both with the same words.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { defaultConfig, readConfig, rules } from '../../src/core';
import { SEVERITIES } from '../../src/core/config/config';
import { MAX_GLOBS, MAX_TERM_LENGTH, MAX_TERMS } from '../../src/core/config/defaults';
import { GLOB_LIMITS } from '../../src/core/config/glob';

const root = join(__dirname, '../..');
const SCHEMA_PATH = 'schemas/backlog-lens.schema.json';
const schema = JSON.parse(readFileSync(join(root, SCHEMA_PATH), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// VS Code's own keywords: annotations to ajv. `errorMessage` replaces VS Code's message for a failing keyword of
// its schema (type, enum, not, pattern…); `patternErrorMessage` does for `pattern`.
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'errorMessage', 'patternErrorMessage']);
const validate = ajv.compile(schema);

type SchemaNode = Record<string, unknown>;

/** The message VS Code shows for one failed keyword: its schema node's patternErrorMessage or errorMessage. */
function editorMessage(error: ErrorObject): string | undefined {
  const path = error.schemaPath.replace(/^#\//, '').split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const node = path.slice(0, -1).reduce<SchemaNode>((at, key) => at[key] as SchemaNode, schema);
  return ((error.keyword === 'pattern' && node.patternErrorMessage) || node.errorMessage) as string | undefined;
}

/** What the editor says about a config: one message per failed keyword (not the wrappers that only group them). */
function editorMessages(config: unknown): string[] {
  if (validate(config)) return [];
  return (validate.errors ?? []).filter((error) => !['propertyNames', 'allOf'].includes(error.keyword)).map((error) => {
    const message = editorMessage(error);
    assert.ok(message, `VS Code would show its own words for ${error.schemaPath} (${error.message}): give it an errorMessage`);
    return message;
  });
}

const words = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];

/** Whether every word of `shorter` appears in `longer`, in order: the editor's sentence is the CLI's, less what a schema cannot name. */
function sameWords(shorter: string, longer: string): boolean {
  const all = words(longer);
  let at = 0;
  for (const word of words(shorter)) {
    at = all.indexOf(word, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The JSON blocks of the README that are project config files (they name a config key at the top level). */
function readmeConfigs(): unknown[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map(([, block]) => JSON.parse(block) as SchemaNode);
  const keys = Object.keys(defaultConfig());
  return blocks.filter((block) => Object.keys(block).some((key) => keys.includes(key)));
}

const manyTerms = Array.from({ length: MAX_TERMS + 1 }, (_, index) => `term${index}`);

/** One bad value each, as a user might write it. */
const BAD: [string, unknown][] = [
  ['not an object', ['docs/**/*.md']],
  ['an unknown setting', { colour: 'blue' }],
  ['include as a string', { include: 'docs/*.md' }],
  ['include with a number', { include: ['docs/*.md', 3] }],
  ['an empty exclude glob', { exclude: ['**/drafts/**', '  '] }],
  ['too many include globs', { include: Array.from({ length: MAX_GLOBS + 1 }, (_, i) => `docs/${i}/*.md`) }],
  ['an include glob too long', { include: [`docs/${'a'.repeat(GLOB_LIMITS.length)}.md`] }],
  ['rules as a list', { rules: ['section-lean'] }],
  ['an unknown rule', { rules: { 'no-such-rule': 'off' } }],
  ['a misspelt severity', { rules: { 'section-lean': 'warn' } }],
  ['a severity as a boolean', { rules: { 'document-lean': false } }],
  ['terms as a list', { terms: ['burndown'] }],
  ['an unknown term list', { terms: { other: [] } }],
  ['a term list as a string', { terms: { po: 'burndown' } }],
  ['too many terms', { terms: { pm: manyTerms } }],
  ['a term too long', { terms: { po: ['x'.repeat(MAX_TERM_LENGTH + 1)] } }],
  ['an empty term', { terms: { ignore: [''] } }],
  ['a size of zero', { maxDocumentSize: 0 }],
  ['a fractional size', { maxDocumentSize: 1.5 }],
  ['a size as a string', { maxDocumentSize: '1MB' }],
];

describe('the .backlog-lens.json schema', () => {
  it('is contributed for .backlog-lens.json files and ships in the .vsix', () => {
    assert.deepStrictEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.backlog-lens.json', url: `./${SCHEMA_PATH}` }]);
    assert.ok(readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').includes(`!${SCHEMA_PATH}`), '.vscodeignore lets the schema ship');
  });

  it('names the settings, rule ids, severities and term lists the shared validator knows, with each rule\'s description', () => {
    const properties = schema.properties as Record<string, SchemaNode>;
    const settings = Object.keys(defaultConfig());
    assert.deepStrictEqual(Object.keys(properties), ['$schema', ...settings]);
    assert.deepStrictEqual((schema.propertyNames as SchemaNode).enum, ['$schema', ...settings]);
    const ruleSchema = properties.rules;
    const ids = rules.map((rule) => rule.id);
    assert.deepStrictEqual(Object.keys(ruleSchema.properties as SchemaNode), ids);
    assert.deepStrictEqual((ruleSchema.propertyNames as SchemaNode).enum, ids);
    for (const rule of rules) {
      const property = (ruleSchema.properties as Record<string, SchemaNode>)[rule.id];
      assert.deepStrictEqual(property.enum, SEVERITIES, rule.id);
      assert.strictEqual(property.default, rule.defaultSeverity, rule.id);
      assert.strictEqual(property.description, rule.description, rule.id);
    }
    const termLists = Object.keys(defaultConfig().terms);
    assert.deepStrictEqual(Object.keys(properties.terms.properties as SchemaNode), termLists);
    assert.deepStrictEqual((properties.terms.propertyNames as SchemaNode).enum, termLists);
  });

  it('accepts the shipped examples, which the shared validator reads without a problem', () => {
    const examples = [...readmeConfigs(), JSON.parse(readFileSync(join(root, 'test/fixtures/workspace/.backlog-lens.json'), 'utf8'))];
    assert.ok(examples.length >= 2, 'the README shows a config file');
    const everything = { $schema: `./${SCHEMA_PATH}`, ...defaultConfig(), rules: Object.fromEntries(rules.map((rule) => [rule.id, 'off'])), terms: { po: ['a'], pm: ['b'], ignore: ['c'] } };
    for (const example of [...examples, everything, {}]) {
      assert.deepStrictEqual(editorMessages(example), [], JSON.stringify(example));
      assert.deepStrictEqual(readConfig(example).problems, [], JSON.stringify(example));
    }
  });

  it('accepts values at the limits the validator allows', () => {
    const atLimits = { terms: { po: manyTerms.slice(1), pm: ['x'.repeat(MAX_TERM_LENGTH)] }, maxDocumentSize: 1 };
    assert.deepStrictEqual(editorMessages(atLimits), []);
    assert.deepStrictEqual(readConfig(atLimits).problems, []);
  });

  for (const [label, config] of BAD) {
    it(`rejects ${label} as the CLI and the extension do, in the same words`, () => {
      const messages = editorMessages(config);
      const { problems } = readConfig(config);
      assert.ok(messages.length > 0, 'the schema rejects it');
      assert.strictEqual(problems.length, 1, `the validator rejects it once: ${problems.join(' / ')}`);
      for (const message of new Set(messages)) assert.ok(sameWords(message, problems[0]), `editor: ${message}\nCLI:    ${problems[0]}`);
    });
  }
});
