import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openMarkdown, waitFor, workspaceFile } from './helpers';
import { templates } from '../../src/core/templates';

describe('activation and templates', () => {
  afterEach(closeAllEditors);

  it('activates when a Markdown file opens', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('backlog.md'));
    await vscode.window.showTextDocument(document);
    const extension = vscode.extensions.getExtension('backlog-lens.backlog-lens');
    assert.ok(extension, 'extension installed');
    await waitFor(() => extension.isActive, (active) => active, 'activation on a Markdown file');
  });

  it('registers every command of its manifest', async () => {
    const extension = await activateExtension();
    const declared = (extension.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(declared.length >= 1);
    assert.deepStrictEqual(declared.filter((command) => !registered.has(command)), []);
  });

  it('offers a template as a snippet completion when its prefix is typed', async () => {
    await activateExtension();
    const editor = await openMarkdown('bl-go');
    const position = new vscode.Position(0, 5);
    const list = await waitFor(
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position),
      (result) => result.items.some((item) => item.kind === vscode.CompletionItemKind.Snippet && labelOf(item) === 'bl-goal'),
      'the bl-goal snippet completion',
    );
    const goal = list.items.find((item) => labelOf(item) === 'bl-goal');
    assert.ok(goal);
  });

  it('"Insert Template" with an id inserts that template at the cursor', async () => {
    await activateExtension();
    const editor = await openMarkdown('Intro line\n');
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    assert.strictEqual(vscode.window.activeTextEditor?.document, editor.document, 'the new document is the active one');
    const story = templates.find((t) => t.id === 'story');
    assert.ok(story, 'the story template exists');
    const inserted = await vscode.commands.executeCommand<boolean>('backlogLens.insertTemplate', 'story');
    assert.strictEqual(inserted, true);
    const text = editor.document.getText();
    assert.ok(text.startsWith('Intro line\n'), text);
    const heading = new vscode.SnippetString(story.body).value.split('\n')[0].replace(/\$\{\d+:([^}]*)\}/g, '$1');
    assert.ok(text.includes(heading.slice(0, 8)), `expected the story heading in:\n${text}`);
    assert.ok(/As an? /i.test(text) && /Given/.test(text), `expected story and acceptance criteria in:\n${text}`);
  });

  it('"Insert Template" with no editor says so instead of failing', async () => {
    await closeAllEditors();
    const inserted = await vscode.commands.executeCommand<boolean>('backlogLens.insertTemplate', 'goal');
    assert.strictEqual(inserted, false);
  });
});

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
