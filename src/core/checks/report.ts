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

/** The report on the last model (see `checkModel`). */
let last: CheckReport | undefined;

/** `lines` is the text's line index when the caller has it (the analysis does), so it is not made twice. */
export function checkReport(text: string, sections: readonly Section[], lean: Lean, expect: Side | undefined, lines?: Lines): CheckReport {
  const model = checkModel(text, sections, lines);
  if (last?.model !== model) last = new LazyReport(model, lean, expect);
  return last;
}

/**
 * The shape is settled first; every other answer is found when first asked for. The rules ask only for what
 * applies to the shape (a brief is never searched for a goal or an order), the checklist asks for all of it.
 */
class LazyReport implements CheckReport {
  readonly po: BacklogKind | undefined;
  readonly pm: boolean;
  readonly okr: boolean;
  readonly pieces: Readonly<Record<BriefPiece, number>>;
  private foundItems?: BacklogItem[];
  private foundGoal?: number;
  private foundOrder?: boolean;

  constructor(readonly model: CheckModel, lean: Lean, expect: Side | undefined) {
    ({ po: this.po, pm: this.pm, okr: this.okr } = applicable(model, lean, expect, () => this.items));
    this.pieces = new LazyPieces(model);
  }

  get items(): BacklogItem[] {
    return (this.foundItems ??= findItems(this.model));
  }

  get goal(): number {
    return (this.foundGoal ??= findGoal(this.model, this.po === 'sprint' ? 'sprint' : 'product'));
  }

  get ordered(): boolean {
    return (this.foundOrder ??= hasVisibleOrder(this.model, this.items));
  }
}

class LazyPieces implements Record<BriefPiece, number> {
  private readonly found: Partial<Record<BriefPiece, number>> = {};

  constructor(private readonly model: CheckModel) {}

  get customer(): number {
    return this.piece('customer');
  }

  get problem(): number {
    return this.piece('problem');
  }

  get objective(): number {
    return this.piece('objective');
  }

  get measure(): number {
    return this.piece('measure');
  }

  private piece(name: BriefPiece): number {
    return (this.found[name] ??= findPiece(this.model, name));
  }
}
