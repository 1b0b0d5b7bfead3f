import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ConsoleMessage } from 'playwright-core';
import { analyze, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, isPlanningPath, type Analysis } from '../../src/core';
import { failedChecks } from '../../src/extension/explainer/workspaceModel';
import { fixtures, suspiciousConsole, updateReadmeScreenshots, workbenchPerTest } from './workbench';

const HOSTILE = 'plans/<img src=x onerror=alert(1)> & roadmap.md';

/** The served folder's planning documents, as Analyze Workspace finds them, with the engine's analysis. */
function planningDocs(): Map<string, Analysis> {
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
  const docs = new Map<string, Analysis>();
  for (const file of walk(fixtures).sort()) {
    const path = relative(fixtures, file).split('\\').join('/');
    if (isPlanningPath(path, [...DEFAULT_INCLUDE], [...DEFAULT_EXCLUDE])) docs.set(path, analyze(readFileSync(file, 'utf8')));
  }
  return docs;
}

describe('"Your workspace" (browser)', () => {
  const workbench = workbenchPerTest();
  const docs = planningDocs();

  it('lists the workspace\'s planning documents from Analyze Workspace: sorted, filtered, a click opens the finding', async () => {
    const wb = workbench();
    const consoleLines: string[] = [];
    wb.page.on('console', (message: ConsoleMessage) => consoleLines.push(message.text()));
    assert.ok(docs.has(HOSTILE) && docs.size >= 4, [...docs.keys()].join(', '));

    await wb.runCommand('Backlog Lens: Analyze Workspace');
    await wb.page.locator('.notification-toast').getByRole('button', { name: 'Show Your Workspace' }).click();
    const view = wb.webview();
    const rows = view.locator('.workspace-table tbody tr');
    const paths = () => view.locator('.workspace-table tbody .document-link').allTextContents();
    await rows.first().waitFor();
    assert.equal(await view.getByRole('tab', { name: 'Your workspace' }).getAttribute('aria-selected'), 'true');

    // One row per document, its path as text (the hostile name too), its label and its failed checks.
    assert.deepEqual(await paths(), [...docs.keys()].sort((a, b) => a.localeCompare(b)));
    for (const [path, analysis] of docs) {
      const row = rows.filter({ has: view.getByRole('button', { name: `Open ${path}`, exact: true }) });
      assert.deepEqual(await row.locator('.check').allTextContents(), failedChecks(analysis).map((check) => check.rule), path);
      assert.equal(await row.locator('.bar rect.po').count(), analysis.document.pmShare === null ? 0 : 1, path);
    }
    assert.equal(await view.locator('img, .workspace-view script, .workspace-view b').count(), 0, 'no markup from a file name');

    // Sort by lean: most PO first, then the other way round.
    const byShare = [...docs].sort(([a, x], [b, y]) => (x.document.pmShare ?? 2) - (y.document.pmShare ?? 2) || a.localeCompare(b)).map(([path]) => path);
    await view.getByRole('button', { name: 'Lean', exact: true }).click();
    assert.deepEqual(await paths(), byShare);
    assert.equal(await view.locator('th[aria-sort="ascending"] button').getAttribute('data-sort'), 'lean');
    await view.getByRole('button', { name: 'Lean', exact: true }).click();
    assert.deepEqual(await paths(), [...byShare].reverse());
    assert.equal(await view.locator('th[aria-sort="descending"] button').getAttribute('data-sort'), 'lean');

    // Filters: by lean, by failing check, by folder; the count says how many are shown.
    const pm = [...docs].filter(([, analysis]) => analysis.document.lean === 'pm').map(([path]) => path);
    await view.locator('select[name=lean]').selectOption('pm');
    assert.deepEqual((await paths()).sort(), pm.sort());
    assert.equal(await view.locator('.workspace-count').textContent(), `${pm.length} of ${docs.size} documents`);
    await view.locator('select[name=lean]').selectOption({ label: 'Every lean' });
    const withoutGoal = [...docs].filter(([, analysis]) => failedChecks(analysis).some((check) => check.rule === 'backlog-without-goal')).map(([path]) => path);
    await view.locator('select[name=check]').selectOption('backlog-without-goal');
    assert.deepEqual((await paths()).sort(), withoutGoal.sort());
    await view.locator('select[name=check]').selectOption({ label: 'Any check' });
    await view.locator('select[name=folder]').selectOption('plans');
    assert.deepEqual(await paths(), [HOSTILE]);
    await view.locator('select[name=folder]').selectOption({ label: 'Every folder' });

    // A check opens its document with the cursor on the finding's line.
    const sprint = docs.get('sprint-plan.md');
    const story = sprint && failedChecks(sprint).find((check) => check.rule === 'story-without-value');
    assert.ok(story, 'sprint-plan.md has a story without value');
    await view.getByRole('button', { name: 'Open sprint-plan.md at “story-without-value”' }).click();
    await wb.page.locator('.tabs-container .tab[data-resource-name="sprint-plan.md"]').waitFor();
    await wb.page.locator('.statusbar', { hasText: `Ln ${story.line + 1}, Col 1` }).waitFor();

    assert.deepEqual(wb.dialogs, []);
    assert.deepEqual(wb.pageErrors, []);
    assert.deepEqual(suspiciousConsole(consoleLines), []);
  });

  it('looks right in the light and the dark theme (README screenshots)', async () => {
    const wb = workbench();
    await wb.runCommand('View: Toggle Primary Side Bar Visibility');
    await wb.runCommand('Backlog Lens: Analyze Workspace');
    await wb.page.locator('.notification-toast').getByRole('button', { name: 'Show Your Workspace' }).click();
    const view = wb.webview();
    await view.locator('.workspace-table tbody tr').first().waitFor();
    const shots: Record<string, string> = {};
    for (const [theme, name] of [
      ['Light Modern', 'workspace-light'],
      ['Dark Modern', 'workspace-dark'],
    ] as const) {
      await wb.setTheme(theme);
      const fills = await view.locator('.workspace-table .bar rect').evaluateAll((rects) => [...new Set(rects.map((rect) => `${rect.getAttribute('class')} ${getComputedStyle(rect).fill}`))]);
      const sides = new Map(fills.map((fill) => [fill.split(' ')[0], fill.slice(fill.indexOf(' ') + 1)]));
      assert.ok(sides.get('po') && sides.get('pm') && sides.get('po') !== sides.get('pm'), `${theme}: ${fills.join(', ')}`);
      await wb.clearNotifications();
      await wb.settle();
      shots[name] = await wb.screenshot(name);
    }
    updateReadmeScreenshots(shots);
  });
});
