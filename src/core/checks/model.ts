/**
 * The document as the checks read it: one entry per line with its Markdown role and its plain text (no
 * markers, emphasis, checkboxes or HTML comments), plus the sections the engine already found. Built once per
 * analysis and shared by every check.
 */
import { closesFence, fenceOpening, firstNonBlank, indentWidth, listItem, setextLevel, type Fence } from '../markdown/blocks';
import { readFrontMatter } from '../markdown/frontMatter';
import { indexLines } from '../markdown/lines';
import type { Section } from '../types';

export type LineKind = 'blank' | 'heading' | 'list' | 'row' | 'text' | 'skip';

export interface CheckLine {
  kind: LineKind;
  /** Plain words: no list marker, checkbox, `>` quote, `#`s, `**`/`__`/`` ` `` or comment; at most MAX_PLAIN characters. */
  plain: string;
  /** Columns before the line's content (a list item's marker counts as content). */
  indent: number;
  /** Columns before a list item's content, after its marker (a checkbox is content): where a nested item starts. */
  contentIndent: number;
  ordered: boolean;
  checkbox: boolean;
  /** UTF-16 length of the line, for ranges that end at the line end. */
  length: number;
}

export interface CheckModel {
  lines: CheckLine[];
  sections: readonly Section[];
  /** Index into `sections` of the document's title heading (the first heading at the top level), or -1. */
  title: number;
  /** The first line after the front matter. */
  firstLine: number;
}

/** Long lines are read from their start only: the checks look for short statements, and this keeps them linear. */
const MAX_PLAIN = 600;

const cache = new WeakMap<readonly Section[], CheckModel>();

/** One model per analysis: the rules of one run receive the same `sections` array. */
export function checkModel(text: string, sections: readonly Section[]): CheckModel {
  let model = cache.get(sections);
  if (!model) {
    model = buildModel(text, sections);
    cache.set(sections, model);
  }
  return model;
}

function buildModel(text: string, sections: readonly Section[]): CheckModel {
  const index = indexLines(text);
  const front = readFrontMatter(text, index);
  const headingLines = new Set(sections.filter((section) => section.level > 0).map((section) => section.headingRange.start.line));
  const lines: CheckLine[] = [];
  let fence: Fence | undefined;
  let inComment = false;
  for (let line = 0; line < index.starts.length; line++) {
    const start = index.starts[line];
    const end = index.ends[line];
    const contentStart = firstNonBlank(text, start, end);
    const entry: CheckLine = { kind: 'blank', plain: '', indent: indentWidth(text, start, contentStart), contentIndent: 0, ordered: false, checkbox: false, length: end - start };
    lines.push(entry);
    if (line <= front.endLine) {
      entry.kind = 'skip';
      continue;
    }
    if (fence) {
      if (closesFence(text, contentStart, end, fence)) fence = undefined;
      entry.kind = 'skip';
      continue;
    }
    const opening = entry.indent < 4 ? fenceOpening(text, contentStart, end) : undefined;
    if (opening) {
      fence = opening;
      entry.kind = 'skip';
      continue;
    }
    const stripped = stripComments(text.slice(contentStart, Math.min(end, contentStart + MAX_PLAIN * 2)), inComment);
    inComment = stripped.open;
    const raw = stripped.text.trim();
    if (raw === '') continue;
    if (headingLines.has(line)) {
      entry.kind = 'heading';
      entry.plain = plainOf(raw.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, ''));
      continue;
    }
    if (headingLines.has(line - 1) && setextLevel(text, contentStart, end) > 0) {
      entry.kind = 'skip';
      continue;
    }
    const item = listItem(text, contentStart, end);
    const quoted = raw.replace(/^(>\s?)+/, '');
    if (item) {
      entry.kind = 'list';
      entry.ordered = /^\d/.test(raw);
      entry.checkbox = item.checkbox !== undefined;
      const marker = /^(?:[-*+]|\d{1,9}[.)])\s+/.exec(raw)?.[0].length ?? 2;
      entry.contentIndent = entry.indent + marker;
      entry.plain = plainOf(raw.replace(/^(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, ''));
    } else if (quoted.startsWith('|')) {
      entry.kind = 'row';
      entry.plain = plainOf(quoted);
    } else {
      entry.kind = 'text';
      entry.plain = plainOf(quoted);
    }
  }
  const title = sections.findIndex((section) => section.level > 0);
  return { lines, sections, title, firstLine: front.endLine + 1 };
}

/** Removes `<!-- … -->` comments, which do not render; `open` says a comment runs on past the line. */
function stripComments(line: string, inComment: boolean): { text: string; open: boolean } {
  if (!inComment && !line.includes('<!--')) return { text: line, open: false };
  let out = '';
  let at = 0;
  let open = inComment;
  while (at < line.length) {
    if (open) {
      const close = line.indexOf('-->', at);
      if (close < 0) return { text: out, open: true };
      at = close + 3;
      open = false;
    } else {
      const start = line.indexOf('<!--', at);
      if (start < 0) return { text: out + line.slice(at), open: false };
      out += line.slice(at, start);
      at = start + 4;
      open = true;
    }
  }
  return { text: out, open };
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
  const section = model.sections[sectionIndex];
  const from = section.level === 0 ? section.range.start.line : section.headingRange.start.line + 1;
  const next = model.sections[sectionIndex + 1];
  const to = next && next.range.start.line <= section.range.end.line ? next.range.start.line - 1 : section.range.end.line;
  return { from, to };
}

/** The plain text of the lines from..to that are prose, list items or table rows. */
export function textOf(model: CheckModel, from: number, to: number): string[] {
  const out: string[] = [];
  for (let line = Math.max(from, 0); line <= to && line < model.lines.length; line++) {
    const entry = model.lines[line];
    if (entry.kind === 'text' || entry.kind === 'list' || entry.kind === 'row') out.push(entry.plain);
  }
  return out;
}

/** Whether any line from..to is prose, a list item or a table row (stops at the first). */
export function hasText(model: CheckModel, from: number, to: number): boolean {
  for (let line = Math.max(from, 0); line <= to && line < model.lines.length; line++) {
    const kind = model.lines[line].kind;
    if (kind === 'text' || kind === 'list' || kind === 'row') return true;
  }
  return false;
}

/** The innermost section that holds a line (sections are in document order, so the last one that starts before it and still covers it). */
export function sectionAt(model: CheckModel, line: number): number {
  for (let index = model.sections.length - 1; index >= 0; index--) {
    const range = model.sections[index].range;
    if (range.start.line <= line && line <= range.end.line) return index;
  }
  return -1;
}
