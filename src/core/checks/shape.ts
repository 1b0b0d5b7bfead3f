/**
 * What kind of document this is, and so which role's checks apply. The title and the headings decide first
 * (they say what the writer meant the document to be); the lean decides only when they do not.
 */
import type { Lean, Side } from '../types';
import { hasItems, isItemHeading, type BacklogItem } from './items';
import { findText, type CheckModel } from './model';
import { hasPieceHeading } from './brief';

/** `product`: a product backlog or release plan, owed a Product Goal; `sprint`: a sprint plan, owed a Sprint Goal; `item`: one story. */
export type BacklogKind = 'product' | 'sprint' | 'item';

export interface Applicable {
  /** The Product Owner checks, and which goal the document owes; undefined when they do not apply. */
  po: BacklogKind | undefined;
  /** The Product Manager checks. */
  pm: boolean;
  /** An OKR set: it owes an objective and measured key results, not a customer or a problem statement. */
  okr: boolean;
}

const SPRINT_TITLE = /\b(?:sprint|iteration)s?\b/i;
const BACKLOG_TITLE = /\b(?:backlog|release(?! notes)|increment|user stories|stories|sprint|iteration)\b/i;
const PRODUCT_BACKLOG = /\bproduct backlog\b/i;
const BRIEF_TITLE = /\b(?:prd|product requirements?|requirements|brief|one[- ]?pager|opportunity|pr ?\/ ?faq|press release|working backwards|problem statement|proposal|business case|lean canvas|pitch|product spec(?:ification)?|spec)\b/i;
const OKR_TITLE = /\b(?:okrs?|objectives and key results)\b/i;
/** Records of what happened, not plans: no role owes them a goal or a metric. */
const RECORD_TITLE = /\b(?:retro(?:spective)?|minutes|meeting|notes|stand-?up|post-?mortem|incident|review|demo|agenda|journal|changelog)\b/i;

/** `items` finds the document's items; it is called only when counting stories cannot settle the shape. */
export function applicable(model: CheckModel, lean: Lean, expect: Side | undefined, items: () => readonly BacklogItem[]): Applicable {
  const title = titleOf(model);
  const okr = OKR_TITLE.test(title);
  const kind: BacklogKind = model.title >= 0 && isItemHeading(title) ? 'item' : SPRINT_TITLE.test(title) && !PRODUCT_BACKLOG.test(title) ? 'sprint' : 'product';
  if (expect) return { po: expect === 'po' ? kind : undefined, pm: expect === 'pm', okr };
  if (RECORD_TITLE.test(title)) return { po: undefined, pm: false, okr };
  const briefByTitle = BRIEF_TITLE.test(title);
  const backlogByTitle = !briefByTitle && (BACKLOG_TITLE.test(title) || kind === 'item');
  if (briefByTitle || okr) return { po: undefined, pm: true, okr };
  if (backlogByTitle) return { po: kind, pm: false, okr };
  const briefByContent = hasBriefHeadings(model, 2);
  const backlogByContent = hasItems(model, 2, items);
  if (briefByContent !== backlogByContent) return { po: backlogByContent ? kind : undefined, pm: briefByContent, okr };
  // Neither shape, or both: the lean decides, for documents with some structure and at least a trace of the
  // shape it would be checked as (an item for a backlog, a brief's heading for a brief): a design note that
  // leans PO, or a strategy memo that leans PM, is neither.
  const headed = model.sections.filter((section) => section.level > 0).length;
  if (headed < 2) return { po: undefined, pm: false, okr };
  return { po: lean === 'po' && hasItems(model, 1, items) ? kind : undefined, pm: lean === 'pm' && hasBriefHeadings(model, 1), okr };
}

/** The title heading's text, or the first line of prose when there is no heading. */
export function titleOf(model: CheckModel): string {
  if (model.title >= 0) return model.sections[model.title].heading;
  const first = findText(model, model.firstLine, model.lineCount - 1);
  return first < 0 ? '' : model.line(first).plain;
}

/** Whether headings announce at least `count` different brief pieces (stops once they do). */
function hasBriefHeadings(model: CheckModel, count: number): boolean {
  const pieces = new Set<string>();
  for (const section of model.sections) {
    const piece = hasPieceHeading(section.heading);
    if (piece) pieces.add(piece);
    if (pieces.size >= count) return true;
  }
  return false;
}
