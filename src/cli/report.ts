import type { Analysis, Finding, Severity } from '../core';

/** One analysed document, as a reporter receives it: the findings are those to report (after --quiet). */
export interface FileResult {
  /** Relative to the current directory, slash-separated. */
  path: string;
  analysis: Analysis;
  findings: readonly Finding[];
}

/** A file that could not be checked (`error`) or was skipped on purpose (`warning`). Also written to stderr. */
export interface Notice {
  level: 'error' | 'warning';
  /** Relative, slash-separated; undefined for a glob that matched nothing. */
  path: string | undefined;
  message: string;
}

export interface Summary {
  files: number;
  counts: Record<Severity, number>;
  /** Findings at or above the --fail-on threshold. */
  failing: number;
  /** Files that could not be read or decoded. */
  failed: number;
  /** Files over maxDocumentSize. */
  skipped: number;
  /** Problems in the config file (each fell back to its default). */
  configProblems: number;
}

/** Whether anything went unchecked or misconfigured: the run then exits 2, so CI never passes on nothing. */
export function unchecked(summary: Summary): boolean {
  return summary.failed > 0 || summary.skipped > 0 || summary.configProblems > 0;
}

/** Formats results as they come: each call writes what it can at once, so memory stays flat over many files. */
export interface Reporter {
  begin(): void;
  file(result: FileResult): void;
  notice(notice: Notice): void;
  end(summary: Summary): void;
}

/** 0-based engine range to the 1-based line / column pairs every output format uses. */
export function oneBased(finding: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  const { start, end } = finding.range;
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** Orders findings as a reader scans a file: by line, then column; findings at one place keep the engine's order. */
export function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
