/**
 * Draws "Your workspace": one row per planning document with its lean bar, its label and the role checks it fails;
 * sortable by column, filterable by lean, check and folder. Paths and rule ids are set with textContent only.
 */
import type { Lean } from '../core/types';
import { format, leanBar } from './leanBar';
import type { FromWebview, WebviewStrings, WorkspaceRowView, WorkspaceState } from './protocol';

type SortKey = 'path' | 'lean' | 'checks';
const LEANS: readonly Lean[] = ['po', 'pm', 'balanced', 'unclear'];
/** A filter value that no rule id or folder can be. */
const ANY = '\u0000any';
const NO_CHECK = '\u0000none';

/** Rows already drawn for the current state: sorting and filtering move them instead of drawing them again. */
const drawn = new WeakMap<WorkspaceRowView, HTMLTableRowElement>();

/** What the writer chose: kept across updates, so a redraw after an edit keeps the view they set up. */
const view = { sort: 'path' as SortKey, descending: false, lean: ANY, check: ANY, folder: ANY };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const compare: Record<SortKey, (a: WorkspaceRowView, b: WorkspaceRowView) => number> = {
  path: (a, b) => a.path.localeCompare(b.path),
  // Most PO first; documents without a share last.
  lean: (a, b) => (a.pmShare ?? 2) - (b.pmShare ?? 2) || a.path.localeCompare(b.path),
  checks: (a, b) => a.checks.length - b.checks.length || a.path.localeCompare(b.path),
};

function visibleRows(rows: readonly WorkspaceRowView[]): WorkspaceRowView[] {
  const shown = rows.filter(
    (row) =>
      (view.lean === ANY || row.lean === view.lean) &&
      (view.folder === ANY || row.folder === view.folder) &&
      (view.check === ANY || (view.check === NO_CHECK ? row.checks.length === 0 : row.checks.some((check) => check.rule === view.check))),
  );
  shown.sort(compare[view.sort]);
  return view.descending ? shown.reverse() : shown;
}

function select(name: string, label: string, options: [string, string][], value: string, onChange: (value: string) => void): HTMLSelectElement {
  const node = element('select');
  node.name = name;
  node.setAttribute('aria-label', label);
  for (const [optionValue, text] of options) {
    const option = element('option', undefined, text);
    option.value = optionValue;
    node.append(option);
  }
  node.value = options.some(([optionValue]) => optionValue === value) ? value : ANY;
  node.addEventListener('change', () => onChange(node.value));
  return node;
}

function hidden(text: string): HTMLSpanElement {
  const span = element('span', undefined, text);
  span.setAttribute('aria-hidden', 'true');
  return span;
}

function openButton(className: string, text: string, label: string, onClick: () => void): HTMLButtonElement {
  const button = element('button', className, text);
  button.type = 'button';
  button.setAttribute('aria-label', label);
  button.addEventListener('click', onClick);
  return button;
}

function rowElement(row: WorkspaceRowView, strings: WebviewStrings, post: (message: FromWebview) => void): HTMLTableRowElement {
  const texts = strings.workspace;
  const tr = element('tr', `lean-${row.lean}`);
  const open = (line: number) => post({ type: 'openDocument', id: row.id, line });
  const name = element('td', 'document');
  name.append(openButton('document-link', row.path, format(texts.openLabel, row.path), () => open(row.checks[0]?.line ?? 0)));
  const lean = element('td', 'lean');
  lean.append(leanBar(row, row.hasEvidence, strings), element('span', 'lean-label', row.label));
  const checks = element('td', 'checks');
  if (row.checks.length === 0) checks.append(element('span', 'no-checks', texts.noChecks));
  for (const check of row.checks) checks.append(openButton('check', check.rule, format(texts.openCheckLabel, check.rule, row.path), () => open(check.line)));
  tr.append(name, lean, checks);
  return tr;
}

/** Draws the tab into `root`; returns how many rows it shows. */
export function renderWorkspace(root: HTMLElement, state: WorkspaceState, strings: WebviewStrings, post: (message: FromWebview) => void): number {
  const texts = strings.workspace;
  root.dataset.status = state.status;
  if (state.status === 'notScanned' || state.rows.length === 0) {
    root.replaceChildren(element('p', undefined, state.status === 'notScanned' ? texts.notScanned : texts.empty));
    return 0;
  }
  const { rows } = state;
  /** Redraws, keeping the keyboard focus on the control that was used. */
  const redraw = (focus: string) => {
    renderWorkspace(root, state, strings, post);
    root.querySelector<HTMLElement>(focus)?.focus();
  };
  const checks = [...new Set(rows.flatMap((row) => row.checks.map((check) => check.rule)))].sort();
  const folders = [...new Set(rows.map((row) => row.folder))].sort();
  const controls = element('div', 'workspace-controls');
  const count = element('span', 'workspace-count');
  controls.append(
    select('lean', texts.lean, [[ANY, texts.allLeans], ...LEANS.map((lean): [string, string] => [lean, texts.leans[lean]])], view.lean, (value) => ((view.lean = value), redraw('select[name=lean]'))),
    select('check', texts.checks, [[ANY, texts.allChecks], [NO_CHECK, texts.noFailingCheck], ...checks.map((rule): [string, string] => [rule, rule])], view.check, (value) => ((view.check = value), redraw('select[name=check]'))),
    select('folder', texts.folder, [[ANY, texts.allFolders], ...folders.map((folder): [string, string] => [folder, folder || texts.rootFolder])], view.folder, (value) => ((view.folder = value), redraw('select[name=folder]'))),
    count,
  );
  const table = element('table', 'workspace-table');
  const head = element('tr');
  for (const [key, label] of [['path', texts.document], ['lean', texts.lean], ['checks', texts.checks]] as [SortKey, string][]) {
    const th = element('th');
    th.scope = 'col';
    th.setAttribute('aria-sort', view.sort === key ? (view.descending ? 'descending' : 'ascending') : 'none');
    const button = element('button', 'sort', label);
    button.type = 'button';
    button.dataset.sort = key;
    // aria-sort says it to a screen reader; the arrow is for the eye, outside the button's name.
    if (view.sort === key) button.append(hidden(view.descending ? ' ▼' : ' ▲'));
    button.addEventListener('click', () => {
      view.descending = view.sort === key ? !view.descending : false;
      view.sort = key;
      redraw(`button[data-sort=${key}]`);
    });
    th.append(button);
    head.append(th);
  }
  const shown = visibleRows(rows);
  const body = element('tbody');
  body.append(
    ...shown.map((row) => {
      const tr = drawn.get(row) ?? rowElement(row, strings, post);
      drawn.set(row, tr);
      return tr;
    }),
  );
  table.append(element('thead'), body);
  table.tHead?.append(head);
  count.textContent = format(texts.count, shown.length, rows.length);
  root.replaceChildren(controls, table);
  return shown.length;
}
