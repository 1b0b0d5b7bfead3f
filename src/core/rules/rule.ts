import type { Lines } from '../markdown/lines';
import type { Finding, Range, Section, Severity, SeveritySetting, Side, Verdict } from '../types';

/** What the editor, the CLI and the docs know about a rule. */
export interface RuleMeta {
  /** Stable code, shown with every finding and used in settings and directives. */
  id: string;
  defaultSeverity: SeveritySetting;
  /** One sentence. */
  description: string;
  /** The rule's page, relative to the repository root. */
  docPath: string;
}

/** A user or job story the scanner found, with the sentence's range (its end is where a value clause goes). */
export interface Story {
  range: Range;
  hasValue: boolean;
  sectionIndex: number;
}

export interface RuleContext {
  /** The document's whole text, for rules that read what a section says (ranges index into it by line). */
  text: string;
  /** The text's line index, as the scan made it. */
  lines: Lines;
  document: Verdict;
  sections: readonly Section[];
  stories: readonly Story[];
  /** The lean the front matter declares. */
  expect: Side | undefined;
  /** Where a document-wide finding is shown: the first heading, or the first line. */
  documentRange: Range;
  /** The severity configured for this rule (never `off`: such rules are not run). */
  severity: Severity;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): Omit<Finding, 'rule'>[];
}
