import * as vscode from 'vscode';
import { INSERT_TEMPLATE_COMMAND, insertTemplate } from './insertTemplate';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(INSERT_TEMPLATE_COMMAND, (id?: unknown) => insertTemplate(typeof id === 'string' ? id : undefined)),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
