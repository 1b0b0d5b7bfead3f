import * as assert from 'node:assert/strict';
import { workbenchPerTest } from './workbench';

const EXPLAIN = 'Backlog Lens: Explain Product Owner vs Product Manager';

describe('coverage checklist (browser)', () => {
  const workbench = workbenchPerTest();

  it('ticks what a sprint plan answers, adds the missing Sprint Goal from its button, and links each role to its teaching text', async () => {
    const wb = workbench();
    await wb.openFile('sprint-plan.md');
    // More room for the editor and the explainer, side by side.
    await wb.runCommand('View: Toggle Primary Side Bar Visibility');
    await wb.runCommand(EXPLAIN);
    const view = wb.webview();
    await view.getByRole('tab', { name: 'Your document' }).click();
    const checklist = view.locator('#document-view .coverage');
    await checklist.waitFor();
    assert.equal((await checklist.locator('h3').textContent())?.trim(), 'What your document answers');

    // A sprint plan: the Product Owner side is checked; it states no Sprint Goal and its one story has no criteria.
    const po = checklist.locator('.coverage-group.po');
    assert.equal(await po.evaluate((group) => group.classList.contains('checked')), true);
    assert.equal(await checklist.locator('.coverage-group.pm').evaluate((group) => group.classList.contains('checked')), false);
    const row = (piece: string) => po.locator(`.coverage-item[data-piece="${piece}"]`);
    assert.equal(await row('goal').getAttribute('class'), 'coverage-item missing');
    assert.match((await row('goal').textContent()) ?? '', /Sprint Goal.*What makes this Sprint worth doing\?/);
    assert.equal(await row('goal').locator('.tick').getAttribute('aria-label'), 'Missing');
    assert.match((await row('acceptance').textContent()) ?? '', /0 of 1 items have them/);
    assert.equal(await row('order').getAttribute('class'), 'coverage-item notNeeded');
    await checklist.evaluate((section) => {
      const masthead = document.querySelector('.masthead')?.getBoundingClientRect().height ?? 0;
      window.scrollTo(0, window.scrollY + section.getBoundingClientRect().top - masthead - 8);
    });
    await wb.settle();
    await wb.screenshot('explainer-coverage-before');

    await row('goal').getByRole('button', { name: 'Add a Sprint Goal' }).click();
    // The goal lands in the editor under the title, and the row is ticked once the lens has read it.
    await wb.page.locator('.editor-group-container .view-lines', { hasText: /Sprint\sGoal:\sSprint\s1/ }).first().waitFor();
    await po.locator('.coverage-item.answered[data-piece="goal"]').waitFor();
    assert.match((await row('goal').textContent()) ?? '', /Answered on line 3\./);
    assert.equal(await row('goal').getByRole('button', { name: 'Add a Sprint Goal' }).count(), 0);
    await checklist.evaluate((section) => {
      const masthead = document.querySelector('.masthead')?.getBoundingClientRect().height ?? 0;
      window.scrollTo(0, window.scrollY + section.getBoundingClientRect().top - masthead - 8);
    });
    await wb.settle();
    await wb.screenshot('explainer-coverage');

    // Each side links to what that role answers for, on the first tab.
    await checklist.locator('.coverage-group.pm .coverage-learn').click();
    const belowMasthead = () =>
      view.locator('#product-manager').evaluate((heading) => {
        const top = heading.getBoundingClientRect().top;
        return top >= (document.querySelector('.masthead')?.getBoundingClientRect().bottom ?? 0) && top < window.innerHeight;
      });
    let inView = await belowMasthead();
    for (let tries = 0; !inView && tries < 20; tries++) {
      await wb.page.waitForTimeout(100);
      inView = await belowMasthead();
    }
    assert.equal(inView, true, 'the Product Manager heading is scrolled into view, below the sticky masthead');
    await wb.screenshot('explainer-coverage-learn');
    assert.deepEqual(wb.dialogs, []);
  });
});
