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
  const stories = storyLines(model);
  const headed = headedItems(model, stories);
  const items: BacklogItem[] = [];
  const claimed = new Set<number>();
  // Lines inside a headed item: a story there is that item's own, not an item of its own.
  const inHeaded = new Uint8Array(model.lineCount);
  headed.forEach(({ line, end, section, own }, index) => {
    // Headings come in document order, so a nested item heading is the next one.
    const nested = index + 1 < headed.length && headed[index + 1].line <= end;
    const others = storiesBetween(stories, line + 1, end) - (own >= 0 ? 1 : 0);
    if (nested || others > 0) return;
    if (own >= 0) claimed.add(own);
    inHeaded.fill(1, line + 1, end + 1);
    items.push({ shape: 'heading', line, end, section, hasAcceptance: acceptanceIn(model, line + 1, end, true) });
  });
  const storyAt = stories.filter((line) => !claimed.has(line) && inHeaded[line] === 0);
  storyAt.forEach((line, index) => items.push(storyItem(model, line, storyAt[index + 1])));
  items.sort((a, b) => a.line - b.line);
  coverNamedAcceptance(model, items);
  return items;
}

/**
 * Whether the document has at least `count` items. Every story line is an item or the one story of a headed
 * item, so there are at least as many items as story lines: counting those, and stopping at `count`, settles
 * most documents without finding the items.
 */
export function hasItems(model: CheckModel, count: number, items: () => readonly BacklogItem[]): boolean {
  let found = 0;
  for (let line = model.firstLine; line < model.lineCount && found < count; line++) if (isStoryLine(model, line)) found++;
  return found >= count || items().length >= count;
}

interface HeadedItem {
  line: number;
  end: number;
  section: number;
  /** The first story of the heading's own text, or -1. */
  own: number;
}

function headedItems(model: CheckModel, stories: readonly number[]): HeadedItem[] {
  const items: HeadedItem[] = [];
  model.sections.forEach((section, index) => {
    if (section.level === 0) return;
    const line = model.sectionStart[index];
    const named = isItemHeading(model.line(line).plain);
    const { from, to } = ownBody(model, index);
    const own = storiesBetween(stories, from, to) > 0 ? stories[firstAtOrAfter(stories, from)] : -1;
    // A heading whose text opens with a story paragraph names that story; one over a list of stories does not.
    // The title is an item only when it says so (`# User story: …`).
    const opensWithStory = index !== model.title && own >= 0 && own === firstTextLine(model, from, to) && model.line(own).kind === 'text';
    if (named || opensWithStory) items.push({ line, end: model.sectionEnd[index], section: index, own });
  });
  return items;
}

function firstTextLine(model: CheckModel, from: number, to: number): number {
  for (let line = from; line <= to; line++) {
    const kind = model.line(line).kind;
    if (kind === 'text' || kind === 'list') return line;
  }
  return -1;
}

const isStoryLine = (model: CheckModel, line: number): boolean => {
  const entry = model.line(line);
  return (entry.kind === 'text' || entry.kind === 'list' || entry.kind === 'row') && isStory(entry.plain);
};

/** Every line that holds a story, in order. */
function storyLines(model: CheckModel): number[] {
  const found: number[] = [];
  for (let line = model.firstLine; line < model.lineCount; line++) if (isStoryLine(model, line)) found.push(line);
  return found;
}

/** Index of the first of the sorted `lines` at or after `line` (binary search: headed items ask per section). */
function firstAtOrAfter(lines: readonly number[], line: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lines[middle] < line) low = middle + 1;
    else high = middle;
  }
  return low;
}

const storiesBetween = (stories: readonly number[], from: number, to: number): number => (to < from ? 0 : firstAtOrAfter(stories, to + 1) - firstAtOrAfter(stories, from));

/** A story in a list, a paragraph or a table row: its extent, and whether that holds criteria. */
function storyItem(model: CheckModel, line: number, nextStory: number | undefined): BacklogItem {
  const entry = model.line(line);
  if (entry.kind === 'row') return { shape: 'row', line, end: line, section: -1, hasAcceptance: rowHasAcceptance(model, line) };
  const limit = nextStory === undefined ? model.lineCount - 1 : nextStory - 1;
  const end = entry.kind === 'list' ? listItemEnd(model, line, limit) : paragraphStoryEnd(model, line, limit);
  const nested = entry.kind === 'list' && hasChildren(model, line, end);
  const hasAcceptance = nested || acceptanceIn(model, line + 1, end, false) || GIVEN_THEN.test(afterStory(entry.plain));
  return { shape: entry.kind === 'list' ? 'list' : 'paragraph', line, end, section: -1, hasAcceptance };
}

/** The text after the story sentence on its own line, where a one-line item may add "Given …, then …". */
const afterStory = (plain: string): string => plain.replace(/^[^.]*\.\s*/, '');

/** A list item runs on over its continuation lines and nested items, up to a line at its indent or less. */
function listItemEnd(model: CheckModel, line: number, limit: number): number {
  const indent = model.line(line).indent;
  let end = line;
  let blank = false;
  for (let next = line + 1; next <= limit; next++) {
    const entry = model.line(next);
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
    const entry = model.line(next);
    if (entry.kind === 'heading') break;
    if (entry.kind !== 'blank' && entry.kind !== 'skip') end = next;
  }
  return end;
}

function hasChildren(model: CheckModel, line: number, end: number): boolean {
  for (let next = line + 1; next <= end; next++) if (model.line(next).kind === 'list' && model.line(next).indent > model.line(line).indent) return true;
  return false;
}

/**
 * Criteria between two lines: a label or heading that opens them, Given / When / Then, a "Done when" part, or
 * (in a headed item) a checklist not filed under another label.
 */
function acceptanceIn(model: CheckModel, from: number, to: number, headed: boolean): boolean {
  let label = '';
  for (let line = from; line <= to && line < model.lineCount; line++) {
    const entry = model.line(line);
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
  while (header > 0 && model.line(header - 1).kind === 'row') header--;
  const columns = cells(model.line(header).plain);
  const column = columns.findIndex((cell) => ACCEPTANCE_LABEL.test(cell) || /acceptance|criteria|done/i.test(cell));
  return column >= 0 && header !== line && (cells(model.line(line).plain)[column] ?? '').trim() !== '';
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
      const have = new Set(wordsOf(model.line(item.line).plain));
      if (words.every((word) => have.has(word))) item.hasAcceptance = true;
    }
  }
}

const wordsOf = (text: string): string[] =>
  text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && !STOP_WORDS.has(word)).map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
