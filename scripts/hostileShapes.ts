// Document shapes whose analysis cost once grew faster than the text (issue 17), or could: the scaling test and
// the identical-output check both read them.

/** Shapes whose cost once grew faster than the text (issue 17), or could: their output must not move either. */
export const HOSTILE_SHAPES: Record<string, (size: number) => string> = {
  'blank lines': (size) => `# Plan\n\nThe customer problem.\n${'\n'.repeat(size)}Sprint backlog.\n`,
  'mixed headings': (size) => repeatTo(size, (i) => `${'#'.repeat(1 + (i % 4))} Customer sprint ${i}\n`),
  'runs of *a': (size) => `# Plan\n\n${'*a'.repeat(size / 2)}\n`,
  // Thousands of backlog items, each a heading over a story and a criterion: what the role checks read most.
  'headed stories': (size) => repeatTo(size, (i) => `## Story: item ${i}\n\nAs a shopper, I want thing ${i}, so that it helps.\n\n- Given ${i}, then ${i}\n\n`),
};

function repeatTo(size: number, part: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    parts.push(part(i));
    length += parts[i].length;
  }
  return parts.join('');
}
