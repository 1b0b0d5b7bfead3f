/** Every check's answer for one analysis, computed once and shared by the rules, the quick fixes and the checklist. */
import type { Lean, Section, Side } from '../types';
import { findPiece, type BriefPiece } from './brief';
import { findGoal } from './goal';
import type { BacklogItem } from './items';
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
  items: BacklogItem[];
  /** The line stating the goal the document owes, or -1. */
  goal: number;
  ordered: boolean;
  /** The line stating each brief piece, or -1. */
  pieces: Record<BriefPiece, number>;
}

/** Below this many items a backlog's order is plain to see. */
export const MIN_ITEMS_TO_ORDER = 3;

const reports = new WeakMap<CheckModel, CheckReport>();

export function checkReport(text: string, sections: readonly Section[], lean: Lean, expect: Side | undefined): CheckReport {
  const model = checkModel(text, sections);
  let report = reports.get(model);
  if (!report) {
    const { po, pm, okr, items } = applicable(model, lean, expect);
    report = {
      model,
      po,
      pm,
      okr,
      items,
      goal: findGoal(model, po === 'sprint' ? 'sprint' : 'product'),
      ordered: hasVisibleOrder(model, items),
      pieces: { customer: findPiece(model, 'customer'), problem: findPiece(model, 'problem'), objective: findPiece(model, 'objective'), measure: findPiece(model, 'measure') },
    };
    reports.set(model, report);
  }
  return report;
}
