/**
 * Draws the coverage checklist of "Your document". Every string comes from the extension and is set with
 * textContent; the buttons post `insertPiece` and `reveal`, the links open the teaching text on the first tab.
 */
import type { CoverageGroupView, CoverageItemView, CoverageView } from './coverageProtocol';
import type { FromWebview } from './protocol';

const TICKS = { answered: '✓', missing: '○', notNeeded: '–' } as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const node = element('button', className, text);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

export function renderCoverage(view: CoverageView, post: (message: FromWebview) => void): HTMLElement {
  const root = element('section', 'coverage');
  root.setAttribute('aria-labelledby', 'coverage-heading');
  const heading = element('h3', undefined, view.heading);
  heading.id = 'coverage-heading';
  const groups = element('div', 'coverage-groups');
  groups.append(...view.groups.map((group) => renderGroup(view, group, post)));
  root.append(heading, element('p', 'coverage-intro', view.intro), groups);
  return root;
}

function renderGroup(view: CoverageView, group: CoverageGroupView, post: (message: FromWebview) => void): HTMLElement {
  const box = element('div', `coverage-group ${group.side}${group.checked ? ' checked' : ''}`);
  box.dataset.side = group.side;
  const list = element('ul', 'coverage-list');
  list.append(...group.items.map((item) => renderItem(view, item, post)));
  const learn = element('a', 'coverage-learn', group.learnLabel);
  learn.href = `#${group.learnAnchor}`;
  learn.addEventListener('click', (event) => {
    event.preventDefault();
    // The first tab holds the teaching text: select it as a click on its tab would, then scroll to the role.
    // After VS Code's own handler for `#` links, which scrolls the target to the very top, under the masthead.
    document.getElementById('tab-roles')?.click();
    requestAnimationFrame(() => scrollBelowMasthead(document.getElementById(group.learnAnchor)));
  });
  box.append(element('h4', undefined, group.title), element('p', 'coverage-note', group.note), list, learn);
  return box;
}

function renderItem(view: CoverageView, item: CoverageItemView, post: (message: FromWebview) => void): HTMLElement {
  const row = element('li', `coverage-item ${item.state}`);
  row.dataset.piece = item.id;
  const tick = element('span', 'tick', TICKS[item.state]);
  tick.setAttribute('role', 'img');
  tick.setAttribute('aria-label', view.stateLabels[item.state]);
  const text = element('div', 'coverage-text');
  text.append(element('span', 'coverage-label', item.label), element('span', 'coverage-detail', item.detail));
  const actions = element('div', 'coverage-actions');
  if (item.insertLabel) actions.append(button('coverage-insert', item.insertLabel, () => post({ type: 'insertPiece', piece: item.id })));
  if (item.line >= 0) actions.append(button('secondary coverage-show', view.showLabel, () => post({ type: 'reveal', line: item.line })));
  if (actions.childElementCount > 0) text.append(actions);
  row.append(tick, text);
  return row;
}

/** Scrolls an element to the top of the page, below the sticky masthead that would cover it. */
function scrollBelowMasthead(target: Element | null): void {
  if (!target) return;
  const masthead = document.querySelector('.masthead')?.getBoundingClientRect().height ?? 0;
  window.scrollTo(0, window.scrollY + target.getBoundingClientRect().top - masthead - 8);
}
