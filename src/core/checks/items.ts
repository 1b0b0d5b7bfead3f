/**
 * Backlog items and whether each states acceptance criteria. An item is a user or job story (in a list, a
 * paragraph or a table row) or a heading that names one (`Story: …`, `PBI-12 …`, `Bug: …`, or a heading whose
 * text opens with a story). One-line tasks are not items here: they are the team's plan, not the backlog.
 */
import { ownBody, type CheckModel } from './model';

export type ItemShape = 'heading' | 'list' | 'paragraph' | 'row';

export interface BacklogItem {
  shape: ItemShape;
  /** The line that names the item: its heading, or the story's line. */
  line: number;
  /** The last line that belongs to the item. */
  end: number;
  /** Index into the sections, for headed items. */
  section: number;
  hasAcceptance: boolean;
}

const STORY = /\bas (?:an?|the) [^,.;:!?]{1,80}?,? I(?: would like| 'd like|'d like| want| need| wish| can| should| must| expect)\b/i;
const JOB_STORY = /^when [^.]{2,120}?, I (?:want|need)\b/i;
const ITEM_HEADING = /^(?:(?:user |job )?story|backlog item|item|pbi|feature|bug|defect|spike|enabler)\b\s*#?\d*\s*(?::|-\s|–|—|\.\s)/i;
const ITEM_KEY = /^(?:[A-Z][A-Z0-9]{0,9}-\d+|#\d+)\b/;
/** A line that opens acceptance criteria, or is one. */
const ACCEPTANCE_LABEL = /^(?:acceptance(?: criteria| tests?)?|a\/?c|criteria|conditions of satisfaction|done when|definition of done|exit criteria|success criteria|expected(?: result| behaviou?r)?|how to (?:test|verify)|test cases?|scenarios?)\b/i;
// Also the German, French and Spanish names of acceptance criteria.
const ACCEPTANCE_ANYWHERE = /\b(?:done when|acceptance criteria|acceptance:|expected:|akzeptanzkriterien|critères d'acceptation|criterios de aceptación)/i;
const GIVEN_THEN = /^(?:given|then)\b|\bgiven\b.*\bthen\b|\bwhen\b.*\bthen\b/i;
/** Lists under these labels are not criteria. */
const OTHER_LABEL = /^(?:notes?|tasks?|sub-?tasks|dependencies|links|open questions|questions|risks|steps(?: to reproduce)?|out of scope|design|references|implementation)\b/i;
/** `## Acceptance criteria: guest checkout` covers the item whose words include `guest checkout`. */
const NAMED_ACCEPTANCE = /^(?:acceptance criteria|acceptance tests?|ac)\s*(?:for\s+|[:\-–—]\s*)(.+)$/i;
const STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'for', 'and', 'or', 'in', 'on', 'my', 'i', 'as', 'by', 'with']);

export const isStory = (plain: string): boolean => STORY.test(plain) || JOB_STORY.test(plain);

export function isItemHeading(plain: string): boolean {
  return ITEM_HEADING.test(plain) || ITEM_KEY.test(plain) || isStory(plain);
}

/** Every item of the document, in order. Containers (a `Feature:` heading whose children are items) are left out. */
export function findItems(model: CheckModel): BacklogItem[] {
  const headed = headedItems(model);
  const items: BacklogItem[] = [];
  const claimed = new Set<number>();
  // Lines inside a headed item: a story there is that item's own, not an item of its own.
  const inHeaded = new Uint8Array(model.lines.length);
  headed.forEach((item, index) => {
    // Headings come in document order, so a nested item heading is the next one.
    const nested = index + 1 < headed.length && headed[index + 1].line <= item.end;
    const own = firstStoryOfOwnBody(model, item.section);
    const others = storyLines(model, item.line + 1, item.end).filter((line) => line !== own);
    if (nested || others.length > 0) return;
    if (own >= 0) claimed.add(own);
    inHeaded.fill(1, item.line + 1, item.end + 1);
    items.push(item);
  });
  const storyAt = storyLines(model, model.firstLine, model.lines.length - 1).filter((line) => !claimed.has(line) && inHeaded[line] === 0);
  storyAt.forEach((line, index) => items.push(storyItem(model, line, storyAt[index + 1])));
  items.sort((a, b) => a.line - b.line);
  coverNamedAcceptance(model, items);
  return items;
}

function headedItems(model: CheckModel): BacklogItem[] {
  const items: BacklogItem[] = [];
  model.sections.forEach((section, index) => {
    if (section.level === 0) return;
    const line = section.headingRange.start.line;
    const named = isItemHeading(model.lines[line]?.plain ?? '');
    const story = firstStoryOfOwnBody(model, index);
    // A heading whose text opens with a story paragraph names that story; one over a list of stories does not.
    // The title is an item only when it says so (`# User story: …`).
    const opensWithStory = index !== model.title && story >= 0 && story === firstTextLine(model, index) && model.lines[story].kind === 'text';
    if (!named && !opensWithStory) return;
    const end = section.range.end.line;
    items.push({ shape: 'heading', line, end, section: index, hasAcceptance: acceptanceIn(model, line + 1, end, true) });
  });
  return items;
}

function firstTextLine(model: CheckModel, sectionIndex: number): number {
  const { from, to } = ownBody(model, sectionIndex);
  for (let line = from; line <= to; line++) if (['text', 'list'].includes(model.lines[line].kind)) return line;
  return -1;
}

function firstStoryOfOwnBody(model: CheckModel, sectionIndex: number): number {
  const { from, to } = ownBody(model, sectionIndex);
  return storyLines(model, from, to)[0] ?? -1;
}

function storyLines(model: CheckModel, from: number, to: number): number[] {
  const found: number[] = [];
  for (let line = from; line <= to && line < model.lines.length; line++) {
    const entry = model.lines[line];
    if ((entry.kind === 'text' || entry.kind === 'list' || entry.kind === 'row') && isStory(entry.plain)) found.push(line);
  }
  return found;
}

/** A story in a list, a paragraph or a table row: its extent, and whether that holds criteria. */
function storyItem(model: CheckModel, line: number, nextStory: number | undefined): BacklogItem {
  const entry = model.lines[line];
  if (entry.kind === 'row') return { shape: 'row', line, end: line, section: -1, hasAcceptance: rowHasAcceptance(model, line) };
  const limit = nextStory === undefined ? model.lines.length - 1 : nextStory - 1;
  const end = entry.kind === 'list' ? listItemEnd(model, line, limit) : paragraphStoryEnd(model, line, limit);
  const nested = entry.kind === 'list' && hasChildren(model, line, end);
  const hasAcceptance = nested || acceptanceIn(model, line + 1, end, false) || GIVEN_THEN.test(afterStory(entry.plain));
  return { shape: entry.kind === 'list' ? 'list' : 'paragraph', line, end, section: -1, hasAcceptance };
}

/** The text after the story sentence on its own line, where a one-line item may add "Given …, then …". */
const afterStory = (plain: string): string => plain.replace(/^[^.]*\.\s*/, '');

/** A list item runs on over its continuation lines and nested items, up to a line at its indent or less. */
function listItemEnd(model: CheckModel, line: number, limit: number): number {
  const indent = model.lines[line].indent;
  let end = line;
  let blank = false;
  for (let next = line + 1; next <= limit; next++) {
    const entry = model.lines[next];
    if (entry.kind === 'blank' || entry.kind === 'skip') {
      blank = true;
      continue;
    }
    if (entry.kind === 'heading' || entry.indent <= indent && (entry.kind === 'list' || blank)) break;
    end = next;
    blank = false;
  }
  return end;
}

/** A story paragraph owns what follows it up to the next heading or story: its criteria come right after it. */
function paragraphStoryEnd(model: CheckModel, line: number, limit: number): number {
  let end = line;
  for (let next = line + 1; next <= limit; next++) {
    const entry = model.lines[next];
    if (entry.kind === 'heading') break;
    if (entry.kind !== 'blank' && entry.kind !== 'skip') end = next;
  }
  return end;
}

function hasChildren(model: CheckModel, line: number, end: number): boolean {
  for (let next = line + 1; next <= end; next++) if (model.lines[next].kind === 'list' && model.lines[next].indent > model.lines[line].indent) return true;
  return false;
}

/**
 * Criteria between two lines: a label or heading that opens them, Given / When / Then, a "Done when" part, or
 * (in a headed item) a checklist not filed under another label.
 */
function acceptanceIn(model: CheckModel, from: number, to: number, headed: boolean): boolean {
  let label = '';
  for (let line = from; line <= to && line < model.lines.length; line++) {
    const entry = model.lines[line];
    if (entry.kind === 'blank' || entry.kind === 'skip') continue;
    const plain = entry.plain;
    if (ACCEPTANCE_LABEL.test(plain) || ACCEPTANCE_ANYWHERE.test(plain) || GIVEN_THEN.test(plain)) return true;
    if (entry.kind === 'list') {
      if (headed && entry.checkbox && !OTHER_LABEL.test(label)) return true;
    } else label = plain;
  }
  return false;
}

function rowHasAcceptance(model: CheckModel, line: number): boolean {
  let header = line - 1;
  while (header > 0 && model.lines[header - 1].kind === 'row') header--;
  const columns = cells(model.lines[header].plain);
  const column = columns.findIndex((cell) => ACCEPTANCE_LABEL.test(cell) || /acceptance|criteria|done/i.test(cell));
  return column >= 0 && header !== line && (cells(model.lines[line].plain)[column] ?? '').trim() !== '';
}

const cells = (row: string): string[] => row.replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());

/** Criteria kept in their own section, named after the item they cover. */
function coverNamedAcceptance(model: CheckModel, items: BacklogItem[]): void {
  for (const section of model.sections) {
    const name = NAMED_ACCEPTANCE.exec(section.heading.trim())?.[1];
    if (!name) continue;
    const words = wordsOf(name);
    if (words.length === 0) continue;
    for (const item of items) {
      if (item.hasAcceptance) continue;
      const have = new Set(wordsOf(model.lines[item.line].plain));
      if (words.every((word) => have.has(word))) item.hasAcceptance = true;
    }
  }
}

const wordsOf = (text: string): string[] =>
  text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && !STOP_WORDS.has(word)).map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
