import * as vscode from 'vscode';

// VS Code for the Web saves after a delay by default; a test that waits would write its edits into the fixtures.
before(async () => {
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
});
