import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
// The official SARIF 2.1.0 schema (rtm.5, the one GitHub code scanning validates against), as Microsoft ships it.
import schema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { pathToUri, sarifLevel, sarifReporter } from '../../../src/cli/formats/sarif';
import { PROJECT_URL } from '../../../src/cli/meta';
import { analyze, rules, type Analysis } from '../../../src/core';
import { FIXTURES, fixtureWorkspacePerTest, runCli, write } from './helpers';

// The schema's language-tag pattern is not valid in Unicode mode; draft-04 semantics otherwise, strictly.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function assertValid(log: unknown): void {
  const valid = validate(log);
  assert.ok(valid, `not valid SARIF 2.1.0: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('cli: --format sarif', () => {
  const ws = fixtureWorkspacePerTest('plans');

  it('the validator rejects what is not SARIF (so the next tests can fail)', () => {
    assert.ok(!validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }));
    assert.ok(!validate({ version: '2.0.0', runs: [] }));
    assert.ok(!validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'information' }] }] }));
  });

  it('is valid SARIF 2.1.0 with one result per finding, as analyze() gives them', async () => {
    write(ws.dir, 'plans/with space/ünïcode.md', fixtureText('story-without-value.md'));
    const result = await runCli(['check', '--format', 'sarif'], ws.dir);
    const log: Json = JSON.parse(result.stdout);
    assertValid(log);
    assert.strictEqual(log.version, '2.1.0');
    assert.strictEqual(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.strictEqual(log.runs.length, 1);
    const [run] = log.runs;
    assert.strictEqual(run.tool.driver.name, 'Backlog Lens');
    assert.strictEqual(run.tool.driver.version, JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).version);
    assert.deepStrictEqual(run.tool.driver.rules.map((rule: Json) => rule.id), rules.map((rule) => rule.id));
    run.tool.driver.rules.forEach((rule: Json, index: number) => {
      assert.strictEqual(rule.shortDescription.text, rules[index].description);
      assert.strictEqual(rule.defaultConfiguration.level, sarifLevel(rules[index].defaultSeverity));
      assert.strictEqual(rule.helpUri, `${PROJECT_URL}/blob/HEAD/${rules[index].docPath}`);
    });
    assert.strictEqual(run.tool.driver.informationUri, PROJECT_URL);
    assert.match(PROJECT_URL ?? '', /^https:\/\/[^#]+[^/]$/, 'package.json names the repository');

    const files: [string, Analysis][] = [
      ['plans/product-brief.md', analyze(fixtureText('product-brief.md'))],
      ['plans/sprint-backlog.md', analyze(fixtureText('sprint-backlog.md'))],
      ['plans/story-without-value.md', analyze(fixtureText('story-without-value.md'))],
      ['plans/with space/ünïcode.md', analyze(fixtureText('story-without-value.md'))],
    ];
    const byLine = (analysis: Analysis) => [...analysis.findings].sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
    const expected = files.flatMap(([path, analysis]) => byLine(analysis).map((finding) => ({
      ruleId: finding.rule,
      ruleIndex: rules.findIndex((rule) => rule.id === finding.rule),
      level: sarifLevel(finding.severity),
      message: { text: finding.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: pathToUri(path), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.range.start.line + 1, startColumn: finding.range.start.character + 1, endLine: finding.range.end.line + 1, endColumn: finding.range.end.character + 1 },
        },
      }],
    })));
    assert.ok(expected.length > 0, 'the fixtures have findings');
    assert.deepStrictEqual(run.results, expected);
    assert.ok(run.results.some((item: Json) => item.locations[0].physicalLocation.artifactLocation.uri === 'plans/with%20space/%C3%BCn%C3%AFcode.md'));
    for (const item of run.results) assert.strictEqual(run.tool.driver.rules[item.ruleIndex].id, item.ruleId);
    assert.strictEqual(run.columnKind, 'utf16CodeUnits');
    assert.deepStrictEqual(run.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('maps severities to SARIF levels: information and hint become note', () => {
    assert.deepStrictEqual((['error', 'warning', 'information', 'hint', 'off'] as const).map(sarifLevel), ['error', 'warning', 'note', 'note', 'none']);
  });

  it('records files that failed or were skipped as notifications, and stays valid', async () => {
    write(ws.dir, 'plans/binary.md', Uint8Array.from([1, 0, 2]));
    write(ws.dir, '.backlog-lens.json', JSON.stringify({ maxDocumentSize: 200 }));
    const result = await runCli(['check', '--format', 'sarif', 'plans', 'nothing/*.md'], ws.dir);
    assert.strictEqual(result.code, 2);
    const log: Json = JSON.parse(result.stdout);
    assertValid(log);
    const [invocation] = log.runs[0].invocations;
    assert.strictEqual(invocation.executionSuccessful, false);
    const notes = invocation.toolExecutionNotifications.map((note: Json) => [note.level, note.locations?.[0].physicalLocation.artifactLocation.uri, note.message.text]);
    assert.deepStrictEqual(notes.find((note: Json) => note[1] === 'plans/binary.md'), ['error', 'plans/binary.md', 'plans/binary.md: binary file (NUL byte at offset 1), not a text document']);
    assert.deepStrictEqual(notes.find((note: Json) => note[1] === undefined), ['error', undefined, 'nothing/*.md: no planning documents match this glob']);
    assert.ok(notes.some((note: Json) => note[0] === 'warning' && /over maxDocumentSize \(200 characters\)/.test(note[2])), JSON.stringify(notes));
  });

  it('links each rule to its doc page when the project has an address, and stays valid', () => {
    let out = '';
    const reporter = sarifReporter({ write: (chunk: string) => (out += chunk) }, { cwd: ws.dir, version: '1.2.3', rules, projectUrl: 'https://example.org/backlog-lens' });
    reporter.begin();
    reporter.end({ files: 0, counts: { error: 0, warning: 0, information: 0, hint: 0 }, failing: 0, failed: 0, skipped: 0, configProblems: 0 });
    const log: Json = JSON.parse(out);
    assertValid(log);
    assert.strictEqual(log.runs[0].tool.driver.informationUri, 'https://example.org/backlog-lens');
    log.runs[0].tool.driver.rules.forEach((rule: Json, index: number) => {
      assert.strictEqual(rule.helpUri, `https://example.org/backlog-lens/blob/HEAD/${rules[index].docPath}`);
      assert.match(rule.helpUri, /\/docs\/rules\/[^/]+\.md$/);
    });
  });
});

function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}
