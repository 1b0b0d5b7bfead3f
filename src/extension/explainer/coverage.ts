/** The coverage checklist of "Your document": the checks' answers in words, and the button that inserts a missing piece. */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/types';
import { coverageOf, type Coverage, type PieceCoverage } from '../../core/checks/coverage';
import { coverageFix } from '../../core/checks/fixes';
import type { PieceId } from '../../core/checks/pieces';
import { checkReport } from '../../core/checks/report';
import type { CoverageItemView, CoverageView } from '../../webview/coverageProtocol';
import { snippetOf } from '../insertFix';

export function coverageView(text: string, analysis: Analysis): CoverageView {
  const t = vscode.l10n.t;
  const coverage = coverageOf(checkReport(text, analysis.sections, analysis.document.lean, analysis.expect));
  const note = (checked: boolean) => (checked ? t('Checked for this document.') : t('Not checked for this document; shown for reference.'));
  return {
    heading: t('What your document answers'),
    intro: t('What each role owes a planning document, ticked where this one says it. Add a missing piece from the templates, or go to where it is answered.'),
    stateLabels: { answered: t('Answered'), missing: t('Missing'), notNeeded: t('Not needed here') },
    showLabel: t('Show'),
    groups: [
      {
        side: 'po',
        title: t('The Product Owner’s backlog'),
        note: note(coverage.checked.po),
        checked: coverage.checked.po,
        learnAnchor: 'product-owner',
        learnLabel: t('What the Product Owner answers for'),
        items: coverage.po.map((piece) => item(piece, coverage)),
      },
      {
        side: 'pm',
        title: t('The Product Manager’s questions'),
        note: note(coverage.checked.pm),
        checked: coverage.checked.pm,
        learnAnchor: 'product-manager',
        learnLabel: t('What the Product Manager answers for'),
        items: coverage.pm.map((piece) => item(piece, coverage)),
      },
    ],
  };
}

function item(piece: PieceCoverage, coverage: Coverage): CoverageItemView {
  const t = vscode.l10n.t;
  const sprint = coverage.goalKind === 'sprint';
  const texts: Record<PieceId, { label: string; missing: string; notNeeded?: string; insert: string }> = {
    goal: {
      label: sprint ? t('Sprint Goal') : t('Product Goal'),
      missing: sprint ? t('What makes this Sprint worth doing?') : t('What future state do the items work toward?'),
      notNeeded: t('A single story needs no goal of its own.'),
      insert: sprint ? t('Add a Sprint Goal') : t('Add a Product Goal'),
    },
    acceptance: {
      label: t('Acceptance criteria on every item'),
      missing: coverage.items.total === 0 ? t('No backlog items or stories found yet.') : t('{0} of {1} items have them.', coverage.items.withCriteria, coverage.items.total),
      insert: t('Add criteria to the first item without'),
    },
    order: {
      label: t('Items in a visible order'),
      missing: t('Number the items, give each a priority, or say what they are ordered by.'),
      notNeeded: sprint ? t('A Sprint Backlog is a plan, not an ordered list.') : t('Fewer than three items: their order is plain to see.'),
      insert: t('Add an “Ordered by” line'),
    },
    customer: {
      label: t('Who: the target customer'),
      missing: t('Who has the problem: a segment or persona, and how many?'),
      notNeeded: t('An OKR set owes objectives and measured key results, not a target customer.'),
      insert: t('Add a “Who” section'),
    },
    problem: {
      label: t('What: their problem or need'),
      missing: t('What hurts today, in the customers’ words?'),
      notNeeded: t('An OKR set owes objectives and measured key results, not a problem statement.'),
      insert: t('Add a “What” section'),
    },
    objective: { label: t('Why: the business objective'), missing: t('Why does solving it matter to the business, and why now?'), insert: t('Add a “Why” section') },
    measure: { label: t('How we will know: a metric with a target'), missing: t('Which metric, from what value to what target?'), insert: t('Add a “Success metrics” section') },
  };
  const text = texts[piece.id];
  const state = !piece.applies ? 'notNeeded' : piece.answered ? 'answered' : 'missing';
  const detail =
    state === 'notNeeded' ? (text.notNeeded ?? '')
    : state === 'missing' ? text.missing
    : piece.id === 'acceptance' ? t('All {0} items have them.', coverage.items.total)
    : piece.line >= 0 ? t('Answered on line {0}.', piece.line + 1)
    : t('Numbered, prioritised or “ordered by”.');
  return { id: piece.id, state, label: text.label, detail, line: piece.line, insertLabel: piece.insertable ? text.insert : undefined };
}

/**
 * Inserts a missing piece where its quick fix would, into the editor the writer used last. The checklist is
 * worked out again for the text as it is now: a button drawn for older text inserts nothing that is there already.
 */
export async function insertPiece(editor: vscode.TextEditor, analysis: Analysis, piece: PieceId): Promise<boolean> {
  const fix = coverageFix(piece, { text: editor.document.getText(), sections: analysis.sections, lean: analysis.document.lean, expect: analysis.expect });
  if (!fix) return false;
  const { position, snippet } = snippetOf(editor.document, fix);
  return editor.insertSnippet(new vscode.SnippetString(snippet), position);
}
