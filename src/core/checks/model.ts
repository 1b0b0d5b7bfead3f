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

/** A line's entry. Its plain text is worked out when a check first reads it: most lines are only ever asked their kind. */
class Line implements CheckLine {
  kind: LineKind = 'blank';
  contentIndent = 0;
  ordered = false;
  checkbox = false;
  /** The line without comments and blanks around it (and, for a row or prose, without its `>` quote marks). */
  source = '';
  private cached: string | undefined;

  constructor(
    readonly indent: number,
    readonly length: number,
  ) {}

  get plain(): string {
    return (this.cached ??= plainOf(withoutMarker(this.kind, this.source)));
  }
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

const cache = new WeakMap<readonly Section[], { text: string; model: CheckModel }>();

/**
 * One model per analysis: the rules of one run receive the same `sections` array and text. The text is part of
 * the key, so sections handed in again with other text (a caller's newer copy) are read afresh.
 */
export function checkModel(text: string, sections: readonly Section[], lines?: Lines): CheckModel {
  const cached = cache.get(sections);
  if (cached?.text === text) return cached.model;
  const model = buildModel(text, sections, lines ?? indexLines(text));
  cache.set(sections, { text, model });
  return model;
}

/** An empty line, and any line outside the document: one shared entry, so a run of blank lines allocates nothing. */
const BLANK = new Line(0, 0);

/**
 * Lines are classified in order, and only as far as a check reads: most checks stop at the first line that
 * answers them, so a long document that answers early is never read to its end. Only lines with content get
 * an entry of their own; `slots` maps each line read to its entry, or to -1 for the shared blank one.
 */
function buildModel(text: string, sections: readonly Section[], index: Lines): CheckModel {
  const lineCount = index.starts.length;
  const headingLines = new Uint8Array(lineCount);
  const sectionStart = new Int32Array(sections.length);
  const sectionEnd = new Int32Array(sections.length);
  sections.forEach((section, index) => {
    const { start, end } = section.range;
    sectionStart[index] = start.line;
    sectionEnd[index] = end.line;
    if (section.level > 0) headingLines[start.line] = 1;
  });
  const reader: Reader = { text, index, frontEnd: readFrontMatter(text, index).endLine, headingLines, fence: undefined, inComment: false };
  const entries: Line[] = [];
  const slots = new Int32Array(lineCount);
  let read = 0;
  const line = (at: number): CheckLine => {
    if (at < 0 || at >= lineCount) return BLANK;
    for (; read <= at; read++) {
      const entry = readLine(reader, read);
      slots[read] = entry === BLANK ? -1 : entries.push(entry) - 1;
    }
    return slots[at] < 0 ? BLANK : entries[slots[at]];
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

function readLine(state: Reader, line: number): Line {
  const { text, headingLines } = state;
  const start = state.index.starts[line];
  const end = state.index.ends[line];
  if (start === end && line > state.frontEnd && !state.fence) return BLANK;
  const contentStart = firstNonBlank(text, start, end);
  const entry = new Line(indentWidth(text, start, contentStart), end - start);
  if (line <= state.frontEnd) {
    entry.kind = 'skip';
    return entry;
  }
  if (state.fence) {
    if (closesFence(text, contentStart, end, state.fence)) state.fence = undefined;
    entry.kind = 'skip';
    return entry;
  }
  const opening = entry.indent < 4 ? fenceOpening(text, contentStart, end) : undefined;
  if (opening) {
    state.fence = opening;
    entry.kind = 'skip';
    return entry;
  }
  const raw = stripComments(text.slice(contentStart, Math.min(end, contentStart + MAX_PLAIN * 2)), state).trim();
  if (raw === '') return entry;
  if (headingLines[line]) {
    entry.kind = 'heading';
    entry.source = raw;
    return entry;
  }
  if (headingLines[line - 1] && setextLevel(text, contentStart, end) > 0) {
    entry.kind = 'skip';
    return entry;
  }
  entry.source = raw;
  const item = listItem(text, contentStart, end);
  if (item) {
    entry.kind = 'list';
    entry.ordered = /^\d/.test(raw);
    entry.checkbox = item.checkbox !== undefined;
    const marker = /^(?:[-*+]|\d{1,9}[.)])\s+/.exec(raw)?.[0].length ?? 2;
    entry.contentIndent = entry.indent + marker;
    return entry;
  }
  // Only a quote has marks to drop: test before rewriting.
  if (raw.startsWith('>')) entry.source = raw.replace(/^(>\s?)+/, '');
  entry.kind = entry.source.startsWith('|') ? 'row' : 'text';
  return entry;
}

/** Removes `<!-- … -->` comments, which do not render; `state.inComment` says a comment runs on past the line. */
function stripComments(line: string, state: Reader): string {
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
