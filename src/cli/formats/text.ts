import type { Severity, Verdict } from '../../core';
import { evidenceOf, leanLabel } from '../../core/describe';
import { SEVERITIES } from '../args';
import type { Output } from '../io';
import { oneBased, unchecked, type Reporter, type Summary } from '../report';
import { terminalSafe } from './escape';

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', underline: '\u001b[4m', red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', green: '\u001b[32m', gray: '\u001b[90m' };
type Style = keyof typeof ANSI;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };

/** The document's lean for a file's heading line: `PM 72% · who/why`, or why there is no verdict. */
export function documentLean(verdict: Verdict): string {
  return leanLabel(verdict) ?? (evidenceOf(verdict).length === 0 ? 'no evidence' : 'unclear: too little to tell');
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * ESLint's "stylish", plus the lean: each file's path and lean, then one aligned row per finding
 * (`line:col  severity  message  rule`), then a summary. Written file by file.
 */
export function textReporter(out: Output, options: { color: boolean; quiet: boolean }): Reporter {
  const paint = (style: Style | Style[], text: string): string =>
    options.color ? `${[style].flat().map((name) => ANSI[name]).join('')}${text}${ANSI.reset}` : text;
  return {
    begin: () => undefined,
    file({ path, analysis, findings }) {
      if (options.quiet && findings.length === 0) return;
      let block = `${paint('underline', terminalSafe(path))}  ${paint('dim', documentLean(analysis.document))}\n`;
      if (findings.length > 0) {
        const rows = findings.map((finding) => {
          const { line, column } = oneBased(finding);
          return { position: `${line}:${column}`, severity: finding.severity, message: terminalSafe(finding.message.replace(/\s*\n\s*/g, ' ')), rule: finding.rule };
        });
        const width = (key: 'position' | 'severity' | 'message') => rows.reduce((widest, row) => Math.max(widest, row[key].length), 0);
        const [position, severity, message] = [width('position'), width('severity'), width('message')];
        for (const row of rows) {
          block += `  ${paint('dim', row.position.padEnd(position))}  ${paint(SEVERITY_STYLE[row.severity], row.severity.padEnd(severity))}  ${row.message.padEnd(message)}  ${paint('gray', row.rule)}\n`;
        }
        block += '\n';
      }
      out.write(block);
    },
    notice: () => undefined,
    end(summary) {
      if (options.quiet && summary.failing === 0 && !unchecked(summary)) return;
      const line = summaryLine(summary);
      const reported = SEVERITIES.some((severity) => summary.counts[severity] > 0);
      const style: Style = summary.failing > 0 || unchecked(summary) ? 'red' : reported ? 'yellow' : 'green';
      out.write(`${paint(['bold', style], line)}\n`);
    },
  };
}

/**
 * `✔ no problems · 3 files checked`, `✖ 2 problems (1 warning, 1 hint) · 3 files checked`, and when something
 * went unchecked, that first: `✖ 1 error (could not be checked), 1 skipped (over maxDocumentSize) · 0 files checked`.
 */
export function summaryLine(summary: Summary): string {
  const total = SEVERITIES.reduce((sum, severity) => sum + summary.counts[severity], 0);
  const tail = `${plural(summary.files, 'file')} checked`;
  const unchecked = [
    summary.configProblems > 0 ? plural(summary.configProblems, 'config problem') : '',
    summary.failed > 0 ? `${plural(summary.failed, 'error')} (could not be checked)` : '',
    summary.skipped > 0 ? `${summary.skipped} skipped (over maxDocumentSize)` : '',
  ].filter(Boolean);
  if (total === 0) return unchecked.length ? `✖ ${unchecked.join(', ')} · ${tail}` : `✔ no problems · ${tail}`;
  const parts = SEVERITIES.filter((severity) => summary.counts[severity] > 0).map((severity) => (severity === 'information' ? `${summary.counts[severity]} information` : plural(summary.counts[severity], severity)));
  return `✖ ${[...unchecked, `${plural(total, 'problem')} (${parts.join(', ')})`].join(', ')} · ${tail}`;
}
