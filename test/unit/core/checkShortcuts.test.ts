// The shortcuts that keep the role checks cheap: they must give the answers the full search gives.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../../src/core';
import { isStory } from '../../../src/core/checks/items';
import { checkModel, type CheckModel } from '../../../src/core/checks/model';
import { checkReport, type CheckReport } from '../../../src/core/checks/report';

const FIXTURES = join(__dirname, '../../fixtures/checks');
const fixtures = [FIXTURES, join(FIXTURES, 'held-out')].flatMap((folder) =>
  readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => readFileSync(join(folder, name), 'utf8')));

/** Documents where stories and headed items meet: a story under its own heading, a container over stories, a row. */
const TRICKY = [
  '# Checkout backlog\n\n## Story: guest checkout\n\nAs a shopper, I want guest checkout, so that I need no account.\n\n- [ ] No password asked\n',
  '# Checkout backlog\n\n## Feature: wallets\n\n### Story: pay by wallet\n\nAs a shopper, I want to pay by wallet, so that I skip the card form.\n\n### PBI-7 Save the address\n\nAs a shopper, I want to save my address, so that I type less.\n',
  '# Releases\n\n## Bug: double charge\n\n- As a shopper, I want one charge, so that I trust the shop.\n- As a clerk, I want to refund, so that I can fix mistakes.\n',
  '# Backlog\n\n| Story | Acceptance |\n| --- | --- |\n| As a buyer, I want an invoice, so that I can claim it. | PDF sent |\n',
];

const analysed = (text: string) => {
  const analysis = analyze(text);
  return { analysis, report: checkReport(text, analysis.sections, analysis.document.lean, analysis.expect) };
};

const storyLineCount = (model: CheckModel): number => {
  let count = 0;
  for (let line = 0; line < model.lineCount; line++) {
    const entry = model.line(line);
    if ((entry.kind === 'text' || entry.kind === 'list' || entry.kind === 'row') && isStory(entry.plain)) count++;
  }
  return count;
};

describe('role checks: the shortcuts give the full answers', () => {
  it('there are never fewer items than lines with a story (the shape is settled by counting those)', () => {
    for (const text of [...fixtures, ...TRICKY]) {
      const { report } = analysed(text);
      assert.ok(report.items.length >= storyLineCount(report.model), text.split('\n')[0]);
    }
  });

  it('the answers do not depend on which is asked first', () => {
    for (const text of [...fixtures, ...TRICKY]) {
      const allPieces = ({ pieces }: CheckReport) => ({ customer: pieces.customer, problem: pieces.problem, objective: pieces.objective, measure: pieces.measure });
      const pieces = analysed(text).report;
      const piecesFirst = [allPieces(pieces), pieces.goal, pieces.ordered, pieces.items];
      const items = analysed(text).report;
      const itemsFirst = [items.items, items.ordered, items.goal, allPieces(items)];
      assert.deepStrictEqual([piecesFirst[3], piecesFirst[2], piecesFirst[1], piecesFirst[0]], itemsFirst, text.split('\n')[0]);
    }
  });

  it('a line reads the same whether the lines before it were read or not', () => {
    for (const text of [...fixtures, ...TRICKY]) {
      const { analysis } = analysed(text);
      const inOrder = checkModel(text, analysis.sections);
      const lastFirst = checkModel(text, [...analysis.sections]);
      const view = (model: CheckModel, line: number) => {
        const { kind, plain, indent, contentIndent, ordered, checkbox, length } = model.line(line);
        return { kind, plain, indent, contentIndent, ordered, checkbox, length };
      };
      for (let line = lastFirst.lineCount - 1; line >= 0; line--) lastFirst.line(line);
      for (let line = 0; line < inOrder.lineCount; line++) assert.deepStrictEqual(view(lastFirst, line), view(inOrder, line));
      assert.strictEqual(inOrder.line(inOrder.lineCount).kind, 'blank', 'past the end reads as blank');
    }
  });

  it('the same sections with other text are read from that text, not from the model of the first', () => {
    const before = '# Checkout backlog\n\nProduct Goal: pay in a minute.\n';
    const after = '# Checkout backlog\n\nSome notes on the week.\n';
    const { sections } = analyze(before);
    assert.strictEqual(checkModel(before, sections).line(2).plain, 'Product Goal: pay in a minute.');
    assert.strictEqual(checkModel(after, sections).line(2).plain, 'Some notes on the week.');
    assert.strictEqual(checkModel(after, sections), checkModel(after, sections), 'one model while the text stays the same');
  });
});
