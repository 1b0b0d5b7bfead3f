import * as assert from 'assert';
import { CONFIG_FILE_NAME, defaultConfig, parseConfigText, readConfig } from '../../../src/core';

describe('config', () => {
  it('returns the defaults without problems for nothing or an empty file', () => {
    assert.deepStrictEqual(readConfig(undefined), { config: defaultConfig(), problems: [] });
    assert.deepStrictEqual(parseConfigText('  \n'), { config: defaultConfig(), problems: [] });
    assert.strictEqual(CONFIG_FILE_NAME, '.backlog-lens.json');
  });

  it('reads every valid key', () => {
    const raw = {
      $schema: './schema.json',
      include: ['docs/**/*.md'],
      exclude: ['**/drafts/**'],
      rules: { 'section-lean': 'off', 'story-without-value': 'error' },
      terms: { po: ['runbook'], pm: ['north star metric'], ignore: ['data'] },
      maxDocumentSize: 5000,
    };
    const { config, problems } = readConfig(raw);
    assert.deepStrictEqual(problems, []);
    const { include, exclude, rules, terms, maxDocumentSize } = raw;
    assert.deepStrictEqual(config, { include, exclude, rules, terms, maxDocumentSize });
  });

  it('reports each bad value in one sentence naming its key, and keeps the rest', () => {
    const { config, problems } = readConfig({
      include: 'docs/*.md',
      exclude: ['**/a/**', ' '],
      rules: { 'section-lean': 'loud', 'no-such-rule': 'off', 'story-without-value': 'error' },
      terms: { po: Array.from({ length: 501 }, (_, i) => `t${i}`), pm: ['x'.repeat(101)], ignore: ['fine'], extra: [] },
      maxDocumentSize: -1,
      colour: 'blue',
    });
    const expectations: [RegExp, string][] = [
      [/"include" must be a list of glob strings/, 'include'],
      [/"exclude" glob 2 is empty; using the default\./, 'exclude'],
      [/"rules\.section-lean" must be one of error, warning, information, hint or off; using its default, hint\./, 'severity'],
      [/"rules" names an unknown rule "no-such-rule"/, 'rule id'],
      [/"terms\.po" has 501 terms, more than the limit of 500/, 'too many'],
      [/"terms\.pm" has a term longer than 100 characters/, 'too long'],
      [/Unknown setting "terms\.extra"/, 'terms key'],
      [/"maxDocumentSize" must be a positive whole number/, 'size'],
      [/Unknown setting "colour"/, 'key'],
    ];
    for (const [pattern, label] of expectations) assert.strictEqual(problems.filter((p) => pattern.test(p)).length, 1, label);
    assert.strictEqual(problems.length, expectations.length);
    for (const problem of problems) assert.match(problem, /^[A-Z"].*[.]$/, 'one sentence');
    const defaults = defaultConfig();
    assert.deepStrictEqual(config.include, defaults.include);
    assert.deepStrictEqual(config.exclude, defaults.exclude);
    assert.deepStrictEqual(config.rules, { 'story-without-value': 'error' });
    assert.deepStrictEqual(config.terms, { po: [], pm: [], ignore: ['fine'] });
    assert.strictEqual(config.maxDocumentSize, defaults.maxDocumentSize);
  });

  it('rejects a value of the wrong type for the whole config, rules and terms', () => {
    assert.match(readConfig([1, 2]).problems[0], /must be a JSON object/);
    assert.match(readConfig({ rules: [] }).problems[0], /"rules" must be an object/);
    assert.match(readConfig({ terms: 'x' }).problems[0], /"terms" must be an object/);
    assert.match(readConfig({ terms: { po: [1] } }).problems[0], /"terms\.po" must be a list/);
  });

  it('refuses globs over the limits, naming the list and the glob', () => {
    assert.deepStrictEqual(readConfig({ include: [`${'{'.repeat(10_000)}a${'}'.repeat(10_000)}`] }).problems, ['"include" glob 1 is longer than 1000 characters; using the default.']);
    assert.deepStrictEqual(readConfig({ exclude: ['**/a/**', '{a,b}'.repeat(11)] }).problems, ['"exclude" glob 2 expands to more than 1024 alternatives; using the default.']);
    const many = readConfig({ include: Array.from({ length: 101 }, (_, i) => `docs/${i}/*.md`) });
    assert.deepStrictEqual(many.problems, ['"include" has 101 globs, more than the limit of 100; using the default.']);
    assert.deepStrictEqual(many.config.include, defaultConfig().include);
  });

  it('reports any number of unknown names in one short sentence (200,000 unknown rule ids gave 60 MB)', () => {
    const ids = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`no-such-rule-${i}`, 'off']));
    const { problems } = readConfig({ ...ids, rules: { ...ids, 'section-lean': 'off' }, terms: ids });
    assert.strictEqual(problems.length, 3);
    assert.ok(problems.join('').length < 1500, `${problems.join('').length} characters`);
    assert.match(problems[0], /^Unknown settings "no-such-rule-0", "no-such-rule-1", "no-such-rule-2" and 19,997 more are ignored; the settings are /);
    assert.match(problems[1], /^"rules" names unknown rules "no-such-rule-0", "no-such-rule-1", "no-such-rule-2" and 19,997 more; the rules are document-lean, /);
    assert.match(problems[2], /^Unknown settings "terms\.no-such-rule-0", .* and 19,997 more are ignored; "terms" has po, pm and ignore\.$/);
    assert.match(readConfig({ rules: { ['x'.repeat(10_000)]: 'off' } }).problems[0], /^"rules" names an unknown rule "x{40}…"; /);
  });

  it('reports a JSON syntax error as a problem and never throws', () => {
    const { config, problems } = parseConfigText('{ "rules": { ');
    assert.deepStrictEqual(config, defaultConfig());
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0], /^\.backlog-lens\.json is not valid JSON \(.+\); using the defaults\.$/);
    assert.deepStrictEqual(parseConfigText('\uFEFF{"rules":{"section-lean":"off"}}').config.rules, { 'section-lean': 'off' });
  });
});
