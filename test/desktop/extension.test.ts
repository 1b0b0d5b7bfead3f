// The packaged .vsix in desktop VS Code's Node extension host (code-server), checked as a person sees it.
// Expectations come from the engine run on the same sample text, so they follow the lexicon and the rules.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { analyze } from '../../src/core';
import { evidenceName, leanLabel, topPhrases } from '../../src/core/describe';
import { root, workbenchPerTest, type Workbench } from '../ui/workbench';
import { openDesktopWorkbench, samples } from './workbench';

const FILE = 'product-backlog.md';
const analysis = analyze(readFileSync(join(samples, FILE), 'utf8'));
const labels = analysis.sections.map(leanLabel).filter((label): label is string => label !== undefined);

const editorLines = (wb: Workbench) => wb.page.locator('.editor-group-container.active .monaco-editor .view-lines');

/** Moves the cursor to a 0-based position, through Go to Line as a person would. */
async function goTo(wb: Workbench, position: { line: number; character: number }): Promise<void> {
  await wb.page.keyboard.press('Control+G');
  await wb.quickInput.locator('input').fill(`:${position.line + 1}:${position.character + 1}`);
  await wb.page.keyboard.press('Enter');
  await wb.quickInput.waitFor({ state: 'hidden' });
}

/**
 * Presses `key` until `shown` appears, three times at most. Right after a document opens, the first request for
 * quick fixes or completions can come back empty while the extension host still starts the built-in extensions;
 * a person presses again, and so does this.
 */
async function pressUntilShown(wb: Workbench, key: string, shown: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await wb.page.keyboard.press(key);
    if (await shown.first().waitFor({ timeout: 5_000 }).then(() => true, () => false)) return;
    if (attempt === 3) throw new Error(`${key} did not show ${shown}, three times.`);
    await wb.page.keyboard.press('Escape');
  }
}

describe('the .vsix in a Node extension host (code-server)', () => {
  const workbench = workbenchPerTest(openDesktopWorkbench);

  it('runs in the Node extension host, installed from the .vsix', async () => {
    const wb = workbench();
    await wb.openFile(FILE);
    assert.ok(labels.length >= 2, 'the sample has confident sections');
    await editorLines(wb).getByText(labels[0], { exact: true }).first().waitFor();
    // code-server logs each activation of its Node extension host in remoteexthost.log.
    const logs = process.env.BACKLOG_LENS_DESKTOP_LOGS;
    assert.ok(logs, 'run.mjs names the log folder');
    const hostLogs = readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('remoteexthost.log'));
    const activations = hostLogs.flatMap((path) => readFileSync(join(logs, path), 'utf8').split('\n')).filter((line) => line.includes('_doActivateExtension backlog-lens.backlog-lens'));
    assert.ok(activations.length > 0, `no Node extension host activated Backlog Lens (logs: ${hostLogs.join(', ') || 'none'})`);
  });

  it('shows section leans as inlay hints, findings in the Problems panel and the evidence in a heading hover', async () => {
    const wb = workbench();
    await wb.openFile(FILE);
    const editor = editorLines(wb);
    for (const label of labels) await editor.getByText(label, { exact: true }).first().waitFor();

    // Problems lists every finding above hint severity (hints show in the editor only).
    const listed = analysis.findings.filter((finding) => finding.severity !== 'hint');
    assert.ok(listed.some((finding) => finding.rule === 'story-without-value'), 'the sample has a story without value');
    await wb.page.keyboard.press('Control+Shift+M');
    const rows = wb.page.locator('.markers-panel .monaco-list-row');
    for (const finding of listed) {
      const row = rows.filter({ hasText: finding.message }).first();
      await row.waitFor();
      assert.ok(((await row.textContent()) ?? '').includes(finding.rule), `${finding.rule}: ${await row.textContent()}`);
    }
    // Nothing else, nothing twice (the file's row, then one row per finding).
    assert.equal(await rows.count(), listed.length + 1, (await rows.allTextContents()).join('\n'));

    const section = analysis.sections.find((candidate) => leanLabel(candidate) !== undefined && candidate.evidence.length > 0);
    assert.ok(section, 'the sample has a section with evidence');
    const hover = await wb.hoverUntil(editor.getByText(section.heading, { exact: false }).first(), 'Backlog Lens');
    const hoverText = (await hover.textContent()) ?? '';
    // appendText writes blanks as no-break spaces.
    assert.ok(hoverText.replace(/\u00a0/g, ' ').includes(evidenceName(topPhrases(section.evidence)[0])), hoverText);
    await wb.screenshot('desktop-lens');
  });

  it('fixes a story without value with the preferred quick fix (Ctrl+.)', async () => {
    const wb = workbench();
    await wb.openFile(FILE);
    const story = analysis.findings.find((finding) => finding.rule === 'story-without-value');
    assert.ok(story);
    await wb.page.keyboard.press('Control+Shift+M');
    const storyRow = wb.page.locator('.markers-panel .monaco-list-row').filter({ hasText: story.message });
    await storyRow.first().waitFor();

    await goTo(wb, story.range.end);
    await pressUntilShown(wb, 'Control+.', wb.page.locator('.action-widget .monaco-list-row'));
    // The preferred fix comes first and has the focus.
    await wb.page.locator('.action-widget .monaco-list-row.focused').filter({ hasText: 'so that' }).waitFor();
    await wb.screenshot('desktop-quick-fix');
    await wb.page.keyboard.press('Enter');
    // The clause arrives as a live snippet with its placeholder selected (the status bar counts the selection);
    // typing replaces the placeholder. Keys typed before it arrives would change the text under the fix.
    await wb.page.locator('.statusbar-item', { hasText: /\(\d+ selected\)/ }).first().waitFor();
    await wb.page.keyboard.type('I can pay without an account');
    await editorLines(wb).getByText(', so that I can pay without an account.').first().waitFor();
    await storyRow.first().waitFor({ state: 'detached' });
  });

  it('opens the explainer, and its "Your document" tab lists the sections of the open document', async () => {
    const wb = workbench();
    await wb.openFile(FILE);
    await wb.runCommand('Backlog Lens: Explain Product Owner vs Product Manager');
    const view = wb.webview();
    await view.locator('h1').waitFor();
    const roles = await view.locator('.panel:not([hidden]) h2').allTextContents();
    assert.deepEqual(roles.map((heading) => heading.replace(/^(PO|PM)\s+/, '').trim()), ['The Product Owner', 'The Product Manager']);

    await view.getByRole('tab', { name: 'Your document' }).click();
    await view.locator('#document-view .section-list').waitFor();
    assert.ok(((await view.locator('.document-name').textContent()) ?? '').includes(FILE));
    const listed = (await view.locator('#document-view .heading-text').allTextContents()).join('\n');
    for (const section of analysis.sections.filter((candidate) => candidate.level > 0)) {
      assert.ok(listed.includes(section.heading), `${section.heading} is listed:\n${listed}`);
    }
    await wb.settle();
    await wb.screenshot('desktop-explainer');
  });

  it('expands the bl-story snippet from the completion list (Ctrl+Space)', async () => {
    const wb = workbench();
    await wb.openFile('roadmap.md');
    const first = analyze(readFileSync(join(samples, 'roadmap.md'), 'utf8')).sections.map(leanLabel).find((label) => label !== undefined);
    assert.ok(first, 'the roadmap has a confident section');
    await editorLines(wb).getByText(first, { exact: true }).first().waitFor(); // the lens is running
    await editorLines(wb).click();
    await wb.page.keyboard.press('Control+End');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.type('bl-story');
    await pressUntilShown(wb, 'Control+Space', wb.page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'bl-story' }));
    await wb.screenshot('desktop-snippet');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.type('Save a card');

    // What the snippet should have written: the typed title, then every other placeholder's default.
    const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'templates.json'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    const story = Object.values(snippets).find((snippet) => snippet.prefix === 'bl-story');
    assert.ok(story, 'bl-story is a shipped snippet');
    const written = story.body.map((text) => text.replace(/\$\{1:[^}]*\}/g, 'Save a card').replace(/\$\{\d+:([^}]*)\}/g, '$1'));
    for (const line of written.filter((text) => text.trim() !== '').slice(0, 2)) await editorLines(wb).getByText(line).first().waitFor();
  });
});
