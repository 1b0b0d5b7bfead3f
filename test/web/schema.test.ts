import * as assert from 'assert';
import * as vscode from 'vscode';
import schema from '../../schemas/backlog-lens.schema.json';
import { closeAllEditors, waitFor, workspaceFile } from './helpers';

describe('the .backlog-lens.json schema in the editor', () => {
  afterEach(closeAllEditors);

  it('makes VS Code flag a bad value in the project config file with the validator\'s words', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('.backlog-lens.json'));
    const editor = await vscode.window.showTextDocument(document);
    // Edited, never saved: the lens itself reads the file from disk, so the other tests keep the fixture's config.
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), '{ "rules": { "section-lean": "warn" }, "colour": "blue" }\n'));
    const expected = [schema.properties.rules.properties['section-lean'].errorMessage, schema.propertyNames.errorMessage].sort();
    const messages = await waitFor(
      () => vscode.languages.getDiagnostics(document.uri).map((diagnostic) => diagnostic.message).sort(),
      (found) => found.length >= expected.length,
      'the JSON language service to check the config against the schema',
      20000,
    );
    assert.deepStrictEqual(messages, expected);
  });
});
