import * as vscode from 'vscode';
import { rules, type Finding, type Range, type Severity } from '../core';

export const SOURCE = 'Backlog Lens';
/** Where the rule pages live; a diagnostic's code links to its rule's page. */
export const REPOSITORY = 'https://github.com/backlog-lens/backlog-lens';

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function ruleDocUri(ruleId: string): vscode.Uri {
  const docPath = rules.find((rule) => rule.id === ruleId)?.docPath ?? 'docs/rules/README.md';
  return vscode.Uri.parse(`${REPOSITORY}/blob/main/${docPath}`);
}

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, severities[finding.severity]);
  diagnostic.source = SOURCE;
  diagnostic.code = { value: finding.rule, target: ruleDocUri(finding.rule) };
  return diagnostic;
}

/** The rule id of one of our diagnostics, or undefined for anyone else's. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : undefined;
}
