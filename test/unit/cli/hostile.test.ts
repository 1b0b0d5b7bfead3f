import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { symlinkSync } from 'fs';
import { join, relative } from 'path';
import type { JsonReport } from '../../../src/cli/formats/json';
import { analyze } from '../../../src/core';
import { MAX_CONFIG_BYTES } from '../../../src/core/config/defaults';
import { lines, runCli, workspace, write } from './helpers';

/** What a stranger's repository can hold: links to devices and to files elsewhere, pipes, names with escapes. */
describe('cli: a hostile repository', () => {
  let ws: ReturnType<typeof workspace>;
  beforeEach(() => {
    ws = workspace({ 'backlog.md': '# Backlog\n\n- [ ] Estimate the export tasks\n' });
  });
  afterEach(() => ws.cleanup());

  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it('does not read a config that links to /dev/zero or is a pipe: it says so and exits 2 at once', async function () {
    this.timeout(5000); // Before the fix, /dev/zero was read until memory ran out and a pipe hung forever.
    symlinkSync('/dev/zero', join(ws.dir, '.backlog-lens.json'));
    const zero = await runCli(['check', 'backlog.md'], ws.dir);
    assert.strictEqual(zero.code, 2);
    assert.deepStrictEqual(lines(zero.stderr), ['backlog-lens: .backlog-lens.json: cannot read the config file: it is a symbolic link to a file outside this folder, not read']);
    const explicit = await runCli(['check', '--config', '/dev/zero', 'backlog.md'], ws.dir);
    assert.deepStrictEqual(lines(explicit.stderr), [`backlog-lens: ${relative(ws.dir, '/dev/zero')}: cannot read the config file: not a regular file (a device, a pipe or a socket), not read`]);
    execFileSync('mkfifo', [join(ws.dir, 'lens.json')]);
    const pipe = await runCli(['check', '--config', 'lens.json', 'backlog.md'], ws.dir);
    assert.strictEqual(pipe.code, 2);
    assert.deepStrictEqual(lines(pipe.stderr), ['backlog-lens: lens.json: cannot read the config file: not a regular file (a device, a pipe or a socket), not read']);
  });

  it('reads a config only up to its size limit, and a linked one only inside the folder', async () => {
    write(ws.dir, '.backlog-lens.json', `{"rules": {}}${' '.repeat(MAX_CONFIG_BYTES)}`);
    const large = await runCli(['check', 'backlog.md'], ws.dir);
    assert.strictEqual(large.code, 2);
    assert.match(large.stderr, /cannot read the config file: too large \(\d+ bytes\), not read/);
    const outside = workspace({ 'shared.json': '{"rules": {"item-without-acceptance": "error"}}' });
    try {
      write(ws.dir, 'inside.json', '{"rules": {"item-without-acceptance": "off"}}');
      execFileSync('ln', ['-sf', 'inside.json', join(ws.dir, '.backlog-lens.json')]);
      const linkedInside = await runCli(['check', 'backlog.md'], ws.dir);
      assert.deepStrictEqual(linkedInside, await runCli(['check', '--config', 'inside.json', 'backlog.md'], ws.dir), 'a link within the folder is followed');
      assert.strictEqual(linkedInside.stderr, '');
      execFileSync('ln', ['-sf', join(outside.dir, 'shared.json'), join(ws.dir, '.backlog-lens.json')]);
      const linkedOutside = await runCli(['check', 'backlog.md'], ws.dir);
      assert.strictEqual(linkedOutside.code, 2);
      assert.match(linkedOutside.stderr, /symbolic link to a file outside this folder/);
    } finally {
      outside.cleanup();
    }
  });

  it('does not follow a document link out of the walked folder, and refuses a device named as a document', async () => {
    const outside = workspace({ 'secret-backlog.md': '# Secret heading\n\nCustomers churn.\n' });
    try {
      symlinkSync(join(outside.dir, 'secret-backlog.md'), join(ws.dir, 'linked-backlog.md'));
      symlinkSync(join(ws.dir, 'backlog.md'), join(ws.dir, 'alias-backlog.md'));
      const walked = await runCli(['check', '--format', 'json', '.'], ws.dir);
      assert.deepStrictEqual((JSON.parse(walked.stdout) as JsonReport).files.map((file) => file.path), ['alias-backlog.md', 'backlog.md']);
      symlinkSync('/dev/zero', join(ws.dir, 'zero-backlog.md'));
      const device = await runCli(['check', 'zero-backlog.md'], ws.dir);
      assert.strictEqual(device.code, 2);
      assert.deepStrictEqual(lines(device.stderr), ['backlog-lens: zero-backlog.md: not a file or a directory']);
    } finally {
      outside.cleanup();
    }
  });

  it('refuses a glob argument over the limits, saying why, instead of crashing', async () => {
    const deep = `${'{'.repeat(10_000)}a${'}'.repeat(10_000)}`; // was: RangeError, and the JSON stopped at {"files":[
    const result = await runCli(['check', '--format', 'json', deep, 'backlog.md'], ws.dir);
    assert.strictEqual(result.code, 2);
    assert.deepStrictEqual((JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path), ['backlog.md']);
    assert.match(result.stderr, /: this glob is longer than 1000 characters\n$/);
    write(ws.dir, '.backlog-lens.json', JSON.stringify({ include: [deep] }));
    const configured = await runCli(['check', '.'], ws.dir);
    assert.strictEqual(configured.code, 2);
    assert.match(configured.stderr, /"include" glob 1 is longer than 1000 characters; using the default\./);
  });

  it('writes control characters of file names and headings as visible escapes, in text and in JSON', async () => {
    const name = 'backlog-\u001b[2J\u001b]0;T\u0007na\nme\u009b31m.md';
    const content = '# Head\u001b[2Jing\u009b\n\nAs a user, I want the export\n';
    write(ws.dir, name, content);
    const text = await runCli(['check', '--no-color', name], ws.dir);
    assert.ok(!CONTROLS.test(text.stdout.replace(/\n/g, '')), JSON.stringify(text.stdout));
    assert.ok(text.stdout.startsWith('backlog-\\x1b[2J\\x1b]0;T\\x07na\\nme\\x9b31m.md  '), text.stdout);
    const findings = analyze(content).findings.length;
    assert.strictEqual(lines(text.stdout).length, 2 + findings, 'a newline in a name forges no line: the file, a line a finding, the summary');
    const stderr = await runCli(['check', 'nope\u001bc\u0007.md'], ws.dir);
    assert.deepStrictEqual(lines(stderr.stderr), ['backlog-lens: nope\\x1bc\\x07.md: no such file or directory']);
    const json = await runCli(['check', '--format', 'json', name], ws.dir);
    assert.ok(!/[\u007f-\u009f]/.test(json.stdout) && json.stdout.includes('\\u009b'), JSON.stringify(json.stdout));
    const [file] = (JSON.parse(json.stdout) as JsonReport).files;
    assert.deepStrictEqual([file.path, file.sections[0].heading], [name, 'Head\u001b[2Jing\u009b'], 'JSON still carries the name and heading exactly');
    const sarif = await runCli(['check', '--format', 'sarif', name], ws.dir);
    assert.ok(!CONTROLS.test(sarif.stdout), JSON.stringify(sarif.stdout));
  });
});
