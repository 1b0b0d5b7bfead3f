// `--format markdown` read as GitHub shows it: the output is rendered with micromark and its GFM tables, then the
// tables are read back cell by cell. Hostile file names and headings must come out as the text they are.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { escapeCell } from '../../../src/cli/formats/markdown';
import { byPosition } from '../../../src/cli/report';
import { documentLean, summaryLine } from '../../../src/cli/formats/text';
import { analyze } from '../../../src/core';
import { FIXTURE_NAMES, FIXTURES, fixtureWorkspacePerTest, runCli, workspace, write } from './helpers';

const render = (markdown: string) => micromark(markdown, { allowDangerousHtml: true, extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** Every rendered table as rows of cells; a cell's HTML must be plain text (no element of any kind). */
function tables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => {
        assert.doesNotMatch(cell, /</, `a cell rendered markup: ${cell}`);
        return cell.replace(/&(amp|lt|gt|quot);/g, (entity) => ENTITIES[entity]);
      }),
    ),
  );
}

/** The rows of the table whose header starts with `first`, without the header. */
function table(html: string, first: string): string[][] {
  const found = tables(html).find((rows) => rows[0]?.[0] === first);
  assert.ok(found, `no table headed "${first}" in:\n${html}`);
  return found.slice(1);
}

const HOSTILE_HEADING = 'Goals | <img src=x onerror=alert(1)> `code` **bold** [link](https://example.com) & ~~gone~~ \\|';
const HOSTILE_NAME = 'backlog |`x`<script>alert(1)&amp;*_[a](b)~\u0007\u202e.md';

describe('cli: check --format markdown', function () {
  const ws = fixtureWorkspacePerTest('docs');

  it('renders one row per document with its lean and findings, the totals, and every finding in a details table', async () => {
    const result = await runCli(['check', '--format', 'markdown', 'docs'], ws.dir);
    const html = render(result.stdout);
    const documents = table(html, 'Document');
    assert.deepStrictEqual(documents.map(([path]) => path), FIXTURE_NAMES.map((name) => `docs/${name}`));
    let total = 0;
    for (const [path, lean, findings] of documents) {
      const analysis = analyze(readFileSync(join(FIXTURES, path.slice('docs/'.length)), 'utf8'));
      assert.strictEqual(lean, documentLean(analysis.document));
      total += analysis.findings.length;
      if (analysis.findings.length === 0) assert.strictEqual(findings, 'none');
      for (const rule of new Set(analysis.findings.map((finding) => finding.rule))) assert.ok(findings.includes(rule), `${path}: ${findings} should name ${rule}`);
    }
    assert.ok(total > 0, 'the fixtures have findings');
    const details = tables(html).find((rows) => rows[0].join() === 'Document,Line,Severity,Rule,Section,Message');
    assert.ok(details, html);
    assert.strictEqual(details.length - 1, total);
    assert.match(html, /<details><summary>\d+ findings<\/summary>/);
    const summary = /<p><strong>(.*)<\/strong><\/p>/.exec(html)?.[1];
    assert.ok(summary?.startsWith('✖') && summary.includes('3 files checked'), summary);
    assert.strictEqual(result.code, 1, 'the exit code is the same as for any format');
  });

  it('writes no findings table when there are none, and --quiet leaves out documents without findings', async () => {
    const clean = await runCli(['check', '--format', 'markdown', '--fail-on', 'error', '--quiet', 'docs'], ws.dir);
    assert.strictEqual(clean.code, 0);
    const html = render(clean.stdout);
    assert.deepStrictEqual(tables(html), [], 'nothing at or above error: no table at all');
    assert.match(html, /<strong>✔ no problems · 3 files checked<\/strong>/);
  });

  it('lists files that could not be checked, with the reason', async () => {
    write(ws.dir, 'docs/broken-backlog.md', new Uint8Array([0xff, 0xfe, 0x00, 0x01]));
    const result = await runCli(['check', '--format', 'markdown', 'docs', 'missing-roadmap.md'], ws.dir);
    assert.strictEqual(result.code, 2);
    const notChecked = table(render(result.stdout), 'File');
    assert.deepStrictEqual(notChecked.map(([file]) => file).sort(), ['docs/broken-backlog.md', 'missing-roadmap.md']);
    assert.ok(notChecked.every(([, reason]) => reason.startsWith('error: ')), JSON.stringify(notChecked));
  });

  it('shows hostile file names and headings as the text they are: no markup, no broken row', async () => {
    const text = `# ${HOSTILE_HEADING}\n\n## Stories\n\nAs an account admin, I want to export the audit log as CSV.\n`;
    const hostile = workspace({ [HOSTILE_NAME]: text });
    try {
      const result = await runCli(['check', '--format', 'markdown', HOSTILE_NAME], hostile.dir);
      const html = render(result.stdout);
      const elements = [...html.matchAll(/<([a-z][a-z0-9]*)/g)].map(([, name]) => name);
      assert.deepStrictEqual(new Set(elements), new Set(['h2', 'table', 'thead', 'tr', 'th', 'tbody', 'td', 'p', 'strong', 'details', 'summary']));
      assert.strictEqual(elements.filter((name) => name === 'strong').length, 1, 'only the totals are bold');
      const shownName = HOSTILE_NAME.replace(/[\p{Cc}\u202e]+/gu, ' ');
      assert.deepStrictEqual(table(html, 'Document').map((row) => [row.length, row[0]]), [[3, shownName]]);
      const details = tables(html).find((rows) => rows[0][0] === 'Document' && rows[0].length === 6);
      assert.ok(details && details.length > 1, html);
      for (const row of details.slice(1)) {
        assert.strictEqual(row.length, 6, `one cell per column: ${JSON.stringify(row)}`);
        assert.strictEqual(row[0], shownName);
      }
      assert.ok(details.some((row) => row[4] === HOSTILE_HEADING), 'the heading is a section, shown as written');
      const messages = [...analyze(text).findings].sort(byPosition).map((finding) => finding.message);
      assert.deepStrictEqual(details.slice(1).map((row) => row[5]), messages, 'messages (which quote the document) as written');
    } finally {
      hostile.cleanup();
    }
  });

  it('puts a file name with a line break on one row', async () => {
    const name = 'sprint\nbacklog.md';
    const hostile = workspace({ [name]: '# Sprint backlog\n\n- [ ] Export CSV\n' });
    try {
      const html = render((await runCli(['check', '--format', 'markdown', name], hostile.dir)).stdout);
      assert.deepStrictEqual(table(html, 'Document').map(([path]) => path), ['sprint backlog.md']);
    } finally {
      hostile.cleanup();
    }
  });

  it('escapes cells: table pipes, code, emphasis, links, HTML, and control characters', () => {
    assert.strictEqual(escapeCell('a|b'), 'a\\|b');
    assert.strictEqual(escapeCell('`x`'), '\\`x\\`');
    assert.strictEqual(escapeCell('<b>&</b>'), '&lt;b&gt;&amp;&lt;/b&gt;');
    assert.strictEqual(escapeCell('*a* _b_ [c] ~d~ \\'), '\\*a\\* \\_b\\_ \\[c\\] \\~d\\~ \\\\');
    assert.strictEqual(escapeCell('one\r\ntwo\u0000three\u2028four'), 'one two three four');
    assert.strictEqual(escapeCell('plain text, 72% · who/why'), 'plain text, 72% · who/why');
  });

  it('keeps the totals line of the text format', async () => {
    const result = await runCli(['check', '--format', 'markdown', 'docs/product-brief.md'], ws.dir);
    const summary = /<p><strong>(.*)<\/strong><\/p>/.exec(render(result.stdout))?.[1];
    const analysis = analyze(readFileSync(join(FIXTURES, 'product-brief.md'), 'utf8'));
    const counts = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const finding of analysis.findings) counts[finding.severity]++;
    assert.strictEqual(summary, summaryLine({ files: 1, counts, failing: 0, failed: 0, skipped: 0, configProblems: 0 }));
  });
});
