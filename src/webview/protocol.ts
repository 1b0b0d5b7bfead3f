/**
 * The explainer's messages, one union per direction, imported by both the extension (src/extension/explainer)
 * and the webview script (src/webview/explainer.ts). Plain data only: everything here crosses postMessage.
 */
import type { Concern, Lean, Side } from '../core/types';
import { isPieceId, type CoverageView, type PieceId } from './coverageProtocol';

/** The explainer's tabs, in the order they are shown. */
export const TABS = ['roles', 'compare', 'selfCheck', 'nuance', 'document'] as const;
export type TabId = (typeof TABS)[number];

export function isTabId(value: unknown): value is TabId {
  return typeof value === 'string' && (TABS as readonly string[]).includes(value);
}

/** The templates the explainer offers as buttons (ids of src/core/templates.ts). */
export const TEMPLATE_BUTTONS = ['goal', 'item', 'story'] as const;
export type TemplateButtonId = (typeof TEMPLATE_BUTTONS)[number];

export interface EvidenceView {
  /** Text from the document, or a cue's name: the webview shows it with textContent only. */
  phrase: string;
  /** A structural cue (a checkbox, a table row…): named, not quoted. */
  cue: boolean;
  side: Side;
  concern: Concern;
}

export interface LeanView {
  lean: Lean;
  /** The model's PM probability, 0..1; null when the text is too short to judge. */
  pmShare: number | null;
  /** A short, already localised summary: `PM 72% · who/why`, or a sentence when there is no lean. */
  label: string;
  evidence: EvidenceView[];
}

export interface SectionView extends LeanView {
  /** Text from the document: the webview shows it with textContent only. */
  heading: string;
  level: number;
  /** 0-based line of the heading, sent back in a `reveal` message. */
  line: number;
}

/** What the "Your document" tab shows. */
export type DocumentState =
  | { status: 'none' }
  | { status: 'unsupported'; name: string }
  | { status: 'off'; name: string }
  | { status: 'ready'; name: string; version: number; document: LeanView; sections: SectionView[]; coverage?: CoverageView };

/** Extension → webview. */
export type ToWebview =
  | { type: 'update'; revision: number; state: DocumentState }
  | { type: 'showTab'; tab: TabId };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  /** Sent after the webview drew an update (or the initial state, revision 0). */
  | { type: 'rendered'; revision: number; sections: number }
  | { type: 'reveal'; line: number }
  | { type: 'insertTemplate'; id: TemplateButtonId }
  /** A missing piece of the coverage checklist, inserted where its quick fix would put it. */
  | { type: 'insertPiece'; piece: PieceId }
  | { type: 'analyze' };

/** Strings the webview script needs at run time, localised on the extension side. `{0}` marks a value. */
export interface WebviewStrings {
  /** `{0}` = Product Owner share, `{1}` = Product Manager share, as percentages. */
  barLabel: string;
  barEmpty: string;
  /** The bar of a verdict with some evidence, but too little for a lean. */
  barUnclear: string;
  /** The label of such a verdict: no share, since the lens claims none. */
  unclearLabel: string;
  legendPo: string;
  legendPm: string;
  wholeDocument: string;
  sectionsHeading: string;
  noSections: string;
  evidenceLabel: string;
  noEvidence: string;
  /** `{0}` = the heading. */
  revealLabel: string;
  noneTitle: string;
  noneBody: string;
  /** `{0}` = the document's name. */
  unsupportedBody: string;
  /** `{0}` = the document's name. */
  offBody: string;
  analyzeButton: string;
  sides: Record<Side, string>;
  concerns: Record<Concern, string>;
  selfCheck: {
    empty: string;
    po: string;
    pm: string;
    both: string;
    poExplanation: string;
    pmExplanation: string;
    bothExplanation: string;
    /** `{0}` = statements ticked on the Product Owner side, `{1}` on the Product Manager side. */
    tally: string;
  };
}

/** The JSON that rides in the HTML: first paint without waiting for a message. */
export interface InitialState {
  tab: TabId;
  update: Extract<ToWebview, { type: 'update' }>;
  strings: WebviewStrings;
}

/** What the webview keeps with setState (survives hiding the tab and reloading the window). */
export interface PersistedState {
  tab: TabId;
  scroll: Partial<Record<TabId, number>>;
  checked: string[];
}

/** Validates a message from the webview: its script is ours, but the channel is a boundary. */
export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
    case 'analyze':
      return true;
    case 'rendered':
      return typeof message.revision === 'number' && typeof message.sections === 'number';
    case 'reveal':
      return typeof message.line === 'number' && Number.isInteger(message.line) && message.line >= 0;
    case 'insertTemplate':
      return (TEMPLATE_BUTTONS as readonly unknown[]).includes(message.id);
    case 'insertPiece':
      return isPieceId(message.piece);
    default:
      return false;
  }
}
