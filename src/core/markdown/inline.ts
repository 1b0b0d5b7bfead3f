import { HASH_SEED, hashStep } from '../lexicon/wordTable';
import { isWordChar } from '../lexicon/words';
import { precedesPointWord } from '../evidence/cues';
import type { TokenBuffer } from '../evidence/tokens';
import type { InlineCueName } from '../model/model';
import { indexWithin } from './blocks';

/** What the inline scan reports besides words. */
export interface InlineSink {
  /** A complete `<!-- … -->` comment on this line, its inner text. */
  comment(body: string, line: number): void;
  /** A structural cue in the prose: a code span (backticks included), a number, a question mark… */
  cue(name: InlineCueName, start: number, end: number): void;
  /** Prose runs between skipped constructs; only collected when someone needs them (literal user terms). */
  runs?: number[];
}

/**
 * Reads the prose words of one line into `tokens` (taken from `lower`, the lower-cased text, when it has the
 * same length as `text`; otherwise each word is lower-cased on its own), skipping code spans, link targets, reference labels,
 * bare URLs, autolinks, HTML tags and comments, and reports its cues (code spans, numbers, percentages, question
 * marks, `snake_case` names, slashed paths) to `sink`. Returns the offset where an HTML comment opens without
 * closing on this line, or -1. Every search is bounded by the line and a failed one is remembered, so a
 * hostile 10 MB line stays linear.
 */
export function scanInline(text: string, lower: string | undefined, start: number, end: number, line: number, tokens: TokenBuffer, sink: InlineSink): number {
  // Characters are read from the lower-cased copy when there is one: it is a flat string, the original may not be.
  const source = lower ?? text;
  const runs = sink.runs;
  let runStart = start;
  let noGtFrom = end;
  let noParenFrom = end;
  let noBracketFrom = end;
  let noBackticks: Map<number, number> | undefined;
  let i = start;
  while (i < end) {
    let c = source.charCodeAt(i);
    // A word is read to its end here, so past this block `c` is the character after it.
    const afterWord = isWordChar(c);
    if (afterWord) {
      const url = c === 104 || c === 119 ? urlEnd(source, i, end) : -1;
      if (url > 0) {
        endRun(runs, runStart, i);
        runStart = i = url;
        continue;
      }
      // The word, in a loop of its own; its hash is made as its characters are read (the lexicon looks it up by it).
      const wordStart = i;
      let hash = HASH_SEED;
      do hash = hashStep(hash, c);
      while (++i < end && isWordChar((c = source.charCodeAt(i))));
      tokens.push(wordStart, i, line, hash);
      if (i === end) break;
    }
    if (c === 32) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57 /* digit */) {
      i = number(source, i, end, sink);
      continue;
    }
    if (c === 63 /* ? */ && (i + 1 === end || source.charCodeAt(i + 1) <= 32)) sink.cue('question mark', i, i + 1);
    if (c === 95 /* _ */ && afterWord && isWordChar(source.charCodeAt(i + 1))) {
      const nameEnd = identifierEnd(source, i, end);
      sink.cue('snake_case name', tokens.starts[tokens.length - 1], nameEnd);
      i = scanWords(source, i, nameEnd, line, tokens);
      continue;
    }
    if (c === 47 /* / */ && (afterWord || isDigit(source.charCodeAt(i - 1))) && isPathChar(source.charCodeAt(i + 1))) {
      const pathEnd = slashedEnd(source, i, end);
      sink.cue('slashed path', pathStart(source, i, start), pathEnd);
      i = scanWords(source, i, pathEnd, line, tokens);
      continue;
    }
    if (c === 96 /* ` */) {
      let run = i;
      while (run < end && source.charCodeAt(run) === 96) run++;
      const length = run - i;
      const close = run >= (noBackticks?.get(length) ?? end) ? -1 : closingBackticks(source, run, end, length);
      if (close < 0) {
        (noBackticks ??= new Map()).set(length, Math.min(run, noBackticks.get(length) ?? end));
        i = run;
      } else {
        sink.cue('inline code', i, close + length);
        endRun(runs, runStart, i);
        runStart = i = close + length;
      }
      continue;
    }
    if (c === 60 /* < */) {
      if (source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 4);
        endRun(runs, runStart, i);
        if (close < 0 || close + 3 > end) return i + 4;
        const body = text.slice(i + 4, close);
        runStart = i = close + 3; // The run before the comment first: a directive flushes what came before it.
        sink.comment(body, line);
        continue;
      }
      const next = source.charCodeAt(i + 1);
      const tagLike = isWordChar(next) || next === 47 /* / */ || next === 33 /* ! */ || next === 63; /* ? */
      const close = tagLike && i + 1 < noGtFrom ? indexWithin(source, 62 /* > */, i + 1, end) : -1;
      if (close < 0) {
        if (tagLike) noGtFrom = Math.min(noGtFrom, i + 1);
        i++;
      } else {
        endRun(runs, runStart, i);
        runStart = i = close + 1;
      }
      continue;
    }
    if (c === 93 /* ] */) {
      const next = source.charCodeAt(i + 1);
      if (next === 40 /* ( */ && i + 2 < noParenFrom) {
        const close = closingParen(source, i + 2, end);
        if (close < 0) noParenFrom = i + 2;
        else {
          endRun(runs, runStart, i + 1);
          runStart = i = close + 1;
          continue;
        }
      } else if (next === 91 /* [ */ && i + 2 < noBracketFrom) {
        const close = indexWithin(source, 93, i + 2, end);
        if (close < 0) noBracketFrom = i + 2;
        else {
          endRun(runs, runStart, i + 1);
          runStart = i = close + 1;
          continue;
        }
      }
    }
    i++;
  }
  if (runs) runs.push(runStart, end);
  return -1;
}

/** Ends the prose run at `from`, where a skipped construct starts (when runs are collected). */
function endRun(runs: number[] | undefined, runStart: number, from: number): void {
  if (runs) runs.push(runStart, from);
}

/** A number in prose: a number cue, or a percentage when `%` follows. Returns where it ends. */
function number(source: string, i: number, end: number, sink: InlineSink): number {
  let j = i;
  while (j < end && (isDigit(source.charCodeAt(j)) || (source.charCodeAt(j) === 46 /* . */ && isDigit(source.charCodeAt(j + 1))))) j++;
  // Glued to a word (`v2`), or an estimate (`3 points`: a story-points cue of its own).
  if (isGlued(source.charCodeAt(i - 1)) || isGlued(source.charCodeAt(j)) || precedesPointWord(source, j)) return j;
  const percent = source.charCodeAt(j) === 37 ? j : source.charCodeAt(j) === 32 && source.charCodeAt(j + 1) === 37 ? j + 1 : -1;
  if (percent >= 0) sink.cue('percentage (%)', i, percent + 1);
  else sink.cue('number (digits)', i, j);
  return percent >= 0 ? percent + 1 : j;
}

/** The words of `[from, to)`, an identifier or path whose separators are not word characters. */
function scanWords(source: string, from: number, to: number, line: number, tokens: TokenBuffer): number {
  let wordStart = -1;
  let hash = HASH_SEED;
  for (let k = from; k <= to; k++) {
    const c = source.charCodeAt(k);
    const inWord = k < to && isWordChar(c);
    if (inWord) {
      if (wordStart < 0) {
        wordStart = k;
        hash = HASH_SEED;
      }
      hash = hashStep(hash, c);
    } else if (wordStart >= 0) {
      tokens.push(wordStart, k, line, hash);
      wordStart = -1;
    }
  }
  return to;
}

function identifierEnd(source: string, i: number, end: number): number {
  let j = i;
  while (j < end && (isWordChar(source.charCodeAt(j)) || source.charCodeAt(j) === 95)) j++;
  return j;
}

/** Letters, digits, `_`, `-`, `.` and `/`: what a path such as `src/app.ts` or a pair such as `and/or` is made of. */
function isPathChar(code: number): boolean {
  return isWordChar(code) || isDigit(code) || code === 95 || code === 45 || code === 46 || code === 47;
}

function slashedEnd(source: string, i: number, end: number): number {
  let j = i;
  while (j < end && isPathChar(source.charCodeAt(j))) j++;
  while (j > i + 1 && (source.charCodeAt(j - 1) === 46 || source.charCodeAt(j - 1) === 47)) j--; // a sentence's full stop
  return j;
}

function pathStart(source: string, i: number, lineStart: number): number {
  let j = i;
  while (j > lineStart && isPathChar(source.charCodeAt(j - 1)) && source.charCodeAt(j - 1) !== 47) j--;
  return j;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isGlued = (code: number): boolean => isWordChar(code) || code === 95;

/** End of a bare `http://`, `https://` or `www.` URL starting at `i` in the lower-cased text, or -1. */
function urlEnd(source: string, i: number, end: number): number {
  const isUrl = source.startsWith('http', i) ? source.startsWith('://', i + 4) || source.startsWith('s://', i + 4) : source.startsWith('www.', i);
  if (!isUrl) return -1;
  let j = i;
  while (j < end) {
    const c = source.charCodeAt(j);
    // Whitespace and the characters that usually close a URL in prose or Markdown.
    if (c <= 32 || c === 41 || c === 93 || c === 62 || c === 60 || c === 34 || c === 39 || c === 124) break;
    j++;
  }
  return j;
}

function closingBackticks(text: string, from: number, end: number, length: number): number {
  let i = from;
  while (i < end) {
    const open = indexWithin(text, 96, i, end);
    if (open < 0) return -1;
    let run = open;
    while (run < end && text.charCodeAt(run) === 96) run++;
    if (run - open === length) return open;
    i = run;
  }
  return -1;
}

/** The `)` that closes a link destination, allowing balanced parentheses inside it. */
function closingParen(text: string, from: number, end: number): number {
  let depth = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth-- === 0) return i;
  }
  return -1;
}
