import * as assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { templates } from '../../src/core/templates';
import { root, workbenchPerTest, type Workbench } from './workbench';

describe('Insert Template (browser)', () => {
  const workbench = workbenchPerTest();

  /** Opens a planning doc and the Insert Template picker on an empty last line. */
  async function openPicker(): Promise<Workbench> {
    const wb = workbench();
    await wb.openFile('sprint-plan.md');
    await wb.page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
    await wb.page.keyboard.press('Control+End');
    await wb.page.keyboard.press('Enter');
    // Not runCommand(): the command replaces the palette with its own picker instead of closing it.
    await wb.page.keyboard.press('F1');
    await wb.quickInput.locator('input').fill('>Backlog Lens: Insert Template');
    await wb.quickInput.locator('.monaco-list-row').filter({ hasText: 'Insert Template' }).first().click();
    await wb.quickInput.locator('.monaco-list-row').filter({ hasText: templates[0].label }).first().waitFor();
    return wb;
  }

  it('lists every template in the command palette and inserts the chosen one as a live snippet', async () => {
    const wb = await openPicker();
    const rows = wb.quickInput.locator('.monaco-list-row');
    const listed = (await rows.allTextContents()).join('\n');
    const visible = templates.slice(0, 5);
    for (const template of visible) assert.ok(listed.includes(template.label), `${template.label} is listed:\n${listed}`);
    await wb.page.mouse.move(1270, 790);
    const shot = await wb.screenshot('insert-template');
    if (process.env.BACKLOG_LENS_UPDATE_SCREENSHOTS === '1') copyFileSync(shot, join(root, 'media/screenshots/templates.png'));

    const goal = templates.find((template) => template.id === 'goal');
    assert.ok(goal);
    await wb.quickInput.locator('input').fill(goal.label);
    await rows.filter({ hasText: goal.label }).first().click();
    await wb.quickInput.waitFor({ state: 'hidden' });
    // The snippet's first tabstop is selected: typing replaces its default.
    await wb.page.keyboard.type('Faster checkout');
    const editor = wb.page.locator('.editor-group-container.active .monaco-editor .view-lines');
    await editor.getByText('# Product Goal: Faster checkout').first().waitFor();
  });

  it('ranks User story first when the writer types "story"', async () => {
    const wb = await openPicker();
    const story = templates.find((template) => template.id === 'story');
    assert.ok(story);
    await wb.quickInput.locator('input').fill('story');
    const rows = wb.quickInput.locator('.monaco-list-row');
    await rows.filter({ hasText: 'Product Goal' }).first().waitFor({ state: 'detached' });
    assert.strictEqual((await rows.first().locator('.label-name').first().textContent())?.trim(), story.label);
    // Enter takes the first row: the user story's heading, its first placeholder selected, arrives in the editor.
    await wb.page.keyboard.press('Enter');
    await wb.quickInput.waitFor({ state: 'hidden' });
    const heading = story.body.split('\n')[0].replace(/\$\{\d+:([^}]*)\}/g, '$1');
    await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').getByText(heading).first().waitFor();
  });
});
