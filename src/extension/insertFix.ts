import * as vscode from 'vscode';
import type { CheckFix } from '../core/checks/fixes';

/**
 * A role check's fix as the position and snippet to hand to `insertSnippet`, which indents every new line like
 * the line it starts on: the fix's lines are already indented, so that indentation comes off.
 */
export function snippetOf(document: vscode.TextDocument, fix: CheckFix): { position: vscode.Position; snippet: string } {
  const position = new vscode.Position(fix.position.line, fix.position.character);
  const base = document.lineAt(position.line).firstNonWhitespaceCharacterIndex;
  const snippet = fix.snippet.split('\n').map((line, index) => (index > 0 && line.startsWith(' '.repeat(base)) ? line.slice(base) : line)).join('\n');
  return { position, snippet };
}
