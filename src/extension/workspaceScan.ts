import * as vscode from 'vscode';
import { analyze, isPlanningPath, type Analysis, type Lean } from '../core';
import { pathOf, type Lens } from './lens';
import type { SettingsStore } from './settings';

export interface ScanSummary {
  documents: number;
  leans: Record<Lean, number>;
  skipped: number;
  cancelled: boolean;
}

/**
 * Finds the planning docs of the workspace with workspace.findFiles / workspace.fs (both work on the web),
 * fills the Problems panel, hands each analysis to `analyzed` (the "Your workspace" tab) and yields between
 * files so a thousand documents do not freeze the editor.
 */
export async function scanWorkspace(lens: Lens, settings: SettingsStore, analyzed: (uri: vscode.Uri, analysis: Analysis) => void): Promise<ScanSummary> {
  const summary: ScanSummary = { documents: 0, leans: { po: 0, pm: 0, balanced: 0, unclear: 0 }, skipped: 0, cancelled: false };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Backlog Lens: analyzing planning docs'), cancellable: true },
    async (progress, token) => {
      const uris = await findPlanningDocs(settings, token);
      for (const [index, uri] of uris.entries()) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
        const analysis = await analyzeFile(uri, lens, settings);
        if (analysis) {
          summary.leans[analysis.document.lean]++;
          analyzed(uri, analysis);
        } else summary.skipped++;
        summary.documents++;
        if (index % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
  );
  return summary;
}

export function describeSummary(summary: ScanSummary): string {
  const { po, pm, balanced, unclear } = summary.leans;
  const counts = vscode.l10n.t('{0} lean PO, {1} lean PM, {2} balanced, {3} unclear', po, pm, balanced, unclear);
  const skipped = summary.skipped > 0 ? vscode.l10n.t(', {0} skipped (see the output)', summary.skipped) : '';
  const cancelled = summary.cancelled ? vscode.l10n.t(' before it was cancelled') : '';
  return vscode.l10n.t('Backlog Lens analyzed {0} planning docs{1}: {2}{3}.', summary.documents, cancelled, counts, skipped);
}

/** Every Markdown or text file, filtered by the same include / exclude matcher the lens and the CLI use. */
async function findPlanningDocs(settings: SettingsStore, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const candidates = await vscode.workspace.findFiles(DOCUMENT_GLOB, '**/{node_modules,.git}/**', undefined, token);
  return candidates
    .filter((uri) => {
      const { include, exclude } = settings.for(uri).lens;
      return isPlanningPath(pathOf(uri), include, exclude);
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

const DOCUMENT_GLOB = '**/*.{md,markdown,txt,MD,Md,TXT}';

async function analyzeFile(uri: vscode.Uri, lens: Lens, settings: SettingsStore): Promise<Analysis | undefined> {
  const name = vscode.workspace.asRelativePath(uri);
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) {
    const analysis = lens.refresh(open);
    if (!analysis) lens.log.info(`Skipped ${name}: it is open, and the lens is off for it or it is over backlogLens.maxDocumentSize.`);
    return analysis;
  }
  const { lens: config } = settings.for(uri);
  let text: string;
  try {
    // Only plain files: a link may lead out of the workspace, to a device or a pipe; a file over 3 bytes a character is too large unread.
    const { type, size } = await vscode.workspace.fs.stat(uri);
    if (type !== vscode.FileType.File) throw new Error(type & vscode.FileType.SymbolicLink ? 'it is a symbolic link, not read.' : 'it is not a regular file, not read.');
    if (size > 3 * config.maxDocumentSize) throw new Error(`${size} bytes is over backlogLens.maxDocumentSize (${config.maxDocumentSize} characters).`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    lens.log.info(`Skipped ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (text.length > config.maxDocumentSize) {
    lens.log.info(`Skipped ${name}: ${text.length} characters is over backlogLens.maxDocumentSize (${config.maxDocumentSize}).`);
    return undefined;
  }
  const analysis = analyze(text, { terms: config.terms, rules: config.rules });
  if (analysis.optIn === false) {
    lens.log.info(`Skipped ${name}: its front matter says backlog-lens: off.`);
    return undefined;
  }
  lens.publishScanned(uri, analysis);
  return analysis;
}
