/**
 * The quick fix of each role check: which piece of the template library to insert, and where. Snippet syntax
 * (`${1:default}`), ready for the editor; positions are 0-based like the findings'.
 */
import { findTemplate } from '../templates';
import type { Lean, Position, Section, Side } from '../types';
import { PIECE_NAMES, type BriefPiece } from './brief';
import { coverageOf, pieceOf } from './coverage';
import type { BacklogItem } from './items';
import { sectionAt, type CheckModel } from './model';
import type { PieceId } from './pieces';
import { checkReport, type CheckReport } from './report';

export interface CheckFix {
  piece: PieceId;
  /** What the fix adds, in words: `Product Goal`, `acceptance criteria`. */
  name: string;
  position: Position;
  snippet: string;
}

/** The piece each rule's fix inserts. A Map, so that a name like `constructor` finds nothing. */
const RULE_PIECES: ReadonlyMap<string, PieceId> = new Map<string, PieceId>([
  ['backlog-without-goal', 'goal'],
  ['item-without-acceptance', 'acceptance'],
  ['unordered-backlog', 'order'],
  ['brief-without-customer', 'customer'],
  ['brief-without-problem', 'problem'],
  ['brief-without-objective', 'objective'],
  ['brief-without-measure', 'measure'],
]);
/** The `bl-brief` section that answers each piece, in the order a brief asks them. */
const BRIEF_SECTIONS: Record<BriefPiece, string> = { customer: 'Who', problem: 'What', objective: 'Why', measure: 'Success metrics' };
const BRIEF_ORDER: readonly BriefPiece[] = ['customer', 'problem', 'objective', 'measure'];

export interface FixInput {
  text: string;
  sections: readonly Section[];
  lean: Lean;
  expect: Side | undefined;
}

/** The fix for a finding of `rule` that starts on `line`, or undefined when the rule has none here. */
export function checkFix(rule: string, line: number, input: FixInput): CheckFix | undefined {
  const piece = RULE_PIECES.get(rule);
  if (!piece) return undefined;
  const report = checkReport(input.text, input.sections, input.lean, input.expect);
  if (piece !== 'acceptance') return wholeDocumentFix(report, piece);
  const item = report.items.find((candidate) => candidate.line === line);
  return item && acceptanceFix(report.model, item);
}

/**
 * The fix behind a checklist button, even where no rule asked; undefined when the text as it is now leaves
 * nothing to insert (the piece is answered or not needed): the button may have been drawn for older text.
 */
export function coverageFix(piece: PieceId, input: FixInput): CheckFix | undefined {
  const report = checkReport(input.text, input.sections, input.lean, input.expect);
  if (!pieceOf(coverageOf(report), piece).insertable) return undefined;
  if (piece !== 'acceptance') return wholeDocumentFix(report, piece);
  const item = report.items.find((candidate) => !candidate.hasAcceptance);
  return item && acceptanceFix(report.model, item);
}

function wholeDocumentFix(report: CheckReport, piece: Exclude<PieceId, 'acceptance'>): CheckFix {
  if (piece === 'goal') return goalFix(report);
  if (piece === 'order') return orderFix(report);
  return briefFix(report, piece);
}

/** The goal template, without its list of deliverables, as a section right under the title. */
function goalFix(report: CheckReport): CheckFix {
  const sprint = report.po === 'sprint';
  const body = templateUntil(sprint ? 'sprint-goal' : 'goal', sprint ? '## Items selected' : '## What the backlog');
  return { piece: 'goal', name: sprint ? 'Sprint Goal' : 'Product Goal', ...afterTitle(report.model, shiftHeadings(body, childLevel(report.model) - 1)) };
}

function orderFix(report: CheckReport): CheckFix {
  const model = report.model;
  const first = report.items[0];
  const holder = first ? parentSection(model, first) : -1;
  const snippet = 'Ordered by ${1|value to customers,cost of delay,risk|}, highest first.';
  if (holder < 0 || holder === model.title) return { piece: 'order', name: 'order', ...afterTitle(model, snippet) };
  return { piece: 'order', name: 'order', ...afterLine(model, model.sections[holder].headingRange.start.line, snippet) };
}

/** Given / When / Then from `bl-story`: a sub-heading under a headed item, a nested list under a listed story, a label after a paragraph. */
function acceptanceFix(model: CheckModel, item: BacklogItem): CheckFix | undefined {
  const criteria = numbered(templateBetween('story', '- **Given**', '- **Then**'));
  const last = lastTextLine(model, item.line, item.end);
  if (item.shape === 'row') return undefined;
  if (item.shape === 'list') {
    const indent = ' '.repeat(model.line(item.line).contentIndent);
    const nested = criteria.split('\n').map((line) => indent + line).join('\n');
    return { piece: 'acceptance', name: 'acceptance criteria', position: endOf(model, last), snippet: `\n${nested}` };
  }
  if (item.shape === 'heading') {
    const level = Math.min(model.sections[item.section].level + 1, 6);
    return { piece: 'acceptance', name: 'acceptance criteria', ...afterLine(model, ownBodyEnd(model, item), `${'#'.repeat(level)} Acceptance criteria\n\n${criteria}`) };
  }
  return { piece: 'acceptance', name: 'acceptance criteria', ...afterLine(model, last, `Acceptance criteria:\n\n${criteria}`) };
}

/**
 * A `bl-brief` section, one level under the title, after the section that holds the piece asked before it
 * (who, then what, then why, then how it is measured), else right after the title's own text.
 */
function briefFix(report: CheckReport, piece: BriefPiece): CheckFix {
  const model = report.model;
  const level = childLevel(model);
  const body = shiftHeadings(templateSection('brief', `## ${BRIEF_SECTIONS[piece]}`), level - 2);
  const earlier = BRIEF_ORDER.slice(0, BRIEF_ORDER.indexOf(piece)).map((before) => report.pieces[before]).filter((line) => line >= 0);
  const anchor = earlier.length > 0 ? topSection(model, Math.max(...earlier)) : -1;
  const fix = anchor < 0 ? afterTitleText(model, body) : afterLine(model, lastTextLine(model, model.sections[anchor].range.start.line, model.sections[anchor].range.end.line), body);
  return { piece, name: PIECE_NAMES[piece], ...fix };
}

// Template slices ---------------------------------------------------------------------------------------------

function templateLines(id: string): string[] {
  const template = findTemplate(id);
  if (!template) throw new Error(`checks/fixes: no template "${id}"`);
  return template.body.split('\n');
}

/** The template from its start up to the line that starts with `stop`, trailing blanks dropped. */
function templateUntil(id: string, stop: string): string {
  const lines = templateLines(id);
  const end = lines.findIndex((line) => line.startsWith(stop));
  return numbered(trimBlank(lines.slice(0, end < 0 ? lines.length : end)).join('\n'));
}

/** One `## ` section of a template, heading included. */
function templateSection(id: string, heading: string): string {
  const lines = templateLines(id);
  const start = lines.indexOf(heading);
  const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return numbered(trimBlank(lines.slice(start, next < 0 ? lines.length : next).filter((line) => line !== '$0')).join('\n'));
}

/** The lines from the first that starts with `from` to the first after it that starts with `to`. */
function templateBetween(id: string, from: string, to: string): string {
  const lines = templateLines(id);
  const start = lines.findIndex((line) => line.startsWith(from));
  const end = lines.findIndex((line, index) => index > start && line.startsWith(to));
  return lines.slice(start, end + 1).join('\n');
}

const trimBlank = (lines: string[]): string[] => {
  let end = lines.length;
  while (end > 0 && (lines[end - 1].trim() === '' || lines[end - 1] === '$0')) end--;
  return lines.slice(0, end);
};

/** Tabstops renumbered from 1 in order of appearance, so a slice of a template tabs through in order. */
function numbered(snippet: string): string {
  const order = new Map<string, number>();
  return snippet.replace(/\$\{(\d+)([:|])|\$(\d+)/g, (_match, braced: string | undefined, kind: string | undefined, bare: string | undefined) => {
    const old = braced ?? bare ?? '';
    if (old === '0') return _match;
    if (!order.has(old)) order.set(old, order.size + 1);
    return braced ? `\${${order.get(old)}${kind}` : `$${order.get(old)}`;
  });
}

/** `#` headings moved `by` levels down (a template's `# Title` becomes a section of the document). */
function shiftHeadings(snippet: string, by: number): string {
  return snippet.replace(/^(#{1,6}) /gm, (_match, hashes: string) => `${'#'.repeat(Math.min(hashes.length + by, 6))} `);
}

// Places ------------------------------------------------------------------------------------------------------

/** The level of the title's sections: one under the title, 2 without one. */
function childLevel(model: CheckModel): number {
  return model.title >= 0 ? Math.min(model.sections[model.title].level + 1, 6) : 2;
}

/** Right under the title's heading (and its setext underline), or at the top of a document without one. */
function afterTitle(model: CheckModel, block: string): { position: Position; snippet: string } {
  if (model.title < 0) return { position: { line: model.firstLine, character: 0 }, snippet: `${block}\n\n` };
  const heading = model.sections[model.title].headingRange.start.line;
  const underline = model.line(heading + 1).kind === 'skip' && heading + 1 <= model.sections[model.title].range.end.line ? heading + 1 : heading;
  return afterLine(model, underline, block);
}

/** After the title's own text, before its first subsection. */
function afterTitleText(model: CheckModel, block: string): { position: Position; snippet: string } {
  if (model.title < 0) return afterLine(model, lastTextLine(model, model.firstLine, model.lineCount - 1), block);
  const title = model.sections[model.title];
  const next = model.sections[model.title + 1];
  const end = next && next.range.start.line <= title.range.end.line ? next.range.start.line - 1 : title.range.end.line;
  const last = lastTextLine(model, title.headingRange.start.line + 1, end);
  return last < 0 ? afterTitle(model, block) : afterLine(model, last, block);
}

/** A block after a line, set off by blank lines on both sides. */
function afterLine(model: CheckModel, line: number, block: string): { position: Position; snippet: string } {
  const tail = model.line(line + 1).kind !== 'blank' ? '\n' : '';
  return { position: endOf(model, line), snippet: `\n\n${block}${tail}` };
}

const endOf = (model: CheckModel, line: number): Position => ({ line, character: model.line(line).length });

/** The last line from..to that is not blank, or `from - 1`'s heading when all are. */
function lastTextLine(model: CheckModel, from: number, to: number): number {
  for (let line = Math.min(to, model.lineCount - 1); line >= from; line--) if (model.line(line).kind !== 'blank') return line;
  return Math.max(from - 1, 0);
}

/** Where a headed item's own text ends, before its first subsection. */
function ownBodyEnd(model: CheckModel, item: BacklogItem): number {
  const next = model.sections[item.section + 1];
  const end = next && next.range.start.line <= item.end ? next.range.start.line - 1 : item.end;
  return lastTextLine(model, item.line + 1, end);
}

/** The section just above an item: a headed item's parent, or the section a listed story sits in. */
function parentSection(model: CheckModel, item: BacklogItem): number {
  if (item.shape !== 'heading') return sectionAt(model, item.line);
  const level = model.sections[item.section].level;
  for (let index = item.section - 1; index >= 0; index--) if (model.sections[index].level < level) return index;
  return -1;
}

/** The outermost section under the title that holds a line; -1 when the line is the title's own text. */
function topSection(model: CheckModel, line: number): number {
  const titleLevel = model.title >= 0 ? model.sections[model.title].level : 0;
  let found = -1;
  for (let index = 0; index < model.sections.length; index++) {
    const section = model.sections[index];
    if (section.level <= titleLevel || model.sectionStart[index] > line || model.sectionEnd[index] < line) continue;
    if (found < 0 || section.level < model.sections[found].level) found = index;
  }
  return found;
}
