import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import { evidenceName, topPhrases } from '../../src/core/describe';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';
import type { BacklogLensApi } from '../../src/extension/extension';

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Backlog Lens');
const codeOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code));
const STORY_WITHOUT_VALUE = '\n### Story: export\n\nAs a team lead, I want to export the sprint report.\n';

async function open(path: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(path)));
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('backlogLens').update(key, value, vscode.ConfigurationTarget.Global);
}

async function append(editor: vscode.TextEditor, text: string): Promise<void> {
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  await editor.edit((edit) => edit.insert(end, text));
}

describe('the lens in the editor', () => {
  let api: BacklogLensApi;
  before(async () => {
    api = (await activateExtension()).exports as BacklogLensApi;
  });
  afterEach(async () => {
    await closeAllEditors();
    for (const key of ['rules', 'terms.pm', 'run', 'debounce', 'maxDocumentSize']) await setSetting(key, undefined);
  });

  it('publishes the engine\'s findings for a planning doc, with source, code and link', async () => {
    const editor = await open('backlog.md');
    const expected = analyze(editor.document.getText()).findings;
    assert.ok(expected.length > 0, 'the fixture has findings');
    const diagnostics = await waitFor(() => ours(editor.document.uri), (list) => list.length === expected.length, 'diagnostics');
    assert.deepStrictEqual(diagnostics.map(codeOf).sort(), expected.map((f) => f.rule).sort());
    const first = diagnostics.find((d) => codeOf(d) === expected[0].rule);
    assert.ok(first && typeof first.code === 'object' && first.code.target.toString().includes(`docs/rules/${expected[0].rule}.md`));
  });

  it('leaves a Markdown file alone when its name does not say it is a planning doc', async () => {
    const editor = await open('notes.md');
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.deepStrictEqual(ours(editor.document.uri), []);
    assert.strictEqual(api.lens.analysisOf(editor.document), undefined);
  });

  it('updates after an edit (debounced) and clears when the document closes', async () => {
    const editor = await open('backlog.md');
    const storyFindings = () => ours(editor.document.uri).filter((d) => codeOf(d) === 'story-without-value');
    await waitFor(storyFindings, (list) => list.length === 0, 'no story-without-value before the edit');
    await append(editor, STORY_WITHOUT_VALUE);
    const [finding] = await waitFor(storyFindings, (list) => list.length === 1, 'a story-without-value after the edit');
    assert.strictEqual(editor.document.lineAt(finding.range.start.line).text.trim(), 'As a team lead, I want to export the sprint report.');
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(() => ours(uri), (list) => list.length === 0, 'diagnostics cleared on close', 15000);
  });

  it('keeps diagnostics still while the writer types, even when hints are asked for, until the debounce ends', async () => {
    const editor = await open('backlog.md');
    const storyFindings = () => ours(editor.document.uri).filter((d) => codeOf(d) === 'story-without-value');
    await waitFor(storyFindings, (list) => list.length === 0, 'no story-without-value before the edit');
    await setSetting('debounce', 1500);
    await append(editor, STORY_WITHOUT_VALUE);
    await vscode.commands.executeCommand('vscode.executeInlayHintProvider', editor.document.uri, new vscode.Range(0, 0, editor.document.lineCount, 0));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.strictEqual(storyFindings().length, 0, 'nothing published before the debounce');
    await waitFor(storyFindings, (list) => list.length === 1, 'the finding after the debounce');
    await setSetting('debounce', undefined);
  });

  it('analyzes an untitled document on request, and stops on request', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# Draft${STORY_WITHOUT_VALUE}` });
    await vscode.window.showTextDocument(document);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepStrictEqual(ours(document.uri), [], 'untitled documents are off until asked');
    assert.strictEqual(await vscode.commands.executeCommand('backlogLens.analyzeDocument'), true);
    await waitFor(() => ours(document.uri).map(codeOf), (codes) => codes.includes('story-without-value'), 'findings after Analyze This Document');
    await vscode.commands.executeCommand('backlogLens.stopAnalyzing');
    await waitFor(() => ours(document.uri), (list) => list.length === 0, 'findings gone after Stop Analyzing');
  });

  it('shows each confident section\'s lean as an inlay hint at the end of its heading', async () => {
    const editor = await open('backlog.md');
    const document = editor.document;
    const confident = analyze(document.getText()).sections.filter((s) => s.lean !== 'unclear');
    assert.ok(confident.length > 0, 'the fixture has a section with a verdict');
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0));
    const ofLens = hints.filter((hint) => /^(PO|PM) \d+%( weak)? · |^Balanced · PM \d+%$/.test(String(hint.label)));
    assert.deepStrictEqual(
      ofLens.map((hint) => hint.position.line).sort((a, b) => a - b),
      confident.map((s) => s.headingRange.end.line),
    );
    for (const hint of ofLens) assert.strictEqual(hint.position.character, document.lineAt(hint.position.line).range.end.character);
    // The tooltip says something the label does not: the strongest phrase, with the verdict and its share.
    for (const section of confident) {
      const hint = ofLens.find((candidate) => candidate.position.line === section.headingRange.end.line);
      const tooltip = typeof hint?.tooltip === 'string' ? hint.tooltip : (hint?.tooltip?.value ?? '');
      const strongest = evidenceName(topPhrases(section.evidence.filter((e) => e.side === section.lean))[0] ?? topPhrases(section.evidence)[0]);
      assert.ok(tooltip.includes(strongest), `the tooltip names ${strongest}:\n${tooltip}`);
      assert.match(tooltip, /This section (leans (PO|PM) \(\d+% (PO|PM)\)|leans slightly (PO|PM) \(\d+% (PO|PM): a weak lean\)|is balanced between PO and PM \(\d+% PM\))/);
    }
    await setSetting('inlayHints.enabled', false);
    const off = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0));
    await setSetting('inlayHints.enabled', undefined);
    assert.strictEqual(off.filter((hint) => /^(PO|PM|Balanced) /.test(String(hint.label))).length, 0);
  });

  it('explains a heading\'s lean and its evidence in a hover, with a link to the explainer', async () => {
    const editor = await open('backlog.md');
    const section = analyze(editor.document.getText()).sections.find((s) => s.lean !== 'unclear');
    assert.ok(section);
    const position = new vscode.Position(section.headingRange.start.line, section.headingRange.start.character + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const text = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('Backlog Lens'), text);
    const strongest = evidenceName(topPhrases(section.evidence)[0]);
    // appendText escapes Markdown and writes blanks as &nbsp;: compare what a reader sees.
    assert.ok(text.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1').includes(strongest), `hover names the strongest phrase "${strongest}":\n${text}`);
    assert.ok(text.includes('command:backlogLens.explain'), text);
    const prose = text.replace(/\]\(command:[^)]*\)/g, ']'); // the link's URL-encoded arguments hold `%`s
    assert.strictEqual(prose.match(/\d+%/g)?.length, 1, `the hover gives the share once:\n${text}`);

    const analysis = analyze(editor.document.getText());
    const headingLines = new Set(analysis.sections.map((s) => s.headingRange.start.line));
    const phrase = analysis.document.evidence.find((item) => !headingLines.has(item.range.start.line));
    assert.ok(phrase, 'the fixture has evidence outside headings');
    const inside = new vscode.Position(phrase.range.start.line, phrase.range.start.character + 1);
    const phraseHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, inside);
    const phraseText = phraseHovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(phraseText.includes(`counts toward ${phrase.side.toUpperCase()}`), phraseText);
  });

  it('offers a preferred "so that" fix for a story without value, and applying it adds the clause', async () => {
    const editor = await open('backlog.md');
    await append(editor, STORY_WITHOUT_VALUE);
    const [finding] = await waitFor(() => ours(editor.document.uri).filter((d) => codeOf(d) === 'story-without-value'), (list) => list.length === 1, 'the finding');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    const preferred = actions.filter((action) => action.isPreferred);
    assert.strictEqual(preferred.length, 1, titles.join(' | '));
    assert.ok(titles.some((title) => /Why/.test(title)) && titles.some((title) => /this file/.test(title)), titles.join(' | '));
    const { command } = preferred[0];
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const line = editor.document.lineAt(finding.range.start.line).text;
    assert.match(line, /^As a team lead, I want to export the sprint report, so that .+\.$/);
    await waitFor(() => ours(editor.document.uri).filter((d) => codeOf(d) === 'story-without-value'), (list) => list.length === 0, 'the finding gone after the fix');
  });

  it('turns the lens off for a section with a directive that the engine honours', async () => {
    const editor = await open('backlog.md');
    await append(editor, STORY_WITHOUT_VALUE);
    const [finding] = await waitFor(() => ours(editor.document.uri).filter((d) => codeOf(d) === 'story-without-value'), (list) => list.length === 1, 'the finding');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const off = actions.find((action) => action.title.startsWith('Turn Backlog Lens off for the section'));
    assert.ok(off?.edit, actions.map((action) => action.title).join(' | '));
    await vscode.workspace.applyEdit(off.edit);
    assert.ok(editor.document.getText().includes('<!-- backlog-lens-disable-next-section -->'));
    await waitFor(() => ours(editor.document.uri).filter((d) => codeOf(d) === 'story-without-value'), (list) => list.length === 0, 'the section silenced');
  });

  it('follows settings: a rule set to off disappears, a custom term becomes evidence', async () => {
    const editor = await open('backlog.md');
    await append(editor, STORY_WITHOUT_VALUE);
    const storyFindings = () => ours(editor.document.uri).filter((d) => codeOf(d) === 'story-without-value');
    await waitFor(storyFindings, (list) => list.length === 1, 'the finding');
    await setSetting('rules', { 'story-without-value': 'off' });
    await waitFor(storyFindings, (list) => list.length === 0, 'the rule turned off');
    await append(editor, '\nWe will frobnicate the widgets and watch the burndown.\n');
    const phrases = () => api.lens.analysisOf(editor.document)?.document.evidence.map((e) => e.phrase.toLowerCase()) ?? [];
    assert.ok(!phrases().includes('frobnicate'));
    assert.ok(phrases().includes('burndown'), 'the project file .backlog-lens.json adds "burndown"');
    await setSetting('terms.pm', ['frobnicate']);
    await waitFor(phrases, (list) => list.includes('frobnicate'), 'the custom term counted');
    assert.ok(phrases().includes('burndown'), 'settings terms merge with the project file, list by list');
  });

  it('keeps the good part of a bad configuration', async () => {
    const editor = await open('backlog.md');
    await append(editor, STORY_WITHOUT_VALUE);
    const storyFindings = () => ours(editor.document.uri).filter((d) => codeOf(d) === 'story-without-value');
    await waitFor(storyFindings, (list) => list.length === 1, 'the finding');
    await setSetting('terms.pm', 'not a list');
    await setSetting('rules', { 'no-such-rule': 'off', 'story-without-value': 'loud', 'document-lean': 'off' });
    await waitFor(() => ours(editor.document.uri).map(codeOf), (codes) => !codes.includes('document-lean'), 'the valid rule setting applied');
    assert.strictEqual(storyFindings().length, 1, 'a bad severity falls back to the default');
  });

  it('skips a planning doc over backlogLens.maxDocumentSize, and reads it again when the limit is raised', async () => {
    const editor = await open('backlog.md');
    await waitFor(() => ours(editor.document.uri), (list) => list.length > 0, 'findings under the default limit');
    await setSetting('maxDocumentSize', 100);
    await waitFor(() => ours(editor.document.uri), (list) => list.length === 0, 'no findings over the limit');
    assert.strictEqual(api.lens.analysisOf(editor.document), undefined);
    await setSetting('maxDocumentSize', undefined);
    await waitFor(() => ours(editor.document.uri), (list) => list.length > 0, 'findings again under the default limit');
  });

  it('scans the workspace for planning docs and fills the Problems panel', async () => {
    const summary = await vscode.commands.executeCommand<{ documents: number; leans: Record<string, number> }>('backlogLens.analyzeWorkspace');
    const expected = ['backlog.md', 'plans/product-brief.md', 'plans/roadmap.txt'];
    assert.strictEqual(summary.documents, expected.length, JSON.stringify(summary));
    const brief = workspaceFile('plans/product-brief.md');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(brief));
    assert.strictEqual(summary.leans[analyze(text).document.lean] > 0, true);
    assert.strictEqual(ours(brief).length, analyze(text).findings.length);
    assert.strictEqual(ours(workspaceFile('notes.md')).length, 0);
  });

  it('re-analyzes a 20 KB planning doc after a keystroke (timing printed, not asserted)', async () => {
    const editor = await open('backlog.md');
    const block = editor.document.getText();
    let text = '';
    for (let copy = 1; text.length < 20_000; copy++) text += block.replace(/^# .*/m, `## Part ${copy}`) + '\n';
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), text));
    await setSetting('debounce', 0);
    const timings: number[] = [];
    const edits: number[] = [];
    const refreshes: number[] = [];
    for (let keystroke = 0; keystroke < 15; keystroke++) {
      const published = new Promise<number>((resolve) => {
        const listener = vscode.languages.onDidChangeDiagnostics(({ uris }) => {
          if (!uris.some((uri) => uri.toString() === editor.document.uri.toString())) return;
          listener.dispose();
          resolve(performance.now());
        });
      });
      const typed = performance.now();
      await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'x'));
      edits.push(performance.now() - typed);
      timings.push((await published) - typed);
      const refreshed = performance.now();
      api.lens.refresh(editor.document);
      refreshes.push(performance.now() - refreshed);
    }
    await setSetting('debounce', undefined);
    const expected = analyze(editor.document.getText()).findings;
    assert.strictEqual(ours(editor.document.uri).length, expected.length);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(1);
    const size = (editor.document.getText().length / 1024).toFixed(1);
    console.log(`      ${size} KB doc, medians: keystroke to published diagnostics ${median(timings)} ms (debounce 0; the edit round trip alone ${median(edits)} ms), re-analysis and publish in the extension host ${median(refreshes)} ms`);
  });
});
