import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BacklogLensApi } from '../../src/extension/extension';
import type { ExplainerApi } from '../../src/extension/explainer';
import { scriptJson } from '../../src/extension/explainer/html';
import type { DocumentState, FromWebview, ToWebview } from '../../src/webview/protocol';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

type Update = Extract<ToWebview, { type: 'update' }>;
type Ready = Extract<DocumentState, { status: 'ready' }>;

/** Resolves with the first event that matches; subscribe before doing what should cause it. */
function nextEvent<T>(event: vscode.Event<T>, matches: (value: T) => boolean, what: string, timeoutMs = 15000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out waiting for ${what}`));
    }, timeoutMs);
    const subscription = event((value) => {
      if (!matches(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

const isUpdate = (message: ToWebview): message is Update => message.type === 'update';
const readyState = (message: Update): Ready | undefined => (message.state.status === 'ready' ? message.state : undefined);

describe('explainer', () => {
  let explainer: ExplainerApi;

  before(async () => {
    const extension = await activateExtension();
    explainer = (extension.exports as BacklogLensApi).explainer;
  });

  afterEach(async () => {
    // Edits to the fixture stay in memory: revert them so that closing asks nothing.
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty && document.uri.scheme !== 'untitled') {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    await closeAllEditors();
  });

  it('opens from the command; a second call reveals the same panel; the webview reports that it rendered', async () => {
    const rendered = nextEvent(explainer.onDidReceiveMessage, (m: FromWebview) => m.type === 'rendered', 'the webview to render');
    await vscode.commands.executeCommand('backlogLens.explain');
    assert.strictEqual(explainer.isOpen(), true);
    assert.strictEqual(explainer.panelCount(), 1);
    await rendered;
    await vscode.commands.executeCommand('backlogLens.explain');
    assert.strictEqual(explainer.panelCount(), 1, 'the second call reveals the open panel');
    await closeAllEditors();
    assert.strictEqual(explainer.isOpen(), false);
    assert.strictEqual(explainer.panelCount(), 0);
  });

  it('shows the active planning document and follows its edits with new shares', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('backlog.md'));
    await vscode.window.showTextDocument(document);
    const first = nextEvent(explainer.onDidPostMessage, (m) => isUpdate(m) && readyState(m)?.name === 'backlog.md', 'an update for backlog.md');
    await vscode.commands.executeCommand('backlogLens.explain');
    const before = readyState((await first) as Update);
    assert.ok(before && before.sections.length >= 2, JSON.stringify(before));
    assert.ok(before.sections.some((s) => s.heading.includes('Sprint 14 items')));

    const heading = 'Who we serve and why';
    const changed = nextEvent(
      explainer.onDidPostMessage,
      (m) => isUpdate(m) && (readyState(m)?.sections.some((s) => s.heading === heading) ?? false),
      'an update with the new section',
    );
    const edit = new vscode.WorkspaceEdit();
    edit.insert(
      document.uri,
      document.positionAt(document.getText().length),
      `\n## ${heading}\n\nOur customers are small online shops. Their problem: shoppers abandon the checkout. ` +
        'Success is measured by the conversion rate and monthly revenue; the market and our competitors moved to one-click payment, so why now is clear.\n',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    const update = (await changed) as Update;
    const after = readyState(update);
    assert.ok(after);
    const section = after.sections.find((s) => s.heading === heading);
    assert.ok(section && section.pmShare !== null && section.pmShare > 0.5, `the new section leans PM: ${JSON.stringify(section)}`);
    assert.ok(after.document.pmShare !== null && before.document.pmShare !== null && after.document.pmShare > before.document.pmShare, 'the document moved towards PM');
    assert.ok(section.evidence.length > 0, 'the section shows its evidence');
    await nextEvent(explainer.onDidReceiveMessage, (m) => m.type === 'rendered' && m.revision >= update.revision, 'the webview to draw the update');
  });

  it('reveals a section heading in the editor when the webview asks', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('backlog.md'));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('backlogLens.explain');
    const state = explainer.documentState();
    assert.strictEqual(state.status, 'ready');
    const story = (state as Ready).sections.find((s) => s.heading.startsWith('Story'));
    assert.ok(story && story.line > 0);
    await explainer.handleMessage({ type: 'reveal', line: story.line });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is active again');
    assert.strictEqual(editor.document.uri.toString(), document.uri.toString());
    assert.strictEqual(editor.selection.active.line, story.line);
    assert.ok(editor.document.lineAt(story.line).text.startsWith('### Story'));
  });

  it('inserts a template into the last editor the writer used', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('backlog.md'));
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    await vscode.commands.executeCommand('backlogLens.explain');
    await explainer.handleMessage({ type: 'insertTemplate', id: 'goal' });
    assert.ok(/Product Goal/i.test(document.getText()), document.getText());
  });

  it('says there is no planning document when none is open', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('backlogLens.explain');
    await waitFor(() => explainer.documentState().status, (status) => status === 'none', 'the "no planning document" state');
  });

  it('keeps document text inside the initial-state JSON', () => {
    const hostile = { heading: '</script><script>alert(2)</script><img src=x onerror=alert(1)>' };
    const json = scriptJson(hostile);
    assert.ok(!json.includes('<'), json);
    assert.deepStrictEqual(JSON.parse(json), hostile);
  });
});
