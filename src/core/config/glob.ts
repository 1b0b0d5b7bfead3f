/**
 * A small glob matcher, walked character by character rather than compiled to a RegExp (globs come from
 * users): `**` any number of path segments, `*` any run within a segment, `?` one character, `{a,b}`
 * alternatives (nested, empty allowed), `[abc]` / `[a-z]` / `[!abc]` classes. Case-insensitive; `\` in paths
 * counts as `/`.
 */
export function matchesGlob(path: string, glob: string): boolean {
  const segments = path.replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase().split('/');
  return expandBraces(glob.toLowerCase()).some((alternative) => matchSegments(segments, alternative.split('/')));
}

/** Whether a path is a planning document: it matches an include glob and no exclude glob. */
export function isPlanningPath(path: string, include: readonly string[], exclude: readonly string[]): boolean {
  return include.some((glob) => matchesGlob(path, glob)) && !exclude.some((glob) => matchesGlob(path, glob));
}

/** More alternatives than this are dropped: a glob is a setting, not a way to make the matcher explode. */
const MAX_ALTERNATIVES = 1024;

function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === ',' && depth === 1) commas.push(i);
    else if (c === '}' && --depth === 0) {
      const bounds = [open, ...commas, i];
      const results: string[] = [];
      for (let k = 0; k + 1 < bounds.length && results.length < MAX_ALTERNATIVES; k++) {
        const option = glob.slice(bounds[k] + 1, bounds[k + 1]);
        for (const rest of expandBraces(option + glob.slice(i + 1))) {
          if (results.length >= MAX_ALTERNATIVES) break;
          results.push(glob.slice(0, open) + rest);
        }
      }
      return results;
    }
  }
  return [glob]; // An unclosed `{` is literal.
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
