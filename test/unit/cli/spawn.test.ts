import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { join } from 'path';
import { copyFixture, workspace, write } from './helpers';

const ROOT = join(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

/** The real executable's entry, run by Node through tsx (no build needed), in `cwd`. */
function spawnCli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [TSX, join(ROOT, 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('cli: the executable, spawned', function () {
  this.timeout(60000);
  let ws: ReturnType<typeof workspace>;
  before(() => {
    ws = workspace();
    copyFixture('story-without-value.md', ws.dir, 'backlog/story-without-value.md');
    for (let i = 0; i < 400; i++) write(ws.dir, `many/backlog-${String(i).padStart(3, '0')}.md`, `# Problem ${i}\n\nCustomers churn because onboarding is slow.\n`);
    write(ws.dir, 'quiet/backlog.md', '');
  });
  after(() => ws.cleanup());

  it('sets exit codes 0, 1 and 2 as a process', () => {
    assert.strictEqual(spawnCli(['check', 'quiet'], ws.dir).status, 0);
    assert.strictEqual(spawnCli(['check', 'backlog'], ws.dir).status, 1);
    const failed = spawnCli(['check', 'missing.md', 'quiet'], ws.dir);
    assert.strictEqual(failed.status, 2);
    assert.strictEqual(failed.stderr, 'backlog-lens: missing.md: no such file or directory\n');
    assert.strictEqual(spawnCli(['check', '--format', 'yaml'], ws.dir).status, 2);
  });

  it('writes a whole JSON document to a pipe for hundreds of files', () => {
    const child = spawnCli(['check', '--format', 'json', 'many'], ws.dir);
    assert.strictEqual(child.stderr, '');
    assert.strictEqual(JSON.parse(child.stdout).files.length, 400);
  });

  it('prints help and version', () => {
    const help = spawnCli(['--help'], ws.dir);
    assert.strictEqual(help.status, 0);
    assert.match(help.stdout, /^Usage: backlog-lens check/);
    assert.match(spawnCli(['--version'], ws.dir).stdout, /^\d+\.\d+\.\d+/);
  });
});
