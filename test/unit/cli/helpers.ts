import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { nodeFileSystem } from '../../../src/cli/io';
import { run } from '../../../src/cli/run';

export const FIXTURES = join(__dirname, '../../fixtures/cli');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process in `cwd`, capturing both streams. */
export async function runCli(argv: string[], cwd: string, options: { env?: Record<string, string>; tty?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    env: options.env ?? {},
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.tty ?? false },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    fs: nodeFileSystem,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary directory holding `files` (path → text or bytes); removed by `cleanup()`. */
export function workspace(files: Record<string, string | Uint8Array> = {}): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'backlog-lens-cli-'));
  for (const [path, content] of Object.entries(files)) write(dir, path, content);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The CLI fixtures: a PO document, a PM document and one with a story that states no value. */
export const FIXTURE_NAMES = ['product-brief.md', 'sprint-backlog.md', 'story-without-value.md'];

/** Gives each test of the calling suite a fresh directory with the fixtures under `folder/`; `dir` is the current one. */
export function fixtureWorkspacePerTest(folder: string): { readonly dir: string } {
  let current: ReturnType<typeof workspace> | undefined;
  beforeEach(() => {
    current = workspace();
    for (const name of FIXTURE_NAMES) copyFixture(name, current.dir, `${folder}/${name}`);
  });
  afterEach(() => current?.cleanup());
  return {
    get dir() {
      if (!current) throw new Error('fixtureWorkspacePerTest() gives a directory inside a test only.');
      return current.dir;
    },
  };
}

export function write(dir: string, path: string, content: string | Uint8Array): void {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

export function copyFixture(name: string, dir: string, as = name): void {
  mkdirSync(dirname(join(dir, as)), { recursive: true });
  copyFileSync(join(FIXTURES, name), join(dir, as));
}

/** Stderr lines, without the empty last one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}
