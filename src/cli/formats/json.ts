import type { Lean, Severity } from '../../core';
import type { Output } from '../io';
import { jsonSafe } from './escape';
import { oneBased, type FileResult, type Reporter } from '../report';

/** The `--format json` contract, documented in the README. Lines and columns are 1-based, columns in UTF-16 code units. */
export interface JsonReport {
  files: JsonFile[];
}

export interface JsonFile {
  path: string;
  lean: Lean;
  pmShare: number | null;
  sections: { heading: string; line: number; lean: Lean; pmShare: number | null }[];
  findings: { rule: string; severity: Severity; line: number; column: number; endLine: number; endColumn: number; message: string }[];
}

export function jsonFile({ path, analysis, findings }: FileResult): JsonFile {
  return {
    path,
    lean: analysis.document.lean,
    pmShare: analysis.document.pmShare,
    sections: analysis.sections.map((section) => ({ heading: section.heading, line: section.headingRange.start.line + 1, lean: section.lean, pmShare: section.pmShare })),
    findings: findings.map((finding) => ({ rule: finding.rule, severity: finding.severity, ...oneBased(finding), message: finding.message })),
  };
}

/** Streams `{"files":[…]}`, one file per line; only the current file is held in memory. */
export function jsonReporter(out: Output): Reporter {
  let first = true;
  return {
    begin: () => out.write('{"files":['),
    file(result) {
      out.write(`${first ? '' : ','}\n${jsonSafe(JSON.stringify(jsonFile(result)))}`);
      first = false;
    },
    notice: () => undefined,
    end: () => out.write(`${first ? '' : '\n'}]}\n`),
  };
}
