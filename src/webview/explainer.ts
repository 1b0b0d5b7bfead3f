/**
 * The explainer's webview script (bundled to media/dist/explainer.js). It owns the tabs, the self-check, the
 * "Your document" view and, through workspaceView.ts, "Your workspace". Text that comes from a document is only
 * ever set with textContent or SVG attributes.
 */
import type { Side } from '../core/types';
import { format, leanBar } from './leanBar';
import { renderCoverage } from './coverageView';
import { renderWorkspace } from './workspaceView';
import {
  TABS,
  TEMPLATE_BUTTONS,
  isTabId,
  type DocumentState,
  type FromWebview,
  type InitialState,
  type LeanView,
  type PersistedState,
  type SectionView,
  type TabId,
  type ToWebview,
  type WebviewStrings,
} from './protocol';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: PersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

const initial = JSON.parse(byId('initial-state').textContent ?? '{}') as InitialState;
const strings: WebviewStrings = initial.strings;
const state: PersistedState = restore(vscode.getState(), initial.tab);

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explainer: #${id} is missing`);
  return element as T;
}

function restore(saved: unknown, tab: TabId): PersistedState {
  const value = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<PersistedState>;
  return {
    tab: isTabId(value.tab) ? value.tab : tab,
    scroll: typeof value.scroll === 'object' && value.scroll !== null ? value.scroll : {},
    checked: Array.isArray(value.checked) ? value.checked.filter((id): id is string => typeof id === 'string') : [],
  };
}

const save = () => vscode.setState(state);
const post = (message: FromWebview) => vscode.postMessage(message);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---- Tabs: the WAI-ARIA tabs pattern (arrow keys, Home, End), selected tab and scroll kept with setState.

function tabButton(id: TabId): HTMLButtonElement {
  return byId<HTMLButtonElement>(`tab-${id}`);
}

function selectTab(id: TabId, focus = false): void {
  if (id !== state.tab) state.scroll[state.tab] = window.scrollY;
  for (const tab of TABS) {
    const selected = tab === id;
    const button = tabButton(tab);
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    byId(`panel-${tab}`).hidden = !selected;
  }
  state.tab = id;
  save();
  window.scrollTo(0, state.scroll[id] ?? 0);
  if (focus) tabButton(id).focus();
}

function wireTabs(): void {
  for (const [index, id] of TABS.entries()) {
    const button = tabButton(id);
    button.addEventListener('click', () => selectTab(id));
    button.addEventListener('keydown', (event) => {
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      selectTab(TABS[(next + TABS.length) % TABS.length], true);
    });
  }
  // In-page links between tabs (`data-tab`).
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a[data-tab]');
    const tab = link?.getAttribute('data-tab');
    if (!isTabId(tab)) return;
    event.preventDefault();
    selectTab(tab, true);
  });
  let pending = false;
  window.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      state.scroll[state.tab] = window.scrollY;
      save();
    });
  });
}

// ---- "Which am I?": counted locally, never sent.

function wireSelfCheck(): void {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('.self-check input[type="checkbox"]')];
  for (const box of boxes) {
    box.checked = state.checked.includes(box.value);
    box.addEventListener('change', () => {
      state.checked = boxes.filter((b) => b.checked).map((b) => b.value);
      save();
      showSelfCheck(boxes);
    });
  }
  byId('self-check-clear').addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    state.checked = [];
    save();
    showSelfCheck(boxes);
  });
  showSelfCheck(boxes);
}

function showSelfCheck(boxes: HTMLInputElement[]): void {
  const count = (side: Side) => boxes.filter((b) => b.checked && b.dataset.side === side).length;
  const po = count('po');
  const pm = count('pm');
  const texts = strings.selfCheck;
  const result = byId('self-check-result');
  let lean: 'po' | 'pm' | 'both' | 'empty';
  if (po + pm === 0) lean = 'empty';
  else if (Math.abs(po - pm) < 2) lean = 'both';
  else lean = po > pm ? 'po' : 'pm';
  result.dataset.lean = lean;
  byId('self-check-lean').textContent = lean === 'empty' ? texts.empty : texts[lean];
  byId('self-check-explanation').textContent =
    lean === 'empty' ? '' : { po: texts.poExplanation, pm: texts.pmExplanation, both: texts.bothExplanation }[lean];
  byId('self-check-tally').textContent = lean === 'empty' ? '' : format(texts.tally, po, pm);
}

// ---- "Your document".

/** A section's or the document's bar. */
function bar(view: LeanView, big = false): SVGSVGElement {
  return leanBar(view, view.evidence.length > 0, strings, big ? 'bar big' : 'bar');
}

function legend(): HTMLElement {
  const list = element('ul', 'legend');
  for (const side of ['po', 'pm'] as const) {
    const item = element('li');
    item.append(element('span', `swatch ${side}`), element('span', undefined, side === 'po' ? strings.legendPo : strings.legendPm));
    list.append(item);
  }
  return list;
}

function evidenceList(view: LeanView): HTMLElement {
  if (view.evidence.length === 0) return element('p', 'no-evidence', strings.noEvidence);
  const list = element('ul', 'evidence');
  list.setAttribute('aria-label', strings.evidenceLabel);
  for (const item of view.evidence) {
    const row = element('li', item.side);
    row.append(
      element('span', `badge ${item.side}`, strings.sides[item.side]),
      element('span', 'concern', strings.concerns[item.concern]),
      item.cue ? element('span', 'cue', item.phrase) : element('q', 'phrase', item.phrase),
    );
    list.append(row);
  }
  return list;
}

function sectionItem(section: SectionView): HTMLElement {
  const item = element('li', `section lean-${section.lean} level-${Math.min(Math.max(section.level, 1), 6)}`);
  const button = element('button', 'section-heading');
  button.type = 'button';
  button.dataset.line = String(section.line);
  button.setAttribute('aria-label', format(strings.revealLabel, section.heading));
  button.append(element('span', 'heading-text', section.heading), element('span', 'lean-label', section.label));
  button.addEventListener('click', () => post({ type: 'reveal', line: section.line }));
  item.append(button, bar(section), evidenceList(section));
  return item;
}

function renderDocument(view: DocumentState): number {
  const root = byId('document-view');
  root.replaceChildren();
  root.dataset.status = view.status;
  if (view.status === 'none') {
    root.append(element('p', 'notice-title', strings.noneTitle), element('p', undefined, strings.noneBody));
    return 0;
  }
  if (view.status === 'unsupported') {
    root.append(element('p', undefined, format(strings.unsupportedBody, view.name)));
    return 0;
  }
  if (view.status === 'off') {
    const analyze = element('button', undefined, strings.analyzeButton);
    analyze.type = 'button';
    analyze.addEventListener('click', () => post({ type: 'analyze' }));
    root.append(element('p', undefined, format(strings.offBody, view.name)), analyze);
    return 0;
  }
  const whole = element('div', `whole lean-${view.document.lean}`);
  const title = element('h3', 'document-name', view.name);
  whole.append(title, element('p', 'lean-label', `${strings.wholeDocument}: ${view.document.label}`), bar(view.document, true), legend());
  const sections = element('div', 'sections');
  sections.append(element('h3', undefined, strings.sectionsHeading));
  if (view.sections.length === 0) sections.append(element('p', undefined, strings.noSections));
  else {
    const list = element('ol', 'section-list');
    list.append(...view.sections.map(sectionItem));
    sections.append(list);
  }
  root.append(whole, sections);
  if (view.coverage) root.insertBefore(renderCoverage(view.coverage, post), sections);
  return view.sections.length;
}

function applyUpdate(update: Extract<ToWebview, { type: 'update' }>): void {
  const sections = renderDocument(update.state);
  post({ type: 'rendered', revision: update.revision, sections });
}

// ---- Wiring.

function wireTemplateButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-template]')) {
    button.addEventListener('click', () => {
      const id = TEMPLATE_BUTTONS.find((template) => template === button.dataset.template);
      if (id) post({ type: 'insertTemplate', id });
    });
  }
}

function applyWorkspace(update: Extract<ToWebview, { type: 'workspace' }>): void {
  const started = performance.now();
  const root = byId('workspace-view');
  const rows = renderWorkspace(root, update.state, strings, post);
  // Reading a size lays the rows out now, so the time includes the layout the writer waits for.
  void root.offsetHeight;
  post({ type: 'workspaceRendered', revision: update.revision, rows, milliseconds: Math.round(performance.now() - started) });
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'update') applyUpdate(message);
  else if (message.type === 'workspace') applyWorkspace(message);
  else if (message.type === 'showTab' && isTabId(message.tab)) selectTab(message.tab, true);
});

wireTabs();
wireSelfCheck();
wireTemplateButtons();
byId('analyze-workspace').addEventListener('click', () => post({ type: 'analyzeWorkspace' }));
applyUpdate(initial.update);
applyWorkspace(initial.workspace);
// After the first paint, so the restored scroll position has the content it refers to.
selectTab(state.tab);
post({ type: 'ready' });
