/** Every check's answer for one analysis, computed once and shared by the rules, the quick fixes and the checklist. */
import type { Lines } from '../markdown/lines';
import type { Lean, Section, Side } from '../types';
import { findPiece, type BriefPiece } from './brief';
import { findGoal } from './goal';
import { findItems, type BacklogItem } from './items';
import { checkModel, type CheckModel } from './model';
import { hasVisibleOrder } from './order';
import { applicable, type BacklogKind } from './shape';

export interface CheckReport {
  model: CheckModel;
  /** Which goal the Product Owner checks expect, or undefined when they do not apply. */
  po: BacklogKind | undefined;
  pm: boolean;
  /** An OKR set: owed an objective and measures, not a customer or a problem. */
  okr: boolean;
  readonly items: BacklogItem[];
  /** The line stating the goal the document owes, or -1. */
  readonly goal: number;
  readonly ordered: boolean;
  /** The line stating each brief piece, or -1. */
  readonly pieces: Readonly<Record<BriefPiece, number>>;
}

/** Below this many items a backlog's order is plain to see. */
export const MIN_ITEMS_TO_ORDER = 3;

const reports = new WeakMap<CheckModel, CheckReport>();

/** `lines` is the text's line index when the caller has it (the analysis does), so it is not made twice. */
export function checkReport(text: string, sections: readonly Section[], lean: Lean, expect: Side | undefined, lines?: Lines): CheckReport {
  const model = checkModel(text, sections, lines);
  let report = reports.get(model);
  if (!report) {
    report = lazyReport(model, lean, expect);
    reports.set(model, report);
  }
  return report;
}

/**
 * The shape is settled first; every other answer is found when first asked for. The rules ask only for what
 * applies to the shape (a brief is never searched for a goal or an order), the checklist asks for all of it.
 */
function lazyReport(model: CheckModel, lean: Lean, expect: Side | undefined): CheckReport {
  let items: BacklogItem[] | undefined;
  let goal: number | undefined;
  let ordered: boolean | undefined;
  const found: Partial<Record<BriefPiece, number>> = {};
  const piece = (name: BriefPiece): number => (found[name] ??= findPiece(model, name));
  const itemsOf = (): BacklogItem[] => (items ??= findItems(model));
  const { po, pm, okr } = applicable(model, lean, expect, itemsOf);
  return {
    model,
    po,
    pm,
    okr,
    get items() {
      return itemsOf();
    },
    get goal() {
      return (goal ??= findGoal(model, po === 'sprint' ? 'sprint' : 'product'));
    },
    get ordered() {
      return (ordered ??= hasVisibleOrder(model, itemsOf()));
    },
    pieces: {
      get customer() {
        return piece('customer');
      },
      get problem() {
        return piece('problem');
      },
      get objective() {
        return piece('objective');
      },
      get measure() {
        return piece('measure');
      },
    },
  };
}
