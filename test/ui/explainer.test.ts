import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage } from 'playwright-core';
import { analyze } from '../../src/core';
import { ARTICLE } from '../../src/extension/explainer/sources';
import { fixtures, updateReadmeScreenshots, workbenchPerTest, type Workbench } from './workbench';

const EXPLAIN = 'Backlog Lens: Explain Product Owner vs Product Manager';

describe('explainer (browser)', () => {
  const workbench = workbenchPerTest();
  let wb: Workbench;
  let consoleLines: string[];

  beforeEach(() => {
    wb = workbench();
    consoleLines = [];
    // Console output of every frame, webviews included: a blocked alert() or inline script would be reported here.
    wb.page.on('console', (message: ConsoleMessage) => consoleLines.push(message.text()));
  });

  async function openExplainer(): Promise<void> {
    await wb.runCommand(EXPLAIN);
    await wb.webview().locator('h1').waitFor();
  }

  async function showTab(name: string): Promise<void> {
    const tab = wb.webview().getByRole('tab', { name });
    await tab.click();
    assert.equal(await tab.getAttribute('aria-selected'), 'true');
  }

  const visibleHeadings = () => wb.webview().locator('.panel:not([hidden]) h2').allTextContents();

  it('opens from the command palette with its tabs and section headings', async () => {
    await openExplainer();
    const view = wb.webview();
    assert.equal((await view.locator('h1').textContent())?.trim(), 'Product Owner or Product Manager?');
    assert.deepEqual(await view.getByRole('tab').allTextContents(), ['The two roles', 'Side by side', 'Which am I?', 'The nuance', 'Your document', 'Your workspace']);

    const headings = (await visibleHeadings()).map((h) => h.replace(/^(PO|PM)\s+/, '').trim());
    assert.deepEqual(headings, ['The Product Owner', 'The Product Manager']);
    await showTab('Side by side');
    assert.deepEqual(await visibleHeadings(), ['Side by side']);
    assert.equal(await view.locator('table.compare tbody tr').count(), 5);
    await showTab('Which am I?');
    assert.deepEqual(await visibleHeadings(), ['Which am I?', 'Only one of you?']);
    await showTab('The nuance');
    assert.deepEqual(await visibleHeadings(), ['The nuance']);
    assert.match((await view.locator('.panel:not([hidden])').textContent()) ?? '', /sole discretion of the Developers/);
    await showTab('Your document');
    assert.deepEqual(await visibleHeadings(), ['Your document']);
    // No planning document is open in this fresh workbench: the tab says how to get one.
    assert.match((await view.locator('#document-view').textContent()) ?? '', /No planning document is open/);
    assert.equal(await view.locator('button[data-template]').count(), 3);
  });

  it('the tabs and the self-check work with the keyboard alone', async () => {
    await openExplainer();
    const view = wb.webview();
    await view.getByRole('tab', { name: 'The two roles' }).focus();
    await wb.page.keyboard.press('ArrowRight');
    await wb.page.keyboard.press('ArrowRight');
    const selfCheck = view.getByRole('tab', { name: 'Which am I?' });
    assert.equal(await selfCheck.getAttribute('aria-selected'), 'true');
    assert.equal(await selfCheck.evaluate((el) => el === document.activeElement), true);
    // Tab moves into the panel, then to the first statement; Space ticks it.
    await wb.page.keyboard.press('Tab');
    await wb.page.keyboard.press('Tab');
    await wb.page.keyboard.press('Space');
    const first = view.locator('.self-check input').first();
    assert.equal(await first.isChecked(), true);
    assert.equal(await first.evaluate((el) => el.matches(':focus-visible')), true, 'the focused checkbox shows its focus');
  });

  it('completes the self-check by clicking and shows a lean with an explanation', async () => {
    await openExplainer();
    await showTab('Which am I?');
    const view = wb.webview();
    const lean = view.locator('#self-check-lean');
    assert.match((await lean.textContent()) ?? '', /Tick the statements/);

    // Click the labels of the four Product Manager statements.
    const pmStatements = view.locator('.statement:has(input[data-side="pm"]) label');
    assert.equal(await pmStatements.count(), 4);
    for (const label of await pmStatements.all()) await label.click();
    assert.equal((await lean.textContent())?.trim(), 'You lean Product Manager.');
    assert.match((await view.locator('#self-check-explanation').textContent()) ?? '', /who, what and why/);
    assert.match((await view.locator('#self-check-tally').textContent()) ?? '', /0 of 4 Product Owner statements, 4 of 4 Product Manager/);

    // Add three Product Owner statements: now both hats.
    const poStatements = await view.locator('.statement:has(input[data-side="po"]) label').all();
    for (const label of poStatements.slice(0, 3)) await label.click();
    assert.equal((await lean.textContent())?.trim(), 'You wear both hats.');

    await view.getByRole('button', { name: 'Clear my answers' }).click();
    assert.equal(await view.locator('.self-check input:checked').count(), 0);
    assert.match((await lean.textContent()) ?? '', /Tick the statements/);
  });

  it('shows hostile headings from "Your document" as literal text, and nothing runs', async () => {
    await wb.openFile('hostile-backlog.md');
    await openExplainer();
    await showTab('Your document');
    const view = wb.webview();
    const list = view.locator('#document-view .section-list');
    await list.waitFor();
    const headings = await list.locator('.heading-text').allTextContents();
    const all = headings.join('\n');
    for (const literal of ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', 'javascript:alert(3)', '<b>not bold</b>']) {
      assert.ok(all.includes(literal), `expected the literal ${literal} among the headings:\n${all}`);
    }
    assert.match((await view.locator('.document-name').textContent()) ?? '', /hostile-backlog\.md/);

    // No element was injected anywhere in the webview, and nothing tried to run.
    for (const selector of ['img', 'b', 'a[href^="javascript"]', 'iframe', 'object', 'embed']) {
      assert.equal(await view.locator(selector).count(), 0, `no ${selector} in the webview`);
    }
    assert.equal(await view.locator('#document-view script').count(), 0);
    // Executable scripts: none carries document text. The state block holds it as JSON, with every `<` escaped.
    const scripts = await view.locator('script:not([type="application/json"])').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    assert.deepEqual(scripts.filter((script) => /alert\(\d\)/.test(script)), []);
    const stateBlock = (await view.locator('script#initial-state').textContent()) ?? '';
    assert.ok(!stateBlock.includes('<'), 'the initial state escapes <');
    await wb.page.waitForTimeout(500);
    assert.deepEqual(wb.dialogs, []);
    // VS Code's tokenizer, when the machine is slow, logs the line it gave up on: that quotes the heading, it runs nothing.
    const suspicious = consoleLines.filter((line) => /alert|Ignored call|Content Security Policy|Refused to/i.test(line) && !line.startsWith('Time limit reached when tokenizing line'));
    assert.deepEqual(suspicious, []);

    // Selecting a section moves the editor's cursor to its heading.
    const second = list.locator('.section-heading').nth(1);
    const line = Number(await second.getAttribute('data-line'));
    await second.click();
    await wb.page.locator('.statusbar-item', { hasText: `Ln ${line + 1}, Col 1` }).first().waitFor();
  });

  it('opens the source article in the browser, outside the workbench, from every tab that cites it', async () => {
    await openExplainer();
    const view = wb.webview();
    // Offline: the article's address answers from here, so the new tab has something to load.
    await wb.context.route(`${ARTICLE.url}*`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>article</title>' }));
    for (const tab of ['Which am I?', 'The nuance']) {
      await showTab(tab);
      const link = view.locator(`.panel:not([hidden]) a[href="${ARTICLE.url}"]`);
      assert.equal(await link.count(), 1, `${tab} links the article`);
      assert.equal((await link.textContent())?.trim(), ARTICLE.title);
      const [opened] = await Promise.all([wb.context.waitForEvent('page'), link.click()]);
      await opened.waitForLoadState();
      assert.equal(opened.url(), ARTICLE.url);
      await opened.close();
    }
    // The workbench stayed where it was, with the explainer open.
    assert.equal(await view.getByRole('tab', { name: 'The nuance' }).getAttribute('aria-selected'), 'true');
  });

  it('survives a window reload on the same tab, with the self-check answers kept', async () => {
    await openExplainer();
    await showTab('Which am I?');
    const view = wb.webview();
    await view.locator('.statement label').first().click();
    await showTab('The nuance');
    await wb.runCommand('Developer: Reload Window');
    await wb.page.locator('.monaco-workbench').waitFor();
    // The serializer brings the panel back; its script restores the tab and the answers with getState.
    const nuance = wb.webview().getByRole('tab', { name: 'The nuance' });
    await nuance.waitFor({ timeout: 60_000 });
    assert.equal(await nuance.getAttribute('aria-selected'), 'true');
    assert.deepEqual(await visibleHeadings(), ['The nuance']);
    assert.equal(await wb.webview().locator('.self-check input:checked').count(), 1);
  });

  it('draws "Your document" in light, dark and high-contrast themes (screenshots), each bar as its label says', async () => {
    const file = 'checkout-backlog.md';
    const sections = analyze(readFileSync(join(fixtures, file), 'utf8')).sections;
    assert.ok(sections.some((section) => section.lean === 'unclear'), 'the fixture has a section without a lean');
    await wb.openFile(file);
    await openExplainer();
    await showTab('Your document');
    // More room for the editor and the explainer, side by side.
    await wb.runCommand('View: Toggle Primary Side Bar Visibility');
    const view = wb.webview();
    await view.locator('#document-view .section-list').waitFor();
    const labels = await view.locator('.section .lean-label').allTextContents();
    assert.ok(labels.some((label) => /PM/.test(label)) && labels.some((label) => /PO/.test(label)), `both sides appear: ${labels.join(' | ')}`);

    // A label and its bar tell one story: no lean shows no share and no coloured segment (the unit tests cover
    // a section with some evidence, which once read "Too little to tell · PM 0%" over a full PO bar); a lean
    // shows its side's share, and that side's segment is that wide.
    const drawn = await view.locator('.section, .whole').evaluateAll((nodes) =>
      nodes.map((node) => ({
        lean: [...node.classList].find((name) => name.startsWith('lean-')),
        label: node.querySelector('.lean-label')?.textContent ?? '',
        rects: [...node.querySelectorAll('.bar rect')].map((rect) => ({ side: rect.getAttribute('class'), width: Number(rect.getAttribute('width')) })),
      })),
    );
    assert.equal(drawn.filter((item) => item.lean === 'lean-unclear').length, sections.filter((section) => section.lean === 'unclear').length, JSON.stringify(drawn));
    for (const item of drawn) {
      if (item.lean === 'lean-unclear') {
        assert.doesNotMatch(item.label, /%/, item.label);
        assert.deepEqual(item.rects.map((rect) => rect.side), ['none'], item.label);
        continue;
      }
      const claim = /\b(PO|PM) (\d+)%/.exec(item.label);
      assert.ok(claim, item.label);
      const width = item.rects.find((rect) => rect.side === claim[1].toLowerCase())?.width;
      assert.equal(width, Number(claim[2]), `${item.label}: ${JSON.stringify(item.rects)}`);
    }

    const shots: Record<string, string> = {};
    for (const [theme, name] of [
      ['Light Modern', 'explainer-light'],
      ['Dark Modern', 'explainer-dark'],
      ['Dark High Contrast', 'explainer-high-contrast'],
    ] as const) {
      await wb.setTheme(theme);
      // Both sides of the document bar are painted, in two different colours, in every theme.
      const fills = await view.locator('.whole .bar rect').evaluateAll((rects) => rects.map((rect) => getComputedStyle(rect).fill));
      assert.equal(fills.length, 2);
      assert.ok(new Set(fills).size === 2 && fills.every((fill) => fill !== 'none' && !fill.endsWith(', 0)')), `${theme}: ${fills.join(', ')}`);
      await wb.clearNotifications();
      await wb.settle();
      shots[name] = await wb.screenshot(name);
    }
    updateReadmeScreenshots({ 'explainer-light': shots['explainer-light'], 'explainer-dark': shots['explainer-dark'] });
  });
});
