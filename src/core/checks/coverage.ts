/**
 * The checklist behind "Your document": the Product Owner's accountabilities and the Product Manager's
 * questions, each answered or not by the document, with where it is answered. Plain data for the explainer.
 */
import { okrOwes, type BriefPiece } from './brief';
import type { PieceId } from './pieces';
import type { CheckReport } from './report';
import { MIN_ITEMS_TO_ORDER } from './report';
import type { BacklogKind } from './shape';

const PM_PIECES: readonly BriefPiece[] = ['customer', 'problem', 'objective', 'measure'];

export interface PieceCoverage {
  id: PieceId;
  /** False where the document does not owe it: no goal for a single story, no order for a sprint plan or a short list, no customer or problem for an OKR set. */
  applies: boolean;
  answered: boolean;
  /** Where the document answers it (0-based line), or -1. */
  line: number;
  /** Whether a fix can insert it (the acceptance fix needs an item without criteria). */
  insertable: boolean;
}

export interface Coverage {
  /** Which goal a backlog owes: a Sprint Goal for a sprint plan, else a Product Goal. */
  goalKind: BacklogKind;
  /** Whether the lens checks each side for this document (the rules' findings). */
  checked: { po: boolean; pm: boolean };
  items: { total: number; withCriteria: number };
  po: PieceCoverage[];
  pm: PieceCoverage[];
}

export function coverageOf(report: CheckReport): Coverage {
  const items = report.items;
  const withCriteria = items.filter((item) => item.hasAcceptance).length;
  const firstMissing = items.find((item) => !item.hasAcceptance);
  const kind = report.po ?? 'product';
  const piece = (id: PieceId, line: number, answered = line >= 0, applies = true, insertable = applies && !answered): PieceCoverage => ({ id, applies, answered, line, insertable });
  const orderApplies = kind === 'product' && items.length >= MIN_ITEMS_TO_ORDER;
  return {
    goalKind: kind,
    checked: { po: report.po !== undefined, pm: report.pm },
    items: { total: items.length, withCriteria },
    po: [
      piece('goal', report.goal, report.goal >= 0, kind !== 'item'),
      piece('acceptance', firstMissing?.line ?? items[0]?.line ?? -1, items.length > 0 && !firstMissing, true, firstMissing !== undefined && firstMissing.shape !== 'row'),
      piece('order', -1, report.ordered, orderApplies),
    ],
    pm: PM_PIECES.map((id) => piece(id, report.pieces[id], undefined, !report.okr || okrOwes(id))),
  };
}

/** One row of the checklist. */
export const pieceOf = (coverage: Coverage, id: PieceId): PieceCoverage => [...coverage.po, ...coverage.pm].find((piece) => piece.id === id) as PieceCoverage;
