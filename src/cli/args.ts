import type { Severity } from '../core';

export type Format = 'text' | 'json' | 'sarif' | 'markdown';

export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'markdown'];
/** Strongest first: a threshold counts itself and everything before it. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface CheckOptions {
  targets: string[];
  format: Format;
  failOn: Severity;
  config: string | undefined;
  quiet: boolean;
  /** `undefined`: decide from the terminal and NO_COLOR. */
  color: boolean | undefined;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'check'; options: CheckOptions };

export class UsageError extends Error {}

export const USAGE = `Usage: backlog-lens check [options] [paths or globs...]

Reads planning documents and says whether each one, and each of its sections,
leans toward Product Owner concerns (how: delivery) or Product Manager
concerns (who, what, why: the market), with findings.

Paths default to "." . A file is checked whatever its name; a directory is
walked for .md, .markdown and .txt files that pass the config's include and
exclude globs; a glob (quote it) picks such files too. .git and node_modules
are never walked.

Options:
  -f, --format <format>            output format: text (default), json, sarif,
                                   or markdown (a table for a CI step summary
                                   or a pull-request comment)
      --fail-on <severity>         exit 1 when a finding is at or above it:
                                   error, warning, information or hint
                                   (default: warning; alias --max-severity)
  -c, --config <file>              config file (default: ./.backlog-lens.json
                                   when present)
  -q, --quiet                      report only findings at or above --fail-on
      --color, --no-color          force colours on or off (NO_COLOR is honoured)
  -h, --help                       show this help
  -v, --version                    show the version

Exit codes: 0 no finding at or above --fail-on, 1 there are such findings,
2 usage or I/O error (missing file, directory without documents, unreadable
or binary file); a file that fails does not stop the others.
`;

const VALUED = new Map<string, keyof CheckOptions>([
  ['--format', 'format'], ['-f', 'format'],
  ['--fail-on', 'failOn'], ['--max-severity', 'failOn'],
  ['--config', 'config'], ['-c', 'config'],
]);

/** Parses the arguments after the program name; throws UsageError with a one-line message. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.some((arg) => arg === '--help' || arg === '-h')) return { kind: 'help' };
  if (argv.some((arg) => arg === '--version' || arg === '-v')) return { kind: 'version' };
  const options: CheckOptions = { targets: [], format: 'text', failOn: 'warning', config: undefined, quiet: false, color: undefined };
  let command: string | undefined;
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      if (command === undefined) command = arg;
      else options.targets.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const key = VALUED.get(name);
    if (key) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      setValued(options, key, name, value);
      continue;
    }
    if (eq > 0) throw new UsageError(`${name} takes no value`);
    if (arg === '--quiet' || arg === '-q') options.quiet = true;
    else if (arg === '--color') options.color = true;
    else if (arg === '--no-color') options.color = false;
    else throw new UsageError(`unknown option ${arg}`);
  }
  if (command === undefined) throw new UsageError('missing command: try "backlog-lens check ."');
  if (command !== 'check') throw new UsageError(`unknown command "${command}": the command is "check"`);
  if (options.targets.length === 0) options.targets.push('.');
  return { kind: 'check', options };
}

function setValued(options: CheckOptions, key: keyof CheckOptions, name: string, value: string): void {
  if (key === 'format') {
    if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`${name} must be one of ${FORMATS.join(', ')}, not "${value}"`);
    options.format = value as Format;
  } else if (key === 'failOn') {
    if (!(SEVERITIES as readonly string[]).includes(value)) throw new UsageError(`${name} must be one of ${SEVERITIES.join(', ')}, not "${value}"`);
    options.failOn = value as Severity;
  } else {
    options.config = value;
  }
}

/** True when `severity` is at or above `threshold`. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
