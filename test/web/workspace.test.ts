import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import type { BacklogLensApi } from '../../src/extension/extension';
import type { ExplainerApi } from '../../src/extension/explainer';
import { failedChecks } from '../../src/extension/explainer/workspaceModel';
import type { ToWebview, WorkspaceRowView, WorkspaceState } from '../../src/webview/protocol';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

const PLANNING_DOCS = ['backlog.md', 'plans/product-brief.md', 'plans/roadmap.txt'];

const rowsOf = (state: WorkspaceState): WorkspaceRowView[] => (state.status === 'ready' ? state.rows : []);
const rowOf = (state: WorkspaceState, path: string) => rowsOf(state).find((row) => row.path === path);

describe('"Your workspace"', () => {
  let explainer: ExplainerApi;

  before(async () => {
    explainer = ((await activateExtension()).exports as BacklogLensApi).explainer;
  });

  afterEach(closeAllEditors);

  it('lists every planning document Analyze Workspace found, with its lean and the role checks it fails', async () => {
    await vscode.commands.executeCommand('backlogLens.analyzeWorkspace');
    const state = explainer.workspaceState();
    assert.deepStrictEqual(rowsOf(state).map((row) => row.path), PLANNING_DOCS);
    for (const path of PLANNING_DOCS) {
      const analysis = analyze(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(path))));
      const row = rowOf(state, path);
      assert.ok(row, path);
      assert.strictEqual(row.lean, analysis.document.lean, path);
      assert.strictEqual(row.pmShare, analysis.document.pmShare, path);
      assert.deepStrictEqual(row.checks, failedChecks(analysis), path);
      assert.strictEqual(row.folder, path.includes('/') ? 'plans' : '', path);
    }
    assert.ok(rowsOf(state).some((row) => row.checks.length > 0), 'the fixture workspace fails some check');
  });

  it('posts the rows to the tab, opens a document at a check\'s line, and follows an edit', async () => {
    await vscode.commands.executeCommand('backlogLens.analyzeWorkspace');
    const posted: Extract<ToWebview, { type: 'workspace' }>[] = [];
    const listening = explainer.onDidPostMessage((message) => message.type === 'workspace' && posted.push(message));
    try {
      explainer.show('workspace');
      await waitFor(() => posted.length, (count) => count > 0, 'the rows to reach the webview');
      const backlog = rowOf(posted[posted.length - 1].state, 'backlog.md');
      const goal = backlog?.checks.find((check) => check.rule === 'backlog-without-goal');
      assert.ok(backlog && goal, 'backlog.md states no Product Goal');

      await explainer.handleMessage({ type: 'openDocument', id: backlog.id, line: goal.line + 2 });
      const editor = await waitFor(() => vscode.window.activeTextEditor, (active) => active?.document.uri.toString() === workspaceFile('backlog.md').toString(), 'backlog.md to open');
      assert.strictEqual(editor?.selection.active.line, goal.line + 2);

      // A Product Goal typed into the open document: the row drops the check, without another scan.
      await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '\nProduct Goal: shoppers pay in one step, so that checkout conversion rises to 70% by Q4.\n'));
      const updated = await waitFor(
        () => rowOf(explainer.workspaceState(), 'backlog.md'),
        (row) => row !== undefined && !row.checks.some((check) => check.rule === 'backlog-without-goal'),
        'the row to drop backlog-without-goal',
      );
      assert.ok(updated);
      await waitFor(() => posted.some((message) => rowOf(message.state, 'backlog.md')?.checks.length === updated.checks.length), (done) => done, 'the update to reach the webview');
    } finally {
      listening.dispose();
    }
  });

  it('draws 1,000 documents (timings printed, not asserted)', async function () {
    this.timeout(120_000);
    const texts = ['# Sprint 4 backlog\n\n- [ ] Add retry to the export job (3 points)\n- [ ] Fix the flaky login test\n', '# Brief: bulk refunds\n\nOur customers lose hours on refunds; success is 30% fewer tickets.\n'];
    const analyses = texts.map((text) => analyze(text));
    const rendered: { rows: number; milliseconds: number }[] = [];
    const listening = explainer.onDidReceiveMessage((message) => message.type === 'workspaceRendered' && rendered.push(message));
    try {
      explainer.show('workspace');
      explainer.workspace.beginScan();
      for (let i = 0; i < 1000; i++) explainer.workspace.set(workspaceFile(`generated/folder-${i % 20}/backlog-${i}.md`), analyses[i % 2]);
      const built = Date.now();
      const state = explainer.workspaceState();
      const buildMs = Date.now() - built;
      assert.strictEqual(rowsOf(state).length, 1000);
      const drawn = await waitFor(() => rendered.find((message) => message.rows === 1000), (found) => found !== undefined, 'the webview to draw 1,000 rows', 60_000);
      console.log(`      "Your workspace" with 1,000 documents: rows built in ${buildMs} ms, drawn in the webview in ${drawn?.milliseconds} ms`);
    } finally {
      listening.dispose();
      explainer.workspace.beginScan();
    }
  });

  it('ignores a request to open a row it never listed', async () => {
    await vscode.commands.executeCommand('backlogLens.analyzeWorkspace');
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    await explainer.handleMessage({ type: 'openDocument', id: 1_000_000, line: 0 });
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), before);
  });
});
