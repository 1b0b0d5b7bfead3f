/**
 * The document as the checks read it: one entry per line with its Markdown role and its plain text (no
 * markers, emphasis, checkboxes or HTML comments), plus the sections the engine already found. One per
 * analysis, shared by every check, and read only as far as the checks ask.
 */
import { closesFence, fenceOpening, firstNonBlank, indentWidth, listItem, setextLevel, type Fence } from '../markdown/blocks';
import { readFrontMatter } from '../markdown/frontMatter';
import { indexLines, type Lines } from '../markdown/lines';
import type { Section } from '../types';

export type LineKind = 'blank' | 'heading' | 'list' | 'row' | 'text' | 'skip';

export interface CheckLine {
  readonly kind: LineKind;
  /** Plain words: no list marker, checkbox, `>` quote, `#`s, `**`/`__`/`` ` `` or comment; at most MAX_PLAIN characters. */
  readonly plain: string;
  /** Columns before the line's content (a list item's marker counts as content). */
  readonly indent: number;
  /** Columns before a list item's content, after its marker (a checkbox is content): where a nested item starts. */
  readonly contentIndent: number;
  readonly ordered: boolean;
  readonly checkbox: boolean;
  /** UTF-16 length of the line, for ranges that end at the line end. */
  readonly length: number;
}

function withoutMarker(kind: LineKind, source: string): string {
  if (kind === 'heading') return source.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '');
  if (kind === 'list') return source.replace(/^(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '');
  return source;
}

export interface CheckModel {
  /** The line's entry, classified on first use; lines outside the document read as blank. */
  line(index: number): CheckLine;
  readonly lineCount: number;
  readonly sections: readonly Section[];
  /**
   * Each section's first line (its heading's) and last line, by index into `sections`: read once, as numbers,
   * since a section builds its ranges afresh each time they are read.
   */
  readonly sectionStart: Int32Array;
  readonly sectionEnd: Int32Array;
  /** Index into `sections` of the document's title heading (the first heading at the top level), or -1. */
  readonly title: number;
  /** The first line after the front matter. */
  readonly firstLine: number;
}

/** Long lines are read from their start only: the checks look for short statements, and this keeps them linear. */
const MAX_PLAIN = 600;

/**
 * The last model made. One, not a weak map by analysis: an entry per analysis made the garbage collector copy
 * each analysis's objects, young, until a full collection.
 */
let last: { text: string; sections: readonly Section[]; model: CheckModel } | undefined;

/**
 * One model per analysis: the rules of one run receive the same `sections` array and text, and the quick fixes
 * and the checklist of the document analysed last ask with them again. The text is part of the key, so sections
 * handed in again with other text (a caller's newer copy) are read afresh.
 */
export function checkModel(text: string, sections: readonly Section[], lines?: Lines): CheckModel {
  if (last?.sections === sections && last.text === text) return last.model;
  last = { text, sections, model: buildModel(text, sections, lines ?? indexLines(text)) };
  return last.model;
}

/** Any line outside the document. */
const OUTSIDE: CheckLine = { kind: 'blank', plain: '', indent: 0, contentIndent: 0, ordered: false, checkbox: false, length: 0 };

/**
 * Lines are classified in order, and only as far as a check reads: most checks stop at the first line that
 * answers them, so a long document that answers early is never read to its end.
 */
function buildModel(text: string, sections: readonly Section[], index: Lines): CheckModel {
  const lineCount = index.starts.length;
  const headingLines = new Uint8Array(lineCount);
  const sectionStart = new Int32Array(sections.length);
  const sectionEnd = new Int32Array(sections.length);
  sections.forEach((section, at) => {
    const { start, end } = section.range;
    sectionStart[at] = start.line;
    sectionEnd[at] = end.line;
    if (section.level > 0) headingLines[start.line] = 1;
  });
  const reader: Reader = { text, index, frontEnd: readFrontMatter(text, index).endLine, headingLines, fence: undefined, inComment: false };
  const table = new LineTable(reader);
  const line = (at: number): CheckLine => {
    if (at < 0 || at >= lineCount) return OUTSIDE;
    for (; table.read <= at; table.read++) readLine(table, table.read);
    return new LineView(table, at);
  };
  const title = sections.findIndex((section) => section.level > 0);
  return { line, lineCount, sections, sectionStart, sectionEnd, title, firstLine: reader.frontEnd + 1 };
}

/** What reading a line needs: the text, and what the lines before it left open (a code fence, a comment). */
interface Reader {
  readonly text: string;
  readonly index: Lines;
  /** The front matter's last line, or -1. */
  readonly frontEnd: number;
  /** 1 at each line that is a section's heading. */
  readonly headingLines: Uint8Array;
  fence: Fence | undefined;
  inComment: boolean;
}

/** A line's kind in the table is its index here (a blank line is 0, the table's default). */
const KINDS: readonly LineKind[] = ['blank', 'heading', 'list', 'row', 'text', 'skip'];
const [HEADING, LIST, ROW, TEXT, SKIP] = (['heading', 'list', 'row', 'text', 'skip'] as const).map((kind) => KINDS.indexOf(kind));
// Bits of `LineTable.flags`.
const ORDERED = 1;
const CHECKBOX = 2;
/** The line starts inside a comment opened on an earlier line. */
const IN_COMMENT = 4;
/** A prose line or row inside a `>` quote: its marks are not part of its text. */
const QUOTED = 8;

/**
 * The lines read so far, as numbers: a document of headings has an entry a line, and as objects they would be
 * hundreds of thousands for the garbage collector to walk. A line's plain text is worked out when a check
 * first reads it, and kept.
 */
class LineTable {
  read = 0;
  readonly kinds: Uint8Array;
  readonly indents: Int32Array;
  readonly contentIndents: Int32Array;
  readonly flags: Uint8Array;
  /** By line, its plain text once worked out: an array, not a map, as a document of headings reads every line. */
  private readonly plains: (string | undefined)[];

  constructor(readonly reader: Reader) {
    const count = reader.index.starts.length;
    this.kinds = new Uint8Array(count);
    this.indents = new Int32Array(count);
    this.contentIndents = new Int32Array(count);
    this.flags = new Uint8Array(count);
    this.plains = new Array<string | undefined>(count);
  }

  plain(at: number): string {
    return (this.plains[at] ??= plainOf(this.source(at)));
  }

  /** The line without comments and blanks around it, and without its list marker, `#`s or `>` quote marks. */
  private source(at: number): string {
    const kind = KINDS[this.kinds[at]];
    if (kind === 'blank' || kind === 'skip') return '';
    const raw = rawText(this.reader, at, { inComment: (this.flags[at] & IN_COMMENT) !== 0 });
    return this.flags[at] & QUOTED ? raw.replace(/^(>\s?)+/, '') : withoutMarker(kind, raw);
  }
}

/** One line of the table as the checks read it, made on each `line()` call. */
class LineView implements CheckLine {
  constructor(
    private readonly table: LineTable,
    private readonly at: number,
  ) {}

  get kind(): LineKind {
    return KINDS[this.table.kinds[this.at]];
  }

  get plain(): string {
    return this.table.plain(this.at);
  }

  get indent(): number {
    return this.table.indents[this.at];
  }

  get contentIndent(): number {
    return this.table.contentIndents[this.at];
  }

  get ordered(): boolean {
    return (this.table.flags[this.at] & ORDERED) !== 0;
  }

  get checkbox(): boolean {
    return (this.table.flags[this.at] & CHECKBOX) !== 0;
  }

  get length(): number {
    const { starts, ends } = this.table.reader.index;
    return ends[this.at] - starts[this.at];
  }
}

/** The line's text after its indent, comments removed and trimmed; `state.inComment` says whether it starts inside one, and is left as it ends. */
function rawText(reader: Reader, line: number, state: { inComment: boolean }): string {
  const { text, index } = reader;
  const end = index.ends[line];
  const contentStart = firstNonBlank(text, index.starts[line], end);
  return stripComments(text.slice(contentStart, Math.min(end, contentStart + MAX_PLAIN * 2)), state).trim();
}

/** Classifies one line into the table; lines are read in order, as fences and comments carry over. */
function readLine(table: LineTable, line: number): void {
  const { reader } = table;
  const start = reader.index.starts[line];
  const end = reader.index.ends[line];
  if (start === end && line > reader.frontEnd && !reader.fence) return; // blank: the table's zeros
  const contentStart = firstNonBlank(reader.text, start, end);
  table.indents[line] = indentWidth(reader.text, start, contentStart);
  table.kinds[line] = kindOf(table, line, contentStart, end);
}

function kindOf(table: LineTable, line: number, contentStart: number, end: number): number {
  const { reader } = table;
  const { text, headingLines } = reader;
  if (line <= reader.frontEnd) return SKIP;
  if (reader.fence) {
    if (closesFence(text, contentStart, end, reader.fence)) reader.fence = undefined;
    return SKIP;
  }
  const opening = table.indents[line] < 4 ? fenceOpening(text, contentStart, end) : undefined;
  if (opening) {
    reader.fence = opening;
    return SKIP;
  }
  if (reader.inComment) table.flags[line] |= IN_COMMENT;
  const raw = rawText(reader, line, reader);
  if (raw === '') return 0;
  if (headingLines[line]) return HEADING;
  if (headingLines[line - 1] && setextLevel(text, contentStart, end) > 0) return SKIP;
  const item = listItem(text, contentStart, end);
  if (item) {
    if (/^\d/.test(raw)) table.flags[line] |= ORDERED;
    if (item.checkbox !== undefined) table.flags[line] |= CHECKBOX;
    const marker = /^(?:[-*+]|\d{1,9}[.)])\s+/.exec(raw)?.[0].length ?? 2;
    table.contentIndents[line] = table.indents[line] + marker;
    return LIST;
  }
  // Only a quote has marks to drop.
  const quoted = raw.startsWith('>');
  if (quoted) table.flags[line] |= QUOTED;
  return (quoted ? raw.replace(/^(>\s?)+/, '') : raw).startsWith('|') ? ROW : TEXT;
}

/** Removes `<!-- … -->` comments, which do not render; `state.inComment` says a comment runs on past the line. */
function stripComments(line: string, state: { inComment: boolean }): string {
  if (!state.inComment && !line.includes('<!--')) return line;
  let out = '';
  let at = 0;
  while (at < line.length) {
    if (state.inComment) {
      const close = line.indexOf('-->', at);
      if (close < 0) return out;
      at = close + 3;
      state.inComment = false;
    } else {
      const start = line.indexOf('<!--', at);
      if (start < 0) return out + line.slice(at);
      out += line.slice(at, start);
      at = start + 4;
      state.inComment = true;
    }
  }
  return out;
}

/** Emphasis, code ticks and link brackets removed, blanks collapsed, cut to MAX_PLAIN. */
function plainOf(raw: string): string {
  let plain = raw.length > MAX_PLAIN ? raw.slice(0, MAX_PLAIN) : raw;
  // Most lines have no markup: test before rewriting.
  if (MARKUP.test(plain)) plain = plain.replace(/\*\*|__|`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (BLANKS.test(plain)) plain = plain.replace(/\s+/g, ' ');
  return plain.trim();
}

const MARKUP = /\*\*|__|`|\]\(/;
const BLANKS = /\s\s|\t/;

/** The lines a section holds under its own heading, before its first subsection. */
export function ownBody(model: CheckModel, sectionIndex: number): { from: number; to: number } {
  const { sectionStart, sectionEnd } = model;
  const from = model.sections[sectionIndex].level === 0 ? sectionStart[sectionIndex] : sectionStart[sectionIndex] + 1;
  const next = sectionIndex + 1;
  const to = next < sectionStart.length && sectionStart[next] <= sectionEnd[sectionIndex] ? sectionStart[next] - 1 : sectionEnd[sectionIndex];
  return { from, to };
}

/** The first line from..to that is prose, a list item or a table row (and passes `test`, if given), or -1. */
export function findText(model: CheckModel, from: number, to: number, test?: (plain: string) => boolean): number {
  for (let line = Math.max(from, 0); line <= to && line < model.lineCount; line++) {
    const entry = model.line(line);
    if ((entry.kind === 'text' || entry.kind === 'list' || entry.kind === 'row') && (!test || test(entry.plain))) return line;
  }
  return -1;
}

export const hasText = (model: CheckModel, from: number, to: number): boolean => findText(model, from, to) >= 0;

/** The innermost section that holds a line (sections are in document order, so the last one that starts before it and still covers it). */
export function sectionAt(model: CheckModel, line: number): number {
  for (let index = model.sections.length - 1; index >= 0; index--) if (model.sectionStart[index] <= line && line <= model.sectionEnd[index]) return index;
  return -1;
}
