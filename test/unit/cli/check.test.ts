import * as assert from 'assert';
import { mkdirSync, readFileSync, symlinkSync } from 'fs';
import { join } from 'path';
import { atOrAbove, SEVERITIES } from '../../../src/cli/args';
import { jsonFile, type JsonReport } from '../../../src/cli/formats/json';
import { documentLean } from '../../../src/cli/formats/text';
import { analyze, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, isPlanningPath, parseConfigText, type Analysis, type Finding, type Severity } from '../../../src/core';
import { FIXTURE_NAMES, FIXTURES, fixtureWorkspacePerTest, lines, runCli, workspace, write } from './helpers';

const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const fixtureAnalysis = (name: string) => analyze(fixtureText(name));
const failsAt = (analysis: Analysis, threshold: Severity) => analysis.findings.some((finding) => atOrAbove(finding.severity, threshold));

/** The text format parsed back: each file's heading line and its finding rows split into columns. */
function parseText(stdout: string): { files: Map<string, { lean: string; rows: string[][] }>; summary: string } {
  const files = new Map<string, { lean: string; rows: string[][] }>();
  const all = lines(stdout);
  let current: { lean: string; rows: string[][] } | undefined;
  for (const line of all.slice(0, -1)) {
    if (line.startsWith('  ')) {
      assert.ok(current, `a finding row before any file: ${line}`);
      current.rows.push(line.trim().split(/ {2,}/));
    } else {
      const at = line.indexOf('  ');
      current = { lean: line.slice(at + 2), rows: [] };
      files.set(line.slice(0, at), current);
    }
  }
  return { files, summary: all[all.length - 1] ?? '' };
}

/** The engine's findings as a reader scans the file: by line, then column. */
const inReadingOrder = (findings: readonly Finding[]) => [...findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
const row = (finding: Finding) => [`${finding.range.start.line + 1}:${finding.range.start.character + 1}`, finding.severity, finding.message, finding.rule];

describe('cli: check, end to end on files on disk', function () {
  const ws = fixtureWorkspacePerTest('docs');

  it('has fixtures whose lean is unambiguous and one that breaks a rule at warning or above', () => {
    assert.strictEqual(fixtureAnalysis('sprint-backlog.md').document.lean, 'po');
    assert.strictEqual(fixtureAnalysis('product-brief.md').document.lean, 'pm');
    assert.ok(failsAt(fixtureAnalysis('story-without-value.md'), 'warning'), 'story-without-value.md should have a finding at warning or above');
  });

  describe('--format text', () => {
    it('prints each file with its lean, one row per finding (line:col severity message rule), and a summary', async () => {
      const result = await runCli(['check', 'docs'], ws.dir);
      const { files, summary } = parseText(result.stdout);
      assert.deepStrictEqual([...files.keys()], FIXTURE_NAMES.map((name) => `docs/${name}`));
      let total = 0;
      for (const name of FIXTURE_NAMES) {
        const analysis = fixtureAnalysis(name);
        const file = files.get(`docs/${name}`);
        assert.ok(file);
        assert.strictEqual(file.lean, documentLean(analysis.document));
        assert.deepStrictEqual(file.rows, inReadingOrder(analysis.findings).map(row));
        total += analysis.findings.length;
      }
      assert.ok(summary.includes('3 files checked'), summary);
      assert.ok(total === 0 ? summary.startsWith('✔ no problems') : summary.startsWith(`✖ ${total} problem`), summary);
      assert.strictEqual(result.stderr, '');
      assert.ok(!result.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
      assert.strictEqual(result.code, FIXTURE_NAMES.some((name) => failsAt(fixtureAnalysis(name), 'warning')) ? 1 : 0);
    });

    it('shows the lean as the engine labels it: PO for the sprint backlog, PM for the brief', async () => {
      const { files } = parseText((await runCli(['check', 'docs/sprint-backlog.md', 'docs/product-brief.md'], ws.dir)).stdout);
      assert.match(files.get('docs/sprint-backlog.md')?.lean ?? '', /^PO \d+%/);
      assert.match(files.get('docs/product-brief.md')?.lean ?? '', /^PM \d+%/);
    });

    it('colours on a terminal, and not with NO_COLOR or --no-color; --color and FORCE_COLOR force it', async () => {
      const coloured = (result: { stdout: string }) => result.stdout.includes('\u001b[');
      assert.ok(coloured(await runCli(['check', 'docs'], ws.dir, { tty: true })));
      assert.ok(!coloured(await runCli(['check', 'docs'], ws.dir, { tty: true, env: { NO_COLOR: '1' } })));
      assert.ok(!coloured(await runCli(['check', 'docs', '--no-color'], ws.dir, { tty: true })));
      assert.ok(coloured(await runCli(['check', 'docs', '--color'], ws.dir)));
      assert.ok(coloured(await runCli(['check', 'docs'], ws.dir, { env: { FORCE_COLOR: '1' } })));
    });

    it('--quiet reports only findings at or above --fail-on, and only the files that have them', async () => {
      const result = await runCli(['check', 'docs', '--quiet'], ws.dir);
      const { files } = parseText(result.stdout);
      for (const name of FIXTURE_NAMES) {
        const kept = fixtureAnalysis(name).findings.filter((finding) => atOrAbove(finding.severity, 'warning'));
        assert.deepStrictEqual(files.get(`docs/${name}`)?.rows, kept.length ? inReadingOrder(kept).map(row) : undefined, name);
      }
    });
  });

  describe('every format', () => {
    it('lists a file\'s findings by line and column, whatever order the engine gives them', async () => {
      const text = `As a shopper, I want receipts.\n\n${fixtureText('sprint-backlog.md')}`;
      write(ws.dir, 'docs/out-of-order-backlog.md', text);
      const findings = analyze(text).findings;
      const lines = findings.map((finding) => finding.range.start.line);
      assert.ok(lines.some((line, i) => i > 0 && line < lines[i - 1]), `the engine gives these out of line order: ${lines.join(', ')}`);
      const expected = inReadingOrder(findings).map((finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1}`);

      const textRows = parseText((await runCli(['check', 'docs/out-of-order-backlog.md'], ws.dir)).stdout).files.get('docs/out-of-order-backlog.md')?.rows;
      assert.deepStrictEqual(textRows?.map(([position]) => position), expected);
      const json = JSON.parse((await runCli(['check', '--format', 'json', 'docs/out-of-order-backlog.md'], ws.dir)).stdout) as JsonReport;
      assert.deepStrictEqual(json.files[0].findings.map((finding) => `${finding.line}:${finding.column}`), expected);
      const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', 'docs/out-of-order-backlog.md'], ws.dir)).stdout);
      const regions = sarif.runs[0].results.map((result: { locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }) => result.locations[0].physicalLocation.region);
      assert.deepStrictEqual(regions.map((region: { startLine: number; startColumn: number }) => `${region.startLine}:${region.startColumn}`), expected);
    });
  });

  describe('--format json', () => {
    it('follows the contract: relative slash paths, lean, pmShare, sections and 1-based findings, as analyze() says', async () => {
      write(ws.dir, 'docs/empty-backlog.md', '');
      const result = await runCli(['check', '--format', 'json'], ws.dir);
      const report = JSON.parse(result.stdout) as JsonReport;
      const names = ['docs/empty-backlog.md', ...FIXTURE_NAMES.map((name) => `docs/${name}`)];
      assert.deepStrictEqual(report.files.map((file) => file.path), names);
      for (const file of report.files) {
        const analysis = analyze(readFileSync(join(ws.dir, file.path), 'utf8'));
        assert.deepStrictEqual(Object.keys(file), ['path', 'lean', 'pmShare', 'sections', 'findings']);
        assert.strictEqual(file.lean, analysis.document.lean);
        assert.strictEqual(file.pmShare, analysis.document.pmShare);
        assert.deepStrictEqual(file.sections, analysis.sections.map((section) => ({ heading: section.heading, line: section.headingRange.start.line + 1, lean: section.lean, pmShare: section.pmShare })));
        assert.deepStrictEqual(file.findings, inReadingOrder(analysis.findings).map((finding) => ({
          rule: finding.rule, severity: finding.severity,
          line: finding.range.start.line + 1, column: finding.range.start.character + 1, endLine: finding.range.end.line + 1, endColumn: finding.range.end.character + 1,
          message: finding.message,
        })));
      }
      assert.strictEqual(report.files[0].pmShare, null, 'no evidence: pmShare is null');
      assert.strictEqual(report.files[0].lean, 'unclear');
      const brief = report.files.find((file) => file.path === 'docs/product-brief.md');
      assert.ok(brief && typeof brief.pmShare === 'number' && brief.pmShare > 0.5 && brief.sections.some((section) => section.heading === 'Success metrics'));
    });

    it('writes paths relative to the current directory, outside it too', async () => {
      write(ws.dir, 'sub/here/plan.md', '# Plan');
      const result = await runCli(['check', '--format=json', '../../docs/sprint-backlog.md', '.'], join(ws.dir, 'sub/here'));
      assert.deepStrictEqual((JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path), ['../../docs/sprint-backlog.md', 'plan.md']);
    });

    it('is still one valid document when some files fail', async () => {
      const result = await runCli(['check', '--format', 'json', 'missing.md', 'docs/product-brief.md'], ws.dir);
      assert.strictEqual(result.code, 2);
      assert.deepStrictEqual((JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path), ['docs/product-brief.md']);
      const none = await runCli(['check', '--format', 'json', 'missing.md'], ws.dir);
      assert.deepStrictEqual(JSON.parse(none.stdout), { files: [] });
    });
  });

  describe('exit codes', () => {
    it('0 when nothing is at or above the threshold, 1 when something is, for every --fail-on', async () => {
      const analyses = FIXTURE_NAMES.map(fixtureAnalysis);
      for (const threshold of SEVERITIES) {
        const expected = analyses.some((analysis) => failsAt(analysis, threshold)) ? 1 : 0;
        assert.strictEqual((await runCli(['check', 'docs', '--fail-on', threshold], ws.dir)).code, expected, threshold);
      }
      write(ws.dir, 'quiet/backlog.md', '');
      const clean = await runCli(['check', 'quiet'], ws.dir);
      assert.strictEqual(clean.code, 0);
      assert.ok(clean.stdout.includes('✔ no problems · 1 file checked'), clean.stdout);
      assert.strictEqual((await runCli(['check', 'docs/story-without-value.md'], ws.dir)).code, 1);
    });

    it('2 for a missing file, naming it in one line, while the other files are still checked', async () => {
      const result = await runCli(['check', 'docs/nope.md', 'docs/product-brief.md', '--no-color'], ws.dir);
      assert.strictEqual(result.code, 2);
      assert.deepStrictEqual(lines(result.stderr), ['backlog-lens: docs/nope.md: no such file or directory']);
      assert.ok(parseText(result.stdout).files.has('docs/product-brief.md'));
      assert.ok(result.stdout.includes('✖ 1 error (could not be checked)'), result.stdout);
    });

    it('2 when no file could be read, and the summary counts those errors instead of saying "no problems"', async () => {
      mkdirSync(join(ws.dir, 'x.md')); // a directory named like a document: tests run as root, so no unreadable file
      symlinkSync(join(ws.dir, 'nowhere.md'), join(ws.dir, 'dangling-backlog.md'));
      const result = await runCli(['check', 'x.md', 'dangling-backlog.md'], ws.dir);
      assert.strictEqual(result.code, 2);
      assert.strictEqual(lines(result.stderr).length, 2, result.stderr);
      assert.ok(result.stderr.includes('dangling-backlog.md: no such file or directory'), result.stderr);
      const { summary } = parseText(result.stdout);
      assert.strictEqual(summary, '✖ 2 errors (could not be checked) · 0 files checked');

      const mixed = parseText((await runCli(['check', 'dangling-backlog.md', 'docs/story-without-value.md'], ws.dir)).stdout).summary;
      assert.match(mixed, /^✖ 1 error \(could not be checked\), \d+ problems? \(.*\) · 1 file checked$/);
    });

    it('2 for a directory without documents', async () => {
      write(ws.dir, 'assets/logo.svg', '<svg/>');
      const result = await runCli(['check', 'assets'], ws.dir);
      assert.strictEqual(result.code, 2);
      assert.deepStrictEqual(lines(result.stderr), ['backlog-lens: assets: no planning documents in this directory (.md, .markdown or .txt files that pass include/exclude)']);
    });

    it('2 for binary bytes and for invalid UTF-8, and 2 wins over 1', async () => {
      write(ws.dir, 'docs/scan-backlog.md', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
      write(ws.dir, 'docs/latin1-roadmap.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
      const result = await runCli(['check', 'docs', '--format', 'json'], ws.dir);
      assert.strictEqual(result.code, 2);
      assert.deepStrictEqual(lines(result.stderr), [
        'backlog-lens: docs/latin1-roadmap.txt: not valid UTF-8 text',
        'backlog-lens: docs/scan-backlog.md: binary file (NUL byte at offset 4), not a text document',
      ]);
      assert.deepStrictEqual((JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path), FIXTURE_NAMES.map((name) => `docs/${name}`));
    });

    it('2 for usage errors, with a one-line message', async () => {
      for (const argv of [['check', '--format', 'xml'], ['frobnicate'], ['check', '--config']]) {
        const result = await runCli(argv, ws.dir);
        assert.strictEqual(result.code, 2, argv.join(' '));
        assert.strictEqual(lines(result.stderr).length, 1, result.stderr);
        assert.ok(result.stderr.startsWith('backlog-lens: '));
        assert.strictEqual(result.stdout, '');
      }
    });

    it('0 for --help and --version, which print to stdout', async () => {
      const help = await runCli(['--help'], ws.dir);
      assert.strictEqual(help.code, 0);
      assert.ok(help.stdout.startsWith('Usage: backlog-lens check'));
      const version = await runCli(['--version'], ws.dir);
      assert.strictEqual(version.code, 0);
      assert.strictEqual(version.stdout, `${JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).version}\n`);
    });
  });

  describe('globs', () => {
    it('expand to the documents they match, and fail with 2 when they match none', async () => {
      write(ws.dir, 'docs/drafts/idea.md', '# Idea');
      const result = await runCli(['check', '--format', 'json', 'docs/*-*.md'], ws.dir);
      assert.deepStrictEqual((JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path), ['docs/product-brief.md', 'docs/sprint-backlog.md', 'docs/story-without-value.md']);
      const deep = await runCli(['check', '--format', 'json', 'docs/**/idea.md'], ws.dir);
      assert.deepStrictEqual((JSON.parse(deep.stdout) as JsonReport).files.map((file) => file.path), ['docs/drafts/idea.md']);
      const none = await runCli(['check', 'docs/*.rst'], ws.dir);
      assert.strictEqual(none.code, 2);
      assert.deepStrictEqual(lines(none.stderr), ['backlog-lens: docs/*.rst: no planning documents match this glob']);
    });
  });

  describe('the config file', () => {
    it('reads ./.backlog-lens.json: its problems go to stderr, naming the file, the rest applies, and the run exits 2', async () => {
      const text = JSON.stringify({ exclude: ['**/drafts/**'], maxDocumentSize: 'big', colour: true });
      write(ws.dir, '.backlog-lens.json', text);
      write(ws.dir, 'docs/drafts/roadmap.md', '# Roadmap'); // Included by default; the config excludes it.
      const { problems } = parseConfigText(text);
      assert.ok(problems.length > 0, 'the engine reports the bad value');
      const result = await runCli(['check', '--format', 'json', 'docs'], ws.dir);
      assert.deepStrictEqual(lines(result.stderr), problems.map((problem) => `backlog-lens: .backlog-lens.json: ${problem}`));
      assert.deepStrictEqual((JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path), FIXTURE_NAMES.map((name) => `docs/${name}`));
      assert.strictEqual(result.code, 2, 'a CI gate does not pass on a config it only half read');
      const summary = parseText((await runCli(['check', '--no-color', 'docs'], ws.dir)).stdout).summary;
      assert.ok(summary.startsWith(`✖ ${problems.length} config problems, `), summary);
    });

    it('survives a config that is not JSON: the problem is printed, the defaults apply', async () => {
      write(ws.dir, '.backlog-lens.json', '{ "exclude": [ ');
      const result = await runCli(['check', '--format', 'json', 'docs'], ws.dir);
      assert.deepStrictEqual(lines(result.stderr), parseConfigText('{ "exclude": [ ').problems.map((problem) => `backlog-lens: .backlog-lens.json: ${problem}`));
      assert.ok(result.stderr.length > 0);
      assert.strictEqual((JSON.parse(result.stdout) as JsonReport).files.length, 3);
      assert.strictEqual(result.code, 2);
    });

    it('passes rules and terms to the engine', async () => {
      const story = fixtureAnalysis('story-without-value.md');
      const rule = story.findings[0]?.rule;
      assert.ok(rule, 'the story fixture has a finding');
      const raw = { rules: { [rule]: 'off' }, terms: { pm: ['zorblax'], po: [], ignore: [] } };
      write(ws.dir, 'lens.json', JSON.stringify(raw));
      const tasks = '# Export tasks\n\n- [ ] Zorblax: estimate the export tasks\n- [ ] Deploy the export to staging\n\n';
      write(ws.dir, 'docs/custom.md', `${tasks}# Zorblax\n\nZorblax first, then zorblax again: the zorblax matters.\n`);
      const result = await runCli(['check', '--format', 'json', '--config', 'lens.json', 'docs/story-without-value.md', 'docs/custom.md'], ws.dir);
      assert.strictEqual(result.stderr, '');
      const [storyFile, custom] = (JSON.parse(result.stdout) as JsonReport).files;
      assert.ok(!storyFile.findings.some((finding) => finding.rule === rule), `${rule} is off`);
      const text = readFileSync(join(ws.dir, 'docs/custom.md'), 'utf8');
      const withTerms = analyze(text, { terms: raw.terms, rules: raw.rules as Record<string, 'off'> });
      const plain = analyze(text).document;
      assert.ok(plain.pmShare !== null && withTerms.document.pmShare! > plain.pmShare, 'the custom PM term moves the verdict toward PM');
      const zorblax = withTerms.sections[1].evidence.filter((e) => e.term === 'zorblax');
      assert.deepStrictEqual(zorblax.map((e) => e.side), ['pm', 'pm', 'pm', 'pm'], 'every mention is PM evidence');
      assert.deepStrictEqual(custom, jsonFile({ path: 'docs/custom.md', analysis: withTerms, findings: withTerms.findings }));
    });

    it('anchors include / exclude at the --config file\'s folder', async () => {
      write(ws.dir, 'project/lens.json', JSON.stringify({ exclude: ['docs/skip/**'] }));
      write(ws.dir, 'project/docs/keep/roadmap.md', '# A');
      write(ws.dir, 'project/docs/skip/roadmap.md', '# B');
      const result = await runCli(['check', '--format', 'json', '--config', 'project/lens.json', 'project'], ws.dir);
      assert.deepStrictEqual((JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path), ['project/docs/keep/roadmap.md']);
    });

    it('without a config file, walks with the default include / exclude', async () => {
      const extra = ['docs/README.md', 'docs/CHANGELOG.md', 'docs/history.md', 'docs/roadmap.md', 'docs/backlog/notes.txt', 'docs/dist/backlog.md', 'docs/requirements.txt'];
      for (const path of extra) write(ws.dir, path, '# Plan');
      const expected = [...extra, ...FIXTURE_NAMES.map((name) => `docs/${name}`)].filter((path) => isPlanningPath(path, DEFAULT_INCLUDE, DEFAULT_EXCLUDE)).sort();
      assert.deepStrictEqual(expected, ['docs/backlog/notes.txt', 'docs/product-brief.md', 'docs/roadmap.md', 'docs/sprint-backlog.md', 'docs/story-without-value.md']);
      const result = await runCli(['check', '--format', 'json'], ws.dir);
      assert.deepStrictEqual((JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path), expected);
    });

    it('exits 2 naming a --config file that does not exist', async () => {
      const result = await runCli(['check', '--config', 'nope.json', 'docs'], ws.dir);
      assert.strictEqual(result.code, 2);
      assert.deepStrictEqual(lines(result.stderr), ['backlog-lens: nope.json: cannot read the config file: no such file or directory']);
    });

    it('skips documents over maxDocumentSize, saying so with the limit, and exits 2: nothing passes unchecked', async () => {
      write(ws.dir, '.backlog-lens.json', JSON.stringify({ maxDocumentSize: 100 }));
      write(ws.dir, 'plans/long.md', `# Long\n\n${'é'.repeat(120)}\n`); // 129 characters in 249 bytes: read, then skipped.
      write(ws.dir, 'plans/huge.md', `# Huge\n\n${'x'.repeat(400)}\n`); // Over 3 × 100 bytes: skipped unread.
      write(ws.dir, 'plans/small.md', '');
      const result = await runCli(['check', '--format', 'json', 'plans'], ws.dir);
      assert.deepStrictEqual(lines(result.stderr), [
        'backlog-lens: plans/huge.md: skipped: 409 bytes, over maxDocumentSize (100 characters)',
        'backlog-lens: plans/long.md: skipped: 129 characters, over maxDocumentSize (100 characters)',
      ]);
      assert.deepStrictEqual((JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path), ['plans/small.md']);
      assert.strictEqual(result.code, 2);
      const text = await runCli(['check', '--no-color', 'plans'], ws.dir);
      assert.strictEqual(parseText(text.stdout).summary, '✖ 2 skipped (over maxDocumentSize) · 1 file checked');
      assert.strictEqual(text.code, 2);
    });
  });

  it('checks 1,000 files, reporting every one', async function () {
    this.timeout(60000);
    const big = workspace();
    try {
      for (let i = 0; i < 1000; i++) {
        write(big.dir, `backlog/team-${i % 10}/note-${String(i).padStart(4, '0')}.md`, i % 2 ? `# Tasks\n\n- [ ] Task ${i}\n- [ ] Deploy to staging\n` : `# Why\n\nCustomers in segment ${i} churn.\n`);
      }
      const json = await runCli(['check', '--format', 'json'], big.dir);
      const paths = (JSON.parse(json.stdout) as JsonReport).files.map((file) => file.path);
      assert.strictEqual(paths.length, 1000);
      assert.strictEqual(new Set(paths).size, 1000);
      assert.strictEqual(json.stderr, '');
      const text = await runCli(['check'], big.dir);
      assert.strictEqual(parseText(text.stdout).files.size, 1000);
      assert.ok(text.stdout.includes('1000 files checked'));
      const sarif = await runCli(['check', '--format', 'sarif'], big.dir);
      assert.strictEqual(JSON.parse(sarif.stdout).runs[0].invocations[0].executionSuccessful, true);
    } finally {
      big.cleanup();
    }
  });
});
