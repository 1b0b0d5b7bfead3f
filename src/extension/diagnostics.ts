import * as vscode from 'vscode';
import { ruleDocUrl, rules, type Finding, type Range, type Severity } from '../core';

export const SOURCE = 'Backlog Lens';

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** A diagnostic's code links to its rule's page. */
export function ruleDocUri(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(ruleDocUrl(rules.find((rule) => rule.id === ruleId) ?? { docPath: 'docs/rules/README.md' }));
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
