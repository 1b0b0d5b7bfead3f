// The smoke test of the packed extension: scripts/check-vsix.mjs runs it against the unpacked .vsix,
// so it checks what ships (bundles, manifest, snippets) rather than the source tree.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BacklogLensApi } from '../../src/extension/extension';
import type { FromWebview } from '../../src/webview/protocol';
import { activateExtension, closeAllEditors, openMarkdown, waitFor, workspaceFile } from './helpers';
import { templates } from '../../src/core/templates';

describe('smoke: the packaged extension', () => {
  afterEach(closeAllEditors);

  it('registers every command of its manifest', async () => {
    const extension = await activateExtension();
    const declared = (extension.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(declared.length > 0, 'the manifest declares commands');
    assert.deepStrictEqual(declared.filter((command) => !registered.has(command)), []);
  });

  it('inserts the goal template with "Insert Template"', async () => {
    await activateExtension();
    const editor = await openMarkdown('');
    const goal = templates.find((t) => t.id === 'goal');
    assert.ok(goal, 'the goal template exists');
    const inserted = await vscode.commands.executeCommand<boolean>('backlogLens.insertTemplate', 'goal');
    assert.strictEqual(inserted, true);
    // The snippet's first line with its placeholders filled by their defaults.
    const firstLine = new vscode.SnippetString(goal.body).value.split('\n')[0].replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    const text = editor.document.getText();
    assert.ok(firstLine.trim().length > 0 && text.startsWith(firstLine), `expected "${firstLine}" at the top of:\n${text}`);
  });

  it('publishes a diagnostic for a planning doc of the workspace', async () => {
    await activateExtension();
    const uri = workspaceFile('backlog.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await waitFor(
      () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Backlog Lens'),
      (found) => found.length > 0,
      'a Backlog Lens diagnostic on backlog.md',
    );
    const code = diagnostics[0].code;
    assert.ok(typeof code === 'object' && /\/docs\/rules\/[\w-]+\.md$/.test(code.target.toString()), `code links to its rule page: ${JSON.stringify(code)}`);
  });

  it('opens the explainer, whose packed webview script renders', async () => {
    const { explainer } = (await activateExtension()).exports as BacklogLensApi;
    const rendered = new Promise<FromWebview>((resolve) => {
      const subscription = explainer.onDidReceiveMessage((message) => {
        if (message.type !== 'rendered') return;
        subscription.dispose();
        resolve(message);
      });
    });
    await vscode.commands.executeCommand('backlogLens.explain');
    assert.strictEqual((await rendered).type, 'rendered');
  });
});
