import * as assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { evidenceName, leanLabel, topPhrases } from '../../src/core/describe';
import { fixtures, root, workbenchPerTest } from './workbench';

const FILE = 'sprint-plan.md';

describe('the lens (browser)', () => {
  const workbench = workbenchPerTest();
  const analysis = analyze(readFileSync(join(fixtures, FILE), 'utf8'));

  it('shows section leans as inlay hints, findings in the Problems panel, the evidence in a heading hover, and the lean in the status bar', async () => {
    const wb = workbench();
    await wb.openFile(FILE);
    const editor = wb.page.locator('.editor-group-container.active .monaco-editor .view-lines');

    // Inlay hints: the text after each confident heading.
    const labels = analysis.sections.map(leanLabel).filter((label): label is string => label !== undefined);
    assert.ok(labels.length >= 2, 'the fixture has confident sections');
    for (const label of labels) await editor.getByText(label, { exact: true }).first().waitFor();

    // Problems panel: the story with no value is a warning row.
    const story = analysis.findings.find((finding) => finding.rule === 'story-without-value');
    assert.ok(story, 'the fixture has a story without value');
    await wb.page.keyboard.press('Control+Shift+M');
    const row = wb.page.locator('.markers-panel .monaco-list-row').filter({ hasText: story.message });
    await row.first().waitFor();
    assert.match((await row.first().textContent()) ?? '', /story-without-value/);

    // Hover on a heading: the lens's verdict and the phrase that weighs most.
    const section = analysis.sections.find((candidate) => leanLabel(candidate)?.startsWith('PM'));
    assert.ok(section, 'the fixture has a PM section');
    const headingText = section.heading;
    const hover = await wb.hoverUntil(editor.getByText(headingText, { exact: false }).first(), 'Backlog Lens');
    const hoverText = (await hover.textContent()) ?? '';
    // appendText writes blanks as no-break spaces.
    assert.ok(hoverText.replace(/\u00a0/g, ' ').includes(evidenceName(topPhrases(section.evidence)[0])), hoverText);
    assert.match(hoverText, /Open the explainer|explainer/);

    const shot = await wb.screenshot('lens-hover-problems');
    if (process.env.BACKLOG_LENS_UPDATE_SCREENSHOTS === '1') copyFileSync(shot, join(root, 'media/screenshots/lens.png'));

    // The status bar shows the document's shares; a click opens the explainer on "Your document".
    const shares = `PO ${Math.round((1 - (analysis.document.pmShare ?? 0)) * 100)}% · PM ${Math.round((analysis.document.pmShare ?? 0) * 100)}%`;
    await wb.page.keyboard.press('Escape');
    await wb.page.locator('.statusbar-item').filter({ hasText: shares }).first().click();
    await wb.webview().locator('.panel:not([hidden]) h2', { hasText: 'Your document' }).waitFor();
  });
});
