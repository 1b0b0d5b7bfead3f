/**
 * The coverage checklist of "Your document", as it crosses postMessage: what the Product Owner's backlog and the
 * Product Manager's brief answer. Labels are localised by the extension; the webview sets them as textContent.
 */
import type { PieceId } from '../core/checks/pieces';
import type { Side } from '../core/types';

export { isPieceId, type PieceId } from '../core/checks/pieces';

export type PieceState = 'answered' | 'missing' | 'notNeeded';

export interface CoverageItemView {
  id: PieceId;
  state: PieceState;
  label: string;
  detail: string;
  /** 0-based line where the document answers it (or the item that lacks it), -1 for none: the Show button reveals it. */
  line: number;
  /** The button that inserts the missing piece; absent when there is nothing to insert. */
  insertLabel?: string;
}

export interface CoverageGroupView {
  side: Side;
  title: string;
  /** Whether the lens checks this side for the document, in words. */
  note: string;
  checked: boolean;
  /** The explainer's teaching text for this side: an element id on the first tab. */
  learnAnchor: 'product-owner' | 'product-manager';
  learnLabel: string;
  items: CoverageItemView[];
}

export interface CoverageView {
  heading: string;
  intro: string;
  stateLabels: Record<PieceState, string>;
  showLabel: string;
  groups: CoverageGroupView[];
}
