// Fixtures mark the findings they expect on the line where each starts: `<!-- expect: rule-id [rule-id …] -->`.
const EXPECT = /<!--\s*expect:([^>]*?)-->/;

/** `rule@line` (1-based) for every expected finding, sorted. */
export function expectedFindings(text: string): string[] {
  const expected: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const marker = EXPECT.exec(line);
    if (marker) for (const rule of marker[1].trim().split(/\s+/)) expected.push(`${rule}@${index + 1}`);
  });
  return expected.sort();
}
