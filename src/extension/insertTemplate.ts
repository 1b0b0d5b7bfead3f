import * as vscode from 'vscode';
import { findTemplate, templates, type Template } from '../core/templates';

export const INSERT_TEMPLATE_COMMAND = 'backlogLens.insertTemplate';

interface TemplatePick extends vscode.QuickPickItem {
  template?: Template;
}

/** Inserts a template as a live snippet; with an id it skips the quick pick (tests, keybindings, the explainer's buttons). */
export async function insertTemplate(id?: string, editor = vscode.window.activeTextEditor): Promise<boolean> {
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or text document first, then insert a template.'));
    return false;
  }
  const template = id === undefined ? await pickTemplate() : findTemplate(id);
  if (!template) {
    if (id !== undefined) void vscode.window.showErrorMessage(vscode.l10n.t('Backlog Lens has no template with the id "{0}".', id));
    return false;
  }
  return editor.insertSnippet(new vscode.SnippetString(template.body));
}

async function pickTemplate(): Promise<Template | undefined> {
  const items: TemplatePick[] = [];
  for (const side of ['po', 'pm'] as const) {
    items.push({
      label: side === 'po' ? vscode.l10n.t('Product Owner: goals and backlog items') : vscode.l10n.t('Product Manager: who, what and why'),
      kind: vscode.QuickPickItemKind.Separator,
    });
    for (const template of templates.filter((t) => t.side === side)) {
      // VS Code ranks label matches by prefix, then suffix, then alphabet: typing "story" puts "User story"
      // (it ends so) above "Job story (JTBD)". The snippet names in snippets/templates.json are the labels.
      items.push({ label: template.label, description: `bl-${template.id}`, detail: template.description, template });
    }
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Insert a Backlog Lens template'),
    placeHolder: vscode.l10n.t('Type to filter templates'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.template;
}
