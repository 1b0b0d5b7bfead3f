import { analyze, rules, type LensConfig } from '../core';
import { atOrAbove, parseArgs, USAGE, UsageError, type CheckOptions } from './args';
import { loadConfig } from './config';
import { resolveTargets, relativePath } from './files';
import { jsonReporter } from './formats/json';
import { markdownReporter } from './formats/markdown';
import { sarifReporter } from './formats/sarif';
import { textReporter } from './formats/text';
import { describeError, FileRefused, type CliIo } from './io';
import { PROJECT_URL, TOOL_NAME, VERSION } from './meta';
import { decodeDocument } from './read';
import { terminalSafe } from './formats/escape';
import { byPosition, unchecked, type Reporter, type Summary } from './report';

export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

/** The whole command line: arguments in, exit code out; all input and output through `io`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${TOOL_NAME}: ${error.message} (see ${TOOL_NAME} --help)\n`);
    return EXIT.error;
  }
  if (command.kind === 'help') {
    io.stdout.write(USAGE);
    return EXIT.clean;
  }
  if (command.kind === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.clean;
  }
  return check(command.options, io);
}

async function check(options: CheckOptions, io: CliIo): Promise<number> {
  const complain = (path: string | undefined, message: string) => io.stderr.write(terminalSafe(`${TOOL_NAME}: ${path === undefined ? '' : `${path}: `}${message}`) + '\n');
  const loaded = loadConfig(options.config, io.cwd, io.fs);
  if (!loaded.ok) {
    complain(relativePath(io.cwd, loaded.file), loaded.message);
    return EXIT.error;
  }
  const { config } = loaded;
  if (loaded.file) for (const problem of loaded.problems) complain(relativePath(io.cwd, loaded.file), problem);

  const reporter = createReporter(options, io);
  const configProblems = loaded.file ? loaded.problems.length : 0;
  const summary: Summary = { files: 0, counts: { error: 0, warning: 0, information: 0, hint: 0 }, failing: 0, failed: 0, skipped: 0, configProblems };
  /** `path` is the file's relative path, or undefined for a glob (then `label` names it). */
  const notice = (level: 'error' | 'warning', path: string | undefined, message: string, label = path) => {
    complain(label, message);
    reporter.notice({ level, path, message: path === undefined ? `${label}: ${message}` : message });
    if (level === 'error') summary.failed++;
    else summary.skipped++;
  };

  reporter.begin();
  const selection = { cwd: io.cwd, base: loaded.base, include: config.include, exclude: config.exclude };
  for (const target of resolveTargets(options.targets, selection, io.fs)) {
    if (target.kind === 'glob-error') {
      notice('error', undefined, target.message, target.glob);
      continue;
    }
    const path = relativePath(io.cwd, target.path);
    if (target.kind === 'error') {
      notice('error', path, target.message);
      continue;
    }
    const outcome = checkFile(target.path, config, io);
    if (outcome.kind !== 'analysed') {
      notice(outcome.kind === 'skipped' ? 'warning' : 'error', path, outcome.message);
      continue;
    }
    summary.files++;
    const all = [...outcome.analysis.findings].sort(byPosition);
    const findings = options.quiet ? all.filter((finding) => atOrAbove(finding.severity, options.failOn)) : all;
    for (const finding of all) {
      if (atOrAbove(finding.severity, options.failOn)) summary.failing++;
    }
    for (const finding of findings) summary.counts[finding.severity]++;
    reporter.file({ path, analysis: outcome.analysis, findings });
  }
  reporter.end(summary);
  return unchecked(summary) ? EXIT.error : summary.failing > 0 ? EXIT.findings : EXIT.clean;
}

type Outcome = { kind: 'analysed'; analysis: ReturnType<typeof analyze> } | { kind: 'skipped' | 'failed'; message: string };

function checkFile(file: string, config: LensConfig, io: CliIo): Outcome {
  const limit = config.maxDocumentSize;
  const tooLarge = (size: string): Outcome => ({ kind: 'skipped', message: `skipped: ${size}, over maxDocumentSize (${limit} characters)` });
  let bytes: Uint8Array;
  try {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8: a file over 3 × the limit is too large unread.
    bytes = io.fs.readFile(file, 3 * limit);
  } catch (error) {
    if (error instanceof FileRefused && error.code === 'EFBIG') return tooLarge(`${error.size} bytes`);
    return { kind: 'failed', message: `cannot read: ${describeError(error)}` };
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return { kind: 'failed', message: decoded.message };
  if (decoded.text.length > limit) return tooLarge(`${decoded.text.length} characters`);
  return { kind: 'analysed', analysis: analyze(decoded.text, { terms: config.terms, rules: config.rules }) };
}

function createReporter(options: CheckOptions, io: CliIo): Reporter {
  switch (options.format) {
    case 'json': return jsonReporter(io.stdout);
    case 'markdown': return markdownReporter(io.stdout, { quiet: options.quiet });
    case 'sarif': return sarifReporter(io.stdout, { cwd: io.cwd, version: VERSION, rules, projectUrl: PROJECT_URL });
    default: return textReporter(io.stdout, { color: useColor(options.color, io), quiet: options.quiet });
  }
}

/** --color / --no-color win; then NO_COLOR (any non-empty value) and FORCE_COLOR; then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, io: Pick<CliIo, 'env' | 'stdout'>): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}
