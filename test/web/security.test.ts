import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import { escapeMarkdown } from '../../src/extension/escapeMarkdown';
import { activateExtension, closeAllEditors, openMarkdown, waitFor } from './helpers';
import type { BacklogLensApi } from '../../src/extension/extension';

const TERMS = ['*x*_', 'x&lt;', 'c++', 'İzmir#'];
/** Each İ before a term shifted its range by one, so the hover quoted other text of the line: here, the command autolink. */
const TEXT = '# Plan İzmir#\n\nİİİİ c++ <command:workbench.action.quit?> then [quit](command:workbench.action.quit) *x*_ x&lt; done, İZMİR#.\n';

/** Every link target in a Markdown string: inline links `](…)` and autolinks `<scheme:…>`. */
const linkTargets = (markdown: string) => [...markdown.matchAll(/\]\(([^)\s]*)|<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)].map((match) => match[1] ?? match[2]);

describe('least authority in hovers', () => {
  let api: BacklogLensApi;
  before(async () => {
    api = (await activateExtension()).exports as BacklogLensApi;
  });
  afterEach(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('backlogLens').update('terms.po', undefined, vscode.ConfigurationTarget.Global);
  });

  it('quotes document text escaped and trusts no command but the explainer, whatever the document and terms', async () => {
    await vscode.workspace.getConfiguration('backlogLens').update('terms.po', TERMS, vscode.ConfigurationTarget.Global);
    const editor = await openMarkdown(TEXT);
    await vscode.commands.executeCommand('backlogLens.analyzeDocument');
    const phrases = () => api.lens.analysisOf(editor.document)?.document.evidence.map((e) => e.phrase) ?? [];
    await waitFor(phrases, (list) => list.includes('*x*_'), 'the custom terms counted');
    const analysis = analyze(TEXT, { terms: { po: TERMS, pm: [], ignore: [] } });
    const places = [analysis.sections[0].headingRange, ...analysis.document.evidence.map((e) => e.range)];
    const hovers: vscode.MarkdownString[] = [];
    for (const { start, end } of places) {
      const middle = new vscode.Position(start.line, Math.floor((start.character + end.character) / 2));
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, middle);
      hovers.push(...found.flatMap((hover) => hover.contents).filter((content): content is vscode.MarkdownString => typeof content !== 'string' && 'value' in content && content.value.includes('Backlog Lens')));
    }
    assert.ok(hovers.length >= places.length, `a hover at every place: ${hovers.length}`);
    for (const hover of hovers) {
      assert.deepStrictEqual(hover.isTrusted, { enabledCommands: ['backlogLens.explain'] }, hover.value);
      for (const target of linkTargets(hover.value)) assert.ok(target.startsWith('command:backlogLens.explain?'), `${target} in\n${hover.value}`);
    }
    const all = hovers.map((hover) => hover.value).join('\n');
    for (const phrase of ['*x*_', 'x&lt;', 'c++', 'İZMİR#']) assert.ok(all.includes(escapeMarkdown(`“${phrase}”`)), `${phrase} quoted, escaped:\n${all}`);
  });
});
