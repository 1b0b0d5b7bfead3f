import * as assert from 'assert';
import { atOrAbove, parseArgs, UsageError } from '../../../src/cli/args';

describe('cli: parseArgs', () => {
  it('defaults to text, --fail-on warning and the current directory', () => {
    assert.deepStrictEqual(parseArgs(['check']), {
      kind: 'check',
      options: { targets: ['.'], format: 'text', failOn: 'warning', config: undefined, quiet: false, color: undefined },
    });
  });

  it('reads every option, in both spellings, around the paths', () => {
    const command = parseArgs(['check', 'docs', '--format=sarif', '-c', 'lens.json', '--max-severity', 'error', 'notes/*.md', '-q', '--no-color']);
    assert.deepStrictEqual(command, {
      kind: 'check',
      options: { targets: ['docs', 'notes/*.md'], format: 'sarif', failOn: 'error', config: 'lens.json', quiet: true, color: false },
    });
    assert.deepStrictEqual(parseArgs(['check', '-f', 'json', '--fail-on=hint', '--color']), {
      kind: 'check',
      options: { targets: ['.'], format: 'json', failOn: 'hint', config: undefined, quiet: false, color: true },
    });
  });

  it('takes everything after -- as a path', () => {
    const command = parseArgs(['check', '--', '--odd-name.md', '-q']);
    assert.ok(command.kind === 'check');
    assert.deepStrictEqual(command.options.targets, ['--odd-name.md', '-q']);
    assert.strictEqual(command.options.quiet, false);
  });

  it('answers --help and --version before anything else', () => {
    assert.deepStrictEqual(parseArgs(['check', '--bogus', '--help']), { kind: 'help' });
    assert.deepStrictEqual(parseArgs(['-v']), { kind: 'version' });
  });

  for (const [argv, message] of [
    [[], /missing command/],
    [['lint', '.'], /unknown command "lint"/],
    [['check', '--format', 'xml'], /--format must be one of text, json, sarif, markdown, not "xml"/],
    [['check', '--fail-on', 'fatal'], /--fail-on must be one of error, warning, information, hint/],
    [['check', '--config'], /--config needs a value/],
    [['check', '--quiet=yes'], /--quiet takes no value/],
    [['check', '--frobnicate'], /unknown option --frobnicate/],
  ] as const) {
    it(`rejects ${JSON.stringify(argv)} with a one-line message`, () => {
      assert.throws(() => parseArgs(argv), (error: unknown) => error instanceof UsageError && message.test(error.message) && !error.message.includes('\n'));
    });
  }

  it('orders severities: a threshold counts itself and everything stronger', () => {
    assert.ok(atOrAbove('error', 'warning'));
    assert.ok(atOrAbove('warning', 'warning'));
    assert.ok(!atOrAbove('information', 'warning'));
    assert.ok(atOrAbove('hint', 'hint'));
    assert.ok(!atOrAbove('warning', 'error'));
  });
});
