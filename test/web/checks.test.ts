import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import type { BacklogLensApi } from '../../src/extension/extension';
import type { ExplainerApi } from '../../src/extension/explainer';
import type { CoverageItemView } from '../../src/webview/coverageProtocol';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

// The role checks in the editor: findings in the Problems panel linked to their pages, and the lightbulb's fix
// that inserts the missing piece (after which the finding goes away).
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Backlog Lens');
const codeOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code));
const CHECKS = /^(backlog-without-goal|item-without-acceptance|unordered-backlog|brief-without-\w+)$/;

async function open(path: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(path)));
}

async function findingOf(editor: vscode.TextEditor, rule: string): Promise<vscode.Diagnostic> {
  const [finding] = await waitFor(() => ours(editor.document.uri).filter((d) => codeOf(d) === rule), (list) => list.length === 1, `the ${rule} finding`);
  return finding;
}

/** Runs the lightbulb's preferred fix for a finding, as choosing it in the editor does. */
async function applyPreferredFix(editor: vscode.TextEditor, finding: vscode.Diagnostic, title: RegExp): Promise<void> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((action) => action.isPreferred && title.test(action.title));
  assert.ok(fix?.command, actions.map((action) => action.title).join(' | '));
  await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
}

const gone = (editor: vscode.TextEditor, rule: string) =>
  waitFor(() => ours(editor.document.uri).filter((d) => codeOf(d) === rule), (list) => list.length === 0, `${rule} gone after the fix`);

describe('the role checks in the editor', () => {
  let explainer: ExplainerApi;
  before(async () => {
    explainer = ((await activateExtension()).exports as BacklogLensApi).explainer;
  });
  afterEach(closeAllEditors);

  /** The checklist row of a piece, as "Your document" shows it now. */
  const coverageItem = (piece: string): CoverageItemView | undefined => {
    const state = explainer.documentState();
    return state.status === 'ready' ? state.coverage?.groups.flatMap((group) => group.items).find((item) => item.id === piece) : undefined;
  };

  it('reports a backlog without a Product Goal on its title, linked to the rule page, and the fix inserts the goal under the title', async () => {
    const editor = await open('backlog.md');
    const finding = await findingOf(editor, 'backlog-without-goal');
    assert.strictEqual(finding.range.start.line, 0);
    assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(typeof finding.code === 'object' && finding.code.target.toString().endsWith('docs/rules/backlog-without-goal.md'));
    await applyPreferredFix(editor, finding, /Product Goal/);
    assert.match(editor.document.getText(), /^# Checkout backlog\n\n## Product Goal: short name\n\n\*\*Future state:\*\* what the product makes possible/);
    await gone(editor, 'backlog-without-goal');
  });

  it('reports a story without acceptance criteria on its heading, and the fix adds Given / When / Then under it', async () => {
    const editor = await open('backlog.md');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n### Story: refunds\n\nAs a shopper, I want a refund button, so that I get my money back.\n'));
    const finding = await findingOf(editor, 'item-without-acceptance');
    assert.strictEqual(editor.document.lineAt(finding.range.start.line).text, '### Story: refunds');
    assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Information);
    await applyPreferredFix(editor, finding, /acceptance criteria/i);
    assert.match(editor.document.getText(), /so that I get my money back\.\n\n#### Acceptance criteria\n\n- \*\*Given\*\* a starting context\n- \*\*When\*\* the user does something\n- \*\*Then\*\* the result they can observe\n/);
    await gone(editor, 'item-without-acceptance');
  });

  it('a complete brief gets no role finding; without its "Who" the fix puts a Who section back', async () => {
    const editor = await open('plans/product-brief.md');
    await waitFor(() => ours(editor.document.uri), (list) => list.length > 0, 'the lens has read the brief');
    assert.deepStrictEqual(ours(editor.document.uri).map(codeOf).filter((code) => CHECKS.test(code)), []);
    const text = editor.document.getText();
    const who = text.indexOf('## Who');
    const problem = text.indexOf('## Problem');
    await editor.edit((edit) => edit.delete(new vscode.Range(editor.document.positionAt(who), editor.document.positionAt(problem))));
    const finding = await findingOf(editor, 'brief-without-customer');
    assert.ok(typeof finding.code === 'object' && finding.code.target.toString().endsWith('docs/rules/brief-without-customer.md'));
    await applyPreferredFix(editor, finding, /Who/);
    assert.match(editor.document.getText(), /^# Brief: smarter reorder\n\n## Who\n\nthe customers or users who have this problem, and how many of them there are\n\n## Problem/);
    await gone(editor, 'brief-without-customer');
    assert.deepStrictEqual(analyze(editor.document.getText()).findings.filter((f) => CHECKS.test(f.rule)), []);
  });

  it('"Your document" ticks what the document answers, and its button inserts a missing piece where the fix would, once', async () => {
    const editor = await open('backlog.md');
    await findingOf(editor, 'backlog-without-goal');
    const goal = await waitFor(() => coverageItem('goal'), (item) => item?.state === 'missing', 'the goal row marked missing');
    assert.strictEqual(goal?.insertLabel, 'Add a Product Goal');
    assert.strictEqual(coverageItem('acceptance')?.state, 'answered', 'the backlog\'s one story has criteria');
    await explainer.handleMessage({ type: 'insertPiece', piece: 'goal' });
    assert.match(editor.document.getText(), /^# Checkout backlog\n\n## Product Goal: short name\n/);
    const answered = await waitFor(() => coverageItem('goal'), (item) => item?.state === 'answered', 'the goal row ticked');
    assert.strictEqual(answered?.line, 2);
    await gone(editor, 'backlog-without-goal');
    // A second click from a view drawn before the goal landed inserts no second goal.
    const withGoal = editor.document.getText();
    await explainer.handleMessage({ type: 'insertPiece', piece: 'goal' });
    assert.strictEqual(editor.document.getText(), withGoal);
  });
});
