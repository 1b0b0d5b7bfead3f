/**
 * The explainer's messages, one union per direction, imported by both the extension (src/extension/explainer)
 * and the webview script (src/webview/explainer.ts). Plain data only: everything here crosses postMessage.
 */
import type { Concern, Lean, Side } from '../core/types';
import { isPieceId, type CoverageView, type PieceId } from './coverageProtocol';

/** The explainer's tabs, in the order they are shown. */
export const TABS = ['roles', 'compare', 'selfCheck', 'nuance', 'document', 'workspace'] as const;
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

/** A failed role check of a workspace document, at its first finding. */
export interface CheckView {
  rule: string;
  /** 0-based line of the rule's first finding, sent back in an `openDocument` message. */
  line: number;
}

/** One planning document of the workspace, as the "Your workspace" tab lists it. */
export interface WorkspaceRowView extends Omit<LeanView, 'evidence'> {
  /** Sent back in an `openDocument` message: the extension, not the webview, knows which file it is. */
  id: number;
  /** Workspace-relative path (text from the file system: shown with textContent only). */
  path: string;
  /** The path's folder, '' at the root, for the folder filter. */
  folder: string;
  /** Whether the lens has any evidence: the bar of a verdict without a share says which way it is empty. */
  hasEvidence: boolean;
  checks: CheckView[];
}

/** What the "Your workspace" tab shows: nothing until Analyze Workspace ran, then one row per planning document. */
export type WorkspaceState = { status: 'notScanned' } | { status: 'ready'; rows: WorkspaceRowView[] };

/** Extension → webview. */
export type ToWebview =
  | { type: 'update'; revision: number; state: DocumentState }
  | { type: 'workspace'; revision: number; state: WorkspaceState }
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
  | { type: 'analyze' }
  /** Sent after the webview drew the workspace rows, with the time it took to build them into the page. */
  | { type: 'workspaceRendered'; revision: number; rows: number; milliseconds: number }
  /** A workspace document to open, at a 0-based line. */
  | { type: 'openDocument'; id: number; line: number }
  | { type: 'analyzeWorkspace' };

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
  workspace: WorkspaceStrings;
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

/** The "Your workspace" tab's strings. */
export interface WorkspaceStrings {
  notScanned: string;
  empty: string;
  /** `{0}` = rows shown, `{1}` = all rows. */
  count: string;
  document: string;
  folder: string;
  lean: string;
  checks: string;
  noChecks: string;
  allLeans: string;
  allChecks: string;
  noFailingCheck: string;
  allFolders: string;
  rootFolder: string;
  leans: Record<Lean, string>;
  /** `{0}` = the document's path. */
  openLabel: string;
  /** `{0}` = the check, `{1}` = the document's path. */
  openCheckLabel: string;
}

/** The JSON that rides in the HTML: first paint without waiting for a message. */
export interface InitialState {
  tab: TabId;
  update: Extract<ToWebview, { type: 'update' }>;
  workspace: Extract<ToWebview, { type: 'workspace' }>;
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
    case 'analyzeWorkspace':
      return true;
    case 'workspaceRendered':
      return typeof message.revision === 'number' && typeof message.rows === 'number' && typeof message.milliseconds === 'number';
    case 'openDocument':
      return isIndex(message.id) && isIndex(message.line);
    case 'rendered':
      return typeof message.revision === 'number' && typeof message.sections === 'number';
    case 'reveal':
      return isIndex(message.line);
    case 'insertTemplate':
      return (TEMPLATE_BUTTONS as readonly unknown[]).includes(message.id);
    case 'insertPiece':
      return isPieceId(message.piece);
    default:
      return false;
  }
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
