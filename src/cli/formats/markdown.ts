import type { Finding, Section, Severity } from '../../core';
import { SEVERITIES } from '../args';
import type { Output } from '../io';
import { oneBased, type Notice, type Reporter } from '../report';
import { documentLean, plural, summaryLine } from './text';

/** Control characters (line breaks among them), the Unicode line separators, and bidi controls that would reorder a row. */
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu;
/** What could end a table cell or start a code span, emphasis, a link or strikethrough. */
const MARKDOWN = /[\\`*_[\]|~]/g;
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text from a document or a file name, made inert for one table cell: shown as written, on one line. */
export function escapeCell(text: string): string {
  return text
    .replace(UNSAFE, ' ')
    .replace(/[&<>]/g, (char) => HTML[char])
    .replace(MARKDOWN, (char) => `\\${char}`);
}

/** `2 warnings, 1 hint: story-without-value, section-lean` (counts strongest first, rules as they come); `none`. */
export function findingsCell(findings: readonly Pick<Finding, 'severity' | 'rule'>[]): string {
  if (findings.length === 0) return 'none';
  const counts = SEVERITIES.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const);
  const parts = counts.filter(([, count]) => count > 0).map(([severity, count]) => (severity === 'information' ? `${count} information` : plural(count, severity)));
  return `${parts.join(', ')}: ${[...new Set(findings.map((finding) => finding.rule))].join(', ')}`;
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
const header = (cells: readonly string[]) => row(cells) + row(cells.map(() => '---'));

/** The heading of the innermost section that holds the finding's line, or '' before the first heading. */
function sectionOf(finding: Finding, sections: readonly Section[]): string {
  const line = finding.range.start.line;
  let heading = '';
  for (const section of sections) {
    if (section.range.start.line <= line && line <= section.range.end.line) heading = section.heading;
  }
  return heading;
}

interface Detail {
  path: string;
  line: number;
  severity: Severity;
  rule: string;
  section: string;
  message: string;
}

/**
 * A summary a CI step summary or a pull-request comment shows as it is: a table of documents with their lean and
 * findings, the totals, then every finding in a collapsed table. The documents table is written file by file;
 * the findings and notices are kept (as short strings) until the end, below the totals.
 */
export function markdownReporter(out: Output, options: { quiet: boolean }): Reporter {
  const details: Detail[] = [];
  const notices: Notice[] = [];
  let rows = 0;
  return {
    begin: () => out.write('## Backlog Lens\n\n'),
    file({ path, analysis, findings }) {
      if (options.quiet && findings.length === 0) return;
      if (rows++ === 0) out.write(header(['Document', 'Lean', 'Findings']));
      out.write(row([escapeCell(path), escapeCell(documentLean(analysis.document)), findingsCell(findings)]));
      for (const finding of findings) {
        details.push({ path, line: oneBased(finding).line, severity: finding.severity, rule: finding.rule, section: sectionOf(finding, analysis.sections), message: finding.message });
      }
    },
    notice: (notice) => notices.push(notice),
    end(summary) {
      let text = rows > 0 ? '\n' : '';
      text += `**${escapeCell(summaryLine(summary))}**\n`;
      if (notices.length > 0) {
        text += `\n${header(['File', 'Not checked because'])}`;
        for (const { level, path, message } of notices) text += row([escapeCell(path ?? ''), escapeCell(`${level === 'error' ? 'error' : 'skipped'}: ${message}`)]);
      }
      if (details.length > 0) {
        text += `\n<details><summary>${plural(details.length, 'finding')}</summary>\n\n`;
        text += header(['Document', 'Line', 'Severity', 'Rule', 'Section', 'Message']);
        for (const detail of details) {
          text += row([escapeCell(detail.path), String(detail.line), detail.severity, detail.rule, escapeCell(detail.section), escapeCell(detail.message)]);
        }
        text += '\n</details>\n';
      }
      out.write(text);
    },
  };
}
