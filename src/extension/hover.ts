import * as vscode from 'vscode';
import { evidenceName, evidenceOf, topPhrases } from '../core/describe';
import type { Evidence, Section } from '../core';
import { toRange } from './diagnostics';
import { escapeMarkdown } from './escapeMarkdown';
import { EXPLAIN_COMMAND } from './explainer';
import type { Lens } from './lens';
import { appendEvidenceItem, concernNames, verdictLine } from './verdictText';

/** Opens the explainer on its "Your document" tab. */
const EXPLAIN_DOCUMENT_LINK = `command:${EXPLAIN_COMMAND}?${encodeURIComponent(JSON.stringify(['document']))}`;

/** On a heading: the section's lean and the phrases that tipped it. On an evidence phrase: what it counts for. */
export class LeanHover implements vscode.HoverProvider {
  constructor(private readonly lens: Lens) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.lens.analysisOf(document);
    if (!analysis) return undefined;
    const section = owningSection(analysis.sections, position.line);
    if (!section) return undefined;
    if (toRange(section.headingRange).contains(position)) return new vscode.Hover(sectionMarkdown(section), toRange(section.headingRange));
    const evidence = section.evidence.find((item) => toRange(item.range).contains(position));
    if (evidence) return new vscode.Hover(evidenceMarkdown(evidence), toRange(evidence.range));
    return undefined;
  }
}

/**
 * The section whose own text holds the line, and with it the evidence there: the last one that starts at or
 * before it (sections are in document order). A binary search: a long document has thousands of sections, and
 * each builds its range and evidence when read.
 */
function owningSection(sections: readonly Section[], line: number): Section | undefined {
  let found: Section | undefined;
  for (let low = 0, high = sections.length - 1; low <= high; ) {
    const middle = (low + high) >> 1;
    if (sections[middle].range.start.line <= line) {
      found = sections[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function sectionMarkdown(section: Section): vscode.MarkdownString {
  const markdown = trusted();
  markdown.appendMarkdown(`**Backlog Lens** · ${vscode.l10n.t('This section {0}.', verdictLine(section))}\n\n`);
  // The side it leans to first: that is what tipped it (a stable sort keeps each side's order).
  const phrases = topPhrases(evidenceOf(section)).sort((a, b) => Number(b.side === section.lean) - Number(a.side === section.lean));
  if (phrases.length > 0) {
    markdown.appendMarkdown(`${vscode.l10n.t('What tipped it:')}\n\n`);
    for (const item of phrases) appendEvidenceItem(markdown, item);
  }
  markdown.appendMarkdown(`\n[${vscode.l10n.t('Product Owner or Product Manager? See your document in the explainer')}](${EXPLAIN_DOCUMENT_LINK})`);
  return markdown;
}

function evidenceMarkdown(item: Evidence): vscode.MarkdownString {
  const markdown = trusted();
  markdown.appendMarkdown(`**Backlog Lens** · ${escapeMarkdown(evidenceName(item))}`);
  markdown.appendMarkdown(` ${vscode.l10n.t('counts toward {0}: {1}, weight {2}.', item.side.toUpperCase(), concernNames[item.concern], item.weight.toFixed(2))}\n\n`);
  markdown.appendMarkdown(`[${vscode.l10n.t('Open the explainer')}](${EXPLAIN_DOCUMENT_LINK})`);
  return markdown;
}

/** Least authority: the one command the hover links to may run from it, no other; document text is escaped. */
const HOVER_COMMANDS: readonly string[] = [EXPLAIN_COMMAND];

function trusted(): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
  return markdown;
}
