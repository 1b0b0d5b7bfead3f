import type * as vscode from 'vscode';

/** The documents the lens can serve; which of them it does is the Lens's decision. */
export const PLANNING_DOCUMENTS: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];
