/**
 * A small glob matcher, walked character by character rather than compiled to a RegExp (globs come from
 * users): `**` any number of path segments, `*` any run within a segment, `?` one character, `{a,b}`
 * alternatives (nested, empty allowed), `[abc]` / `[a-z]` / `[!abc]` classes. Case-insensitive; `\` in paths
 * counts as `/`. A glob over the limits below matches nothing (`globProblem` says why), so its cost per path
 * is bounded and linear in the path.
 */
export function matchesGlob(path: string, glob: string): boolean {
  const alternatives = alternativesOf(glob);
  if (!alternatives) return false;
  const segments = path.replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase().split('/');
  return alternatives.some((alternative) => matchSegments(segments, alternative));
}

/** Whether a path is a planning document: it matches an include glob and no exclude glob. */
export function isPlanningPath(path: string, include: readonly string[], exclude: readonly string[]): boolean {
  return include.some((glob) => matchesGlob(path, glob)) && !exclude.some((glob) => matchesGlob(path, glob));
}

/** A glob is a setting, not a way to make the matcher explode (the default include expands to 84 alternatives). */
export const GLOB_LIMITS = Object.freeze({ length: 1000, braceDepth: 10, alternatives: 1024 });

/** Why a glob is over the limits, as the end of a sentence naming it, or undefined when it is usable. */
export function globProblem(glob: string): string | undefined {
  const expansion = expandBraces(glob);
  return typeof expansion === 'string' ? expansion : undefined;
}

/** Each glob's alternatives as segment lists, or undefined when it is over the limits; kept for the next path. */
const expanded = new Map<string, string[][] | undefined>();

function alternativesOf(glob: string): string[][] | undefined {
  if (expanded.has(glob)) return expanded.get(glob);
  const expansion = expandBraces(glob.toLowerCase());
  const alternatives = typeof expansion === 'string' ? undefined : expansion.map((alternative) => alternative.split('/'));
  if (expanded.size >= 256) expanded.clear(); // Settings hold a few globs; a flood of distinct ones is not kept.
  expanded.set(glob, alternatives);
  return alternatives;
}

/** The glob's brace alternatives (`a{b,c}` → `ab`, `ac`), or why it is over the limits. */
function expandBraces(glob: string): string[] | string {
  if (glob.length > GLOB_LIMITS.length) return `is longer than ${GLOB_LIMITS.length} characters`;
  const braces = matchBraces(glob);
  if (braces.depth > GLOB_LIMITS.braceDepth) return `nests braces deeper than ${GLOB_LIMITS.braceDepth} levels`;
  return expandSequence(parseSequence(glob, 0, glob.length, braces.close)) ?? `expands to more than ${GLOB_LIMITS.alternatives} alternatives`;
}

/** A literal run, or a brace group: its alternatives, each a sequence of pieces. */
type Piece = string | Piece[][];

/**
 * Pairs each `{` with its `}` in one pass with a stack (no recursion, whatever the nesting): `close[i]` is the
 * index of the `}` closing the `{` at `i`, or 0 for a literal one (an unclosed `{`, a lone `}`); and the deepest nesting.
 */
function matchBraces(glob: string): { close: Int32Array; depth: number } {
  const close = new Int32Array(glob.length);
  const open: number[] = [];
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '{') open.push(i);
    else if (glob[i] === '}' && open.length) close[open.pop() as number] = i;
  }
  let depth = 0;
  let deepest = 0;
  const closing = new Set<number>();
  for (let i = 0; i < glob.length; i++) {
    if (close[i] > 0) {
      closing.add(close[i]);
      deepest = Math.max(deepest, ++depth);
    } else if (closing.has(i)) depth--;
  }
  return { close, depth: deepest };
}

/** The pieces of `glob` from `from` to `to`; recursion only as deep as the braces nest (checked first). */
function parseSequence(glob: string, from: number, to: number, close: Int32Array): Piece[] {
  const pieces: Piece[] = [];
  let literal = from;
  for (let i = from; i < to; i++) {
    if (close[i] === 0) continue;
    if (i > literal) pieces.push(glob.slice(literal, i));
    const group: Piece[][] = [];
    let start = i + 1;
    for (let j = start; j <= close[i]; j++) {
      if (close[j] > 0) j = close[j];
      else if (glob[j] === ',' || j === close[i]) {
        group.push(parseSequence(glob, start, j, close));
        start = j + 1;
      }
    }
    pieces.push(group);
    i = close[i];
    literal = i + 1;
  }
  if (to > literal) pieces.push(glob.slice(literal, to));
  return pieces;
}

/** Every string the pieces stand for, or undefined past the limit: no list ever holds more than the limit. */
function expandSequence(pieces: Piece[]): string[] | undefined {
  let results = [''];
  for (const piece of pieces) {
    const options = typeof piece === 'string' ? [piece] : expandGroup(piece);
    if (!options || results.length * options.length > GLOB_LIMITS.alternatives) return undefined;
    results = results.flatMap((head) => options.map((option) => head + option));
  }
  return results;
}

function expandGroup(group: Piece[][]): string[] | undefined {
  const all: string[] = [];
  for (const alternative of group) {
    const options = expandSequence(alternative);
    if (!options || all.length + options.length > GLOB_LIMITS.alternatives) return undefined;
    all.push(...options);
  }
  return all;
}

/** Path segments against glob segments; `**` backtracks like `*` does within a segment. */
function matchSegments(path: string[], glob: string[]): boolean {
  let p = 0;
  let g = 0;
  let starG = -1;
  let starP = 0;
  while (p < path.length) {
    if (g < glob.length && glob[g] === '**') {
      starG = g++;
      starP = p;
    } else if (g < glob.length && matchSegment(path[p], glob[g])) {
      p++;
      g++;
    } else if (starG >= 0) {
      g = starG + 1;
      p = ++starP;
    } else return false;
  }
  while (g < glob.length && glob[g] === '**') g++;
  return g === glob.length;
}

function matchSegment(text: string, pattern: string): boolean {
  let t = 0;
  let p = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const c = pattern[p];
    if (c === '*') {
      while (pattern[p] === '*') p++;
      starP = p;
      starT = t;
      continue;
    }
    const step = c === undefined ? 0 : matchOne(pattern, p, text[t]);
    if (step > 0) {
      p += step;
      t++;
    } else if (starP >= 0) {
      p = starP;
      t = ++starT;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** How many pattern characters matched `char` at `p` (1, or a whole `[…]` class), or 0 for no match. */
function matchOne(pattern: string, p: number, char: string): number {
  const c = pattern[p];
  if (c === '?') return 1;
  if (c !== '[') return c === char ? 1 : 0;
  const close = pattern.indexOf(']', p + 2);
  if (close < 0) return char === '[' ? 1 : 0; // An unclosed `[` is literal.
  const negated = pattern[p + 1] === '!' || pattern[p + 1] === '^';
  let found = false;
  for (let i = negated ? p + 2 : p + 1; i < close; i++) {
    if (pattern[i + 1] === '-' && i + 2 < close) {
      if (char >= pattern[i] && char <= pattern[i + 2]) found = true;
      i += 2;
    } else if (pattern[i] === char) found = true;
  }
  return found !== negated ? close - p + 1 : 0;
}
