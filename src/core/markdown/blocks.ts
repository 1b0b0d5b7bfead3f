/** Line-level Markdown recognisers. Each takes the text and one line's [start, end) offsets and allocates nothing on a miss. */

const SPACE = 32;
const TAB = 9;

/** indexOf bounded by the line end, so a miss never scans the rest of the document. */
export function indexWithin(text: string, code: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Offset of the first non-blank character, or `end` for a blank line. */
export function firstNonBlank(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) break;
    i++;
  }
  return i;
}

/** Indentation in columns, a tab counting to the next multiple of 4 (CommonMark). */
export function indentWidth(text: string, start: number, contentStart: number): number {
  let width = 0;
  for (let i = start; i < contentStart; i++) width = text.charCodeAt(i) === TAB ? width + 4 - (width % 4) : width + 1;
  return width;
}

/** Offset past the last non-blank character. */
export function lastNonBlank(text: string, start: number, end: number): number {
  let i = end;
  while (i > start) {
    const c = text.charCodeAt(i - 1);
    if (c !== SPACE && c !== TAB) break;
    i--;
  }
  return i;
}

export interface AtxHeading {
  level: number;
  textStart: number;
  textEnd: number;
}

/** `## Title ##` → level 2 and the offsets of `Title`; needs at most 3 spaces of indent and a space after the hashes. */
export function atxHeading(text: string, contentStart: number, end: number): AtxHeading | undefined {
  let i = contentStart;
  while (i < end && text.charCodeAt(i) === 35 /* # */) i++;
  const level = i - contentStart;
  if (level < 1 || level > 6) return undefined;
  if (i < end && text.charCodeAt(i) !== SPACE && text.charCodeAt(i) !== TAB) return undefined;
  const textStart = firstNonBlank(text, i, end);
  // A trailing HTML comment is not part of the title (it does not render).
  let comment = indexWithin(text, 60 /* < */, textStart, end);
  while (comment >= 0 && !text.startsWith('<!--', comment)) comment = indexWithin(text, 60, comment + 1, end);
  let textEnd = lastNonBlank(text, textStart, comment >= 0 ? comment : end);
  // An optional closing sequence of #s, preceded by a space, is not part of the title.
  let hashes = textEnd;
  while (hashes > textStart && text.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes < textEnd && (hashes === textStart || text.charCodeAt(hashes - 1) === SPACE || text.charCodeAt(hashes - 1) === TAB)) {
    textEnd = lastNonBlank(text, textStart, hashes);
  }
  return { level, textStart, textEnd };
}

export interface Fence {
  char: number;
  length: number;
}

/** An opening code fence: 3+ backticks (no backtick in the info string) or 3+ tildes. */
export function fenceOpening(text: string, contentStart: number, end: number): Fence | undefined {
  const char = text.charCodeAt(contentStart);
  if (char !== 96 /* ` */ && char !== 126 /* ~ */) return undefined;
  let i = contentStart;
  while (i < end && text.charCodeAt(i) === char) i++;
  const length = i - contentStart;
  if (length < 3) return undefined;
  if (char === 96 && indexWithin(text, 96, i, end) >= 0) return undefined;
  return { char, length };
}

/** The line that closes `fence`: the same character, at least as many, nothing else but blanks. */
export function closesFence(text: string, contentStart: number, end: number, fence: Fence): boolean {
  let i = contentStart;
  while (i < end && text.charCodeAt(i) === fence.char) i++;
  return i - contentStart >= fence.length && firstNonBlank(text, i, end) === end;
}

/** `===` → 1, `---` → 2 (a setext underline), else 0. */
export function setextLevel(text: string, contentStart: number, end: number): number {
  const char = text.charCodeAt(contentStart);
  if (char !== 61 /* = */ && char !== 45 /* - */) return 0;
  let i = contentStart;
  while (i < end && text.charCodeAt(i) === char) i++;
  if (firstNonBlank(text, i, end) !== end) return 0;
  return char === 61 ? 1 : 2;
}

/** `---`, `***`, `___` (spaces allowed between), three or more. */
export function isThematicBreak(text: string, contentStart: number, end: number): boolean {
  const char = text.charCodeAt(contentStart);
  if (char !== 45 && char !== 42 && char !== 95) return false;
  let count = 0;
  for (let i = contentStart; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === char) count++;
    else if (c !== SPACE && c !== TAB) return false;
  }
  return count >= 3;
}

export interface ListItem {
  /** Where the item's text starts, after the marker and any checkbox. */
  contentStart: number;
  /** The `[ ]` / `[x]` of a task-list item. */
  checkbox?: { start: number; end: number };
}

/** `- `, `* `, `+ `, `1. `, `1) ` list items, with an optional `[ ]` / `[x]` checkbox. */
export function listItem(text: string, contentStart: number, end: number): ListItem | undefined {
  let i = contentStart;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    while (i < end && i - contentStart < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === contentStart || (text.charCodeAt(i) !== 46 && text.charCodeAt(i) !== 41)) return undefined;
    i++;
  }
  if (i < end && text.charCodeAt(i) !== SPACE && text.charCodeAt(i) !== TAB) return undefined;
  const after = firstNonBlank(text, i, end);
  const box = text.charCodeAt(after + 1);
  const isCheckbox = text.charCodeAt(after) === 91 && text.charCodeAt(after + 2) === 93 && (box === SPACE || box === 120 || box === 88);
  if (isCheckbox && (after + 3 === end || text.charCodeAt(after + 3) === SPACE || text.charCodeAt(after + 3) === TAB)) {
    return { contentStart: firstNonBlank(text, after + 3, end), checkbox: { start: after, end: after + 3 } };
  }
  return { contentStart: after };
}

/** `[label]: destination` — a link reference definition, nothing on it is prose. */
export function isReferenceDefinition(text: string, contentStart: number, end: number): boolean {
  if (text.charCodeAt(contentStart) !== 91 /* [ */) return false;
  const close = indexWithin(text, 93 /* ] */, contentStart + 1, end);
  return close > contentStart + 1 && text.charCodeAt(close + 1) === 58 /* : */;
}
