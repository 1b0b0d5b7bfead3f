import * as vscode from 'vscode';
import { directiveText, type Analysis, type Section } from '../core';
import { checkFix, type CheckFix } from '../core/checks/fixes';
import { ruleOf, toRange } from './diagnostics';
import { snippetOf } from './insertFix';
import type { Lens } from './lens';

export const INSERT_SNIPPET_COMMAND = 'backlogLens.insertSnippetAt';
export const DISABLE_RULE_COMMAND = 'backlogLens.disableRule';

/** Fixes for the lens's own findings: state the value, insert a missing piece, or turn the lens off for a section, the file or a rule. */
export class LensCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly lens: Lens) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.lens.analysisOf(document);
    const ours = context.diagnostics.filter((diagnostic) => ruleOf(diagnostic) !== undefined);
    if (!analysis || ours.length === 0) return [];
    const actions: vscode.CodeAction[] = [];
    const sections = new Set<Section>();
    // One text for every diagnostic, so the checks behind their fixes are worked out once.
    const input = { text: document.getText(), sections: analysis.sections, lean: analysis.document.lean, expect: analysis.expect };
    for (const diagnostic of ours) {
      const rule = ruleOf(diagnostic) as string;
      const section = enclosingSection(analysis, diagnostic.range.start.line);
      if (rule === 'story-without-value') actions.push(...valueFixes(document, diagnostic, section));
      const missing = checkFix(rule, diagnostic.range.start.line, input);
      if (missing) actions.push(missingPieceFix(document, diagnostic, missing));
      if (section && rule !== 'document-lean') sections.add(section);
      actions.push(disableRuleAction(rule, diagnostic));
    }
    for (const section of sections) actions.push(disableSectionAction(document, section, ours));
    actions.push(disableFileAction(document, ours));
    return actions;
  }
}

function valueFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, section: Section | undefined): vscode.CodeAction[] {
  const clause = new vscode.CodeAction(vscode.l10n.t('Add a “so that …” clause'), vscode.CodeActionKind.QuickFix);
  clause.diagnostics = [diagnostic];
  clause.isPreferred = true;
  clause.command = snippetCommand(clause.title, document, diagnostic.range.end, ', so that ${1:the benefit to them}');
  const fixes = [clause];
  // A "Why" heading only makes sense in Markdown, under a heading.
  if (section && section.level > 0 && document.languageId === 'markdown') {
    const why = new vscode.CodeAction(vscode.l10n.t('Add a “Why” section'), vscode.CodeActionKind.QuickFix);
    why.diagnostics = [diagnostic];
    const end = toRange(section.range).end;
    const level = '#'.repeat(Math.min(section.level + 1, 6));
    const lead = end.character > 0 ? '\n\n' : '\n';
    why.command = snippetCommand(why.title, document, end, `${lead}${level} Why\n\n\${1:Who gains what, and how we will know it worked.}\n`);
    fixes.push(why);
  }
  return fixes;
}

/** The titles of the role checks' fixes: each inserts the missing piece from the template library. */
function missingPieceTitle(fix: CheckFix): string {
  switch (fix.piece) {
    case 'goal':
      return fix.name === 'Sprint Goal' ? vscode.l10n.t('Add a Sprint Goal under the title') : vscode.l10n.t('Add a Product Goal under the title');
    case 'acceptance':
      return vscode.l10n.t('Add acceptance criteria (Given / When / Then) to this item');
    case 'order':
      return vscode.l10n.t('Say what the backlog is ordered by');
    case 'customer':
      return vscode.l10n.t('Add a “Who” section: the target customer');
    case 'problem':
      return vscode.l10n.t('Add a “What” section: the customer problem');
    case 'objective':
      return vscode.l10n.t('Add a “Why” section: the business objective');
    case 'measure':
      return vscode.l10n.t('Add a “Success metrics” section: metrics with targets');
  }
}

function missingPieceFix(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: CheckFix): vscode.CodeAction {
  const action = new vscode.CodeAction(missingPieceTitle(fix), vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  const { position, snippet } = snippetOf(document, fix);
  action.command = snippetCommand(action.title, document, position, snippet);
  return action;
}

function snippetCommand(title: string, document: vscode.TextDocument, position: vscode.Position, snippet: string): vscode.Command {
  return { title, command: INSERT_SNIPPET_COMMAND, arguments: [document.uri, position, snippet] };
}

function disableSectionAction(document: vscode.TextDocument, section: Section, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Turn Backlog Lens off for the section “{0}”', section.heading), vscode.CodeActionKind.QuickFix);
  action.diagnostics = diagnostics.filter((diagnostic) => toRange(section.range).contains(diagnostic.range));
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(document.uri, new vscode.Position(section.headingRange.start.line, 0), `${directiveText('disable-next-section')}\n`);
  return action;
}

function disableFileAction(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Turn Backlog Lens off for this file'), vscode.CodeActionKind.QuickFix);
  action.diagnostics = diagnostics;
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(document.uri, new vscode.Position(firstLineAfterFrontMatter(document), 0), `${directiveText('disable-file')}\n`);
  return action;
}

function disableRuleAction(rule: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Turn off the rule “{0}” in this workspace', rule), vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = { title: action.title, command: DISABLE_RULE_COMMAND, arguments: [rule] };
  return action;
}

/** The innermost section that holds a line. */
function enclosingSection(analysis: Analysis, line: number): Section | undefined {
  let found: Section | undefined;
  for (const section of analysis.sections) {
    if (section.range.start.line <= line && line <= section.range.end.line && (!found || section.level >= found.level)) found = section;
  }
  return found;
}

/** Below the YAML front matter (closed by `---` or `...`), which a directive must not break. */
function firstLineAfterFrontMatter(document: vscode.TextDocument): number {
  if (document.lineAt(0).text.replace(/^\uFEFF/, '').trim() !== '---') return 0;
  for (let line = 1; line < document.lineCount; line++) if (['---', '...'].includes(document.lineAt(line).text.trim())) return line + 1;
  return 0;
}

/** Registers the commands the fixes run. */
export function registerFixCommands(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(INSERT_SNIPPET_COMMAND, async (uri: vscode.Uri, position: vscode.Position, snippet: string) => {
      const editor = await vscode.window.showTextDocument(uri);
      return editor.insertSnippet(new vscode.SnippetString(snippet), position);
    }),
    vscode.commands.registerCommand(DISABLE_RULE_COMMAND, async (rule: string) => {
      const configuration = vscode.workspace.getConfiguration('backlogLens');
      const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      const current = configuration.inspect<Record<string, string>>('rules');
      const existing = (target === vscode.ConfigurationTarget.Workspace ? current?.workspaceValue : current?.globalValue) ?? {};
      await configuration.update('rules', { ...existing, [rule]: 'off' }, target);
    }),
  );
}
