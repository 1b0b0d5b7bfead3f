import { parseDirective } from './directives';
import { SectionCollector } from './evidence/collector';
import type { ScannedSection } from './evidence/section';
import type { EvidenceStore } from './evidence/store';
import { matchTokens } from './evidence/match';
import { findStories, type StoryMatch } from './evidence/stories';
import { TokenBuffer } from './evidence/tokens';
import type { Lexicon, Term } from './lexicon/lexicon';
import { foldCase, isWordChar } from './lexicon/words';
import {
  atxHeading, closesFence, fenceOpening, firstNonBlank, indentWidth, isReferenceDefinition, isThematicBreak, lastNonBlank, listItem,
  setextLevel, type Fence,
} from './markdown/blocks';
import { readFrontMatter, type FrontMatter } from './markdown/frontMatter';
import { scanInline, type InlineSink } from './markdown/inline';
import { indexLines, type Lines } from './markdown/lines';
import { Suppressions } from './suppressions';

export interface StoryDraft extends StoryMatch {
  section: ScannedSection;
  startOffset: number;
  startLine: number;
}

export interface ScanResult {
  lines: Lines;
  frontMatter: FrontMatter;
  sections: ScannedSection[];
  /** Every section's evidence, in document order. */
  evidence: EvidenceStore;
  stories: StoryDraft[];
  suppressions: Suppressions;
}

type Previous = 'blank' | 'paragraph' | 'other';

/**
 * The single pass over the document: a line scanner for block structure (front matter, fences, indented
 * code, headings, lists, comments), an inline scanner for words, and the lexicon lookup, all feeding the
 * section collector. Hand-written rather than a CommonMark parser: it needs only where prose is, and a full
 * parse costs far more than the vocabulary scan itself (see `npm run bench`).
 */
export function scanDocument(text: string, lexicon: Lexicon): ScanResult {
  const lines = indexLines(text);
  // Words are sliced from one lower-cased copy, unless lower-casing changed the length (rare scripts).
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : undefined;
  // Block structure is read from the lower-cased copy too when there is one: a flat string reads faster.
  const source = lower ?? text;
  const frontMatter = readFrontMatter(text, lines);
  const sections = new SectionCollector({ text, lines, repeatDamping: lexicon.scoring.repeatDamping }, lexicon.termCount);
  const { cues } = lexicon;
  const suppressions = new Suppressions();
  const tokens = new TokenBuffer(lexicon.vocabulary, text, lower);
  const stories: StoryDraft[] = [];
  const sink: InlineSink = {
    comment: (body, line) => {
      const directive = parseDirective(body);
      if (!directive) return;
      literals(); // The line's terms before the directive go with the words it flushes, in document order.
      flush(false);
      suppressions.apply(directive, line);
    },
    cue: (name, start, end) => cue(cues[name], start, end),
    runs: lexicon.literals.length ? [] : undefined,
  };

  /** The role of each story in the paragraph (`As a <role>, I want`): story syntax, not evidence of a market. */
  const roles: number[] = [];

  const addMatch = (term: Term, first: number, last: number): void => sections.add(term, tokens.starts[first], tokens.ends[last]);
  const addStoryCue = (term: Term, first: number): void => sections.addAhead(term, tokens.starts[first], tokens.ends[first + 1]);

  function flush(heading: boolean): void {
    if (tokens.length === 0) return;
    if (!suppressions.blind) {
      if (roles.length) roles.length = 0;
      if (!heading) findStories(tokens, text, lines, onStory);
      matchTokens(tokens, lexicon, text, roles, addMatch);
      sections.section.words += tokens.length;
    }
    tokens.clear();
    sections.settle();
  }

  function onStory(story: StoryMatch): void {
    roles.push(story.first, story.roleEnd);
    // Found before the paragraph's words are matched: held back like the inline cues.
    addStoryCue(cues['user story'], story.first);
    if (story.value >= 0) addStoryCue(cues['so that'], story.value);
    const { first, roleEnd, last, value, endOffset, endLine } = story;
    stories.push({ first, roleEnd, last, value, endOffset, endLine, section: sections.section, startOffset: tokens.starts[first], startLine: tokens.lines[first] });
  }

  function cue(term: Term, start: number, end: number): void {
    if (!suppressions.blind) sections.addAhead(term, start, end);
  }

  /** Prose on one line from `from`: words into the buffer; returns where an unclosed comment's text starts, or -1. */
  function prose(from: number, end: number, line: number): number {
    const before = tokens.length;
    const open = inline(from, end, line);
    if (tokens.length > before) sections.section.hasProse = true;
    return open;
  }

  /** Words of one line's inline text, and the user's literal terms among them (headings included). */
  function inline(from: number, end: number, line: number): number {
    tokens.reserve((end - from + 1) >> 1);
    const open = scanInline(text, lower, from, end, line, tokens, sink);
    literals();
    return open;
  }

  /** The user's literal terms in the prose runs read so far on the line; the runs are then done with. */
  function literals(): void {
    const runs = sink.runs;
    if (!runs?.length) return;
    if (!suppressions.blind) matchLiterals(text, runs, lexicon, cue);
    runs.length = 0;
  }

  const lineCount = lines.starts.length;
  let fence: Fence | undefined;
  let commentClose = -1;
  let previous: Previous = 'blank';
  let inList = false;
  for (let line = frontMatter.endLine + 1; line < lineCount; line++) {
    let start = lines.starts[line];
    const end = lines.ends[line];
    if (commentClose >= 0) {
      if (commentClose >= end) continue;
      start = commentClose + 3;
      commentClose = -1;
    }
    const contentStart = firstNonBlank(source, start, end);
    if (fence) {
      if (closesFence(source, contentStart, end, fence)) fence = undefined;
      continue;
    }
    if (contentStart === end) {
      flush(false);
      previous = 'blank';
      continue;
    }
    const indent = indentWidth(source, start, contentStart);
    if (indent >= 4 && previous !== 'paragraph' && !inList) {
      flush(false); // indented code
      previous = 'other';
      continue;
    }
    const opening = indent < 4 || inList ? fenceOpening(source, contentStart, end) : undefined;
    if (opening) {
      flush(false);
      cue(cues['code block'], contentStart, lastNonBlank(source, contentStart, end));
      fence = opening;
      previous = 'other';
      continue;
    }
    if (indent < 4) {
      const atx = atxHeading(source, contentStart, end);
      const setext = atx ? 0 : setextUnderline(line);
      if (atx || setext) {
        flush(false);
        const level = atx ? atx.level : setext;
        const textStart = atx ? atx.textStart : contentStart;
        const textEnd = atx ? atx.textEnd : lastNonBlank(source, contentStart, end);
        suppressions.heading(level, line);
        sections.heading(level, line, textStart, textEnd);
        inline(textStart, textEnd, line);
        flush(true);
        if (setext) line++;
        previous = 'other';
        inList = false;
        continue;
      }
      if (isThematicBreak(source, contentStart, end) || isReferenceDefinition(source, contentStart, end)) {
        flush(false);
        previous = 'other';
        continue;
      }
    }
    let from = contentStart;
    while (source.charCodeAt(from) === 62 /* > blockquote */) from = firstNonBlank(source, from + 1, end);
    if (from > contentStart) cue(cues['block quote'], contentStart, contentStart + 1);
    const item = listItem(source, from, end);
    if (item) {
      flush(false);
      inList = true;
      if (item.checkbox) cue(cues['task checkbox'], item.checkbox.start, item.checkbox.end);
      else cue(cues['list item'], from, lastNonBlank(source, from, item.contentStart));
      from = item.contentStart;
    } else if (source.charCodeAt(from) === 124 /* | table row */) {
      flush(false);
      cue(cues['table row'], from, from + 1);
    } else if (previous === 'blank') {
      flush(false);
      inList = inList && indent >= 2;
    }
    const given = givenAt(from, end);
    if (given >= 0) cue(cues['given/when/then'], given, given + 5);
    const open = prose(from, end, line);
    if (open >= 0) {
      commentClose = text.indexOf('-->', open);
      if (commentClose < 0) break; // The rest of the document is inside a comment.
      const body = text.slice(open, commentClose);
      const directive = parseDirective(body);
      if (directive) {
        flush(false);
        suppressions.apply(directive, line);
      }
    }
    // A line that is only a comment ends like an HTML block: a setext heading may follow it.
    const commentOnly = source.startsWith('<!--', from) && source.indexOf('-->', from + 4) + 3 === lastNonBlank(source, from, end);
    previous = commentOnly ? 'other' : 'paragraph';
  }
  flush(false);
  tokens.release();
  suppressions.finish(lineCount - 1);
  return { lines, frontMatter, sections: sections.finish(), evidence: sections.evidence, stories, suppressions };

  /** A one-line paragraph followed by `===` or `---` is a setext heading; returns its level or 0. */
  function setextUnderline(line: number): number {
    if (previous === 'paragraph' || inList || line + 1 >= lineCount) return 0;
    const start = lines.starts[line];
    const first = source.charCodeAt(firstNonBlank(source, start, lines.ends[line]));
    if (first === 62 || first === 124 || first === 60) return 0; // blockquote, table, HTML
    if (listItem(source, firstNonBlank(source, start, lines.ends[line]), lines.ends[line])) return 0;
    const nextStart = lines.starts[line + 1];
    const nextEnd = lines.ends[line + 1];
    const nextContent = firstNonBlank(source, nextStart, nextEnd);
    if (nextContent === nextEnd || indentWidth(source, nextStart, nextContent) >= 4) return 0;
    return setextLevel(source, nextContent, nextEnd);
  }


  /** `Given` opening a line (after emphasis markers): the start of an acceptance scenario. */
  function givenAt(from: number, end: number): number {
    let i = from;
    while (i < end && (source.charCodeAt(i) === 42 || source.charCodeAt(i) === 95)) i++;
    if (end - i <= 6 || isWordChar(text.charCodeAt(i + 5))) return -1;
    return (lower ? lower.startsWith('given', i) : text.slice(i, i + 5).toLowerCase() === 'given') ? i : -1;
  }
}

/** Literal user terms (`c++`, `a.*b`) in the prose runs of one line, whole words only, case-insensitive (`foldCase` keeps offsets). */
function matchLiterals(text: string, runs: number[], lexicon: Lexicon, emit: (term: Term, start: number, end: number) => void): void {
  for (let r = 0; r < runs.length; r += 2) {
    const from = runs[r];
    const to = runs[r + 1];
    if (to <= from) continue;
    const lower = foldCase(text.slice(from, to));
    for (const { needle, term } of lexicon.literals) {
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
        const start = from + at;
        const end = start + needle.length;
        if (isTermBoundary(text.charCodeAt(start - 1)) && isTermBoundary(text.charCodeAt(end))) emit(term, start, end);
      }
    }
  }
}

/** Symbols that extend a literal term (`c++` is not found in `c+++`); sentence punctuation does not. */
const TERM_SYMBOLS = new Set([...'+#*&@/\\-_=~^|<>%$'].map((char) => char.charCodeAt(0)));

/** A neighbour that ends a literal term: the text's edge, a blank or punctuation, not a letter, digit or symbol. */
function isTermBoundary(code: number): boolean {
  return Number.isNaN(code) || (!isWordChar(code) && !(code >= 48 && code <= 57) && !TERM_SYMBOLS.has(code));
}
