import type { Side } from '../types';
import type { Lines } from './lines';

export interface FrontMatter {
  /** The line of the closing `---` / `...`; -1 when there is no front matter. */
  endLine: number;
  /** `backlog-lens: on|off|true|false|yes|no`. */
  optIn: boolean | undefined;
  /** `backlog-lens-expect: po|pm`. */
  expect: Side | undefined;
}

const NONE: FrontMatter = { endLine: -1, optIn: undefined, expect: undefined };
const SWITCH: Record<string, boolean> = { on: true, true: true, yes: true, off: false, false: false, no: false };

/** YAML front matter: `---` on line 0 up to the next `---` or `...` line. Only the lens's own keys are read. */
export function readFrontMatter(text: string, lines: Lines): FrontMatter {
  if (lines.starts.length < 2 || text.slice(lines.starts[0], lines.ends[0]).trimEnd() !== '---') return NONE;
  const result: FrontMatter = { ...NONE };
  for (let line = 1; line < lines.starts.length; line++) {
    const content = text.slice(lines.starts[line], lines.ends[line]).trimEnd();
    if (content === '---' || content === '...') return { ...result, endLine: line };
    const colon = content.indexOf(':');
    if (colon < 0) continue;
    const key = content.slice(0, colon).trim().toLowerCase();
    const value = unquote(withoutComment(content.slice(colon + 1)).trim()).toLowerCase();
    if (key === 'backlog-lens' && value in SWITCH) result.optIn = SWITCH[value];
    if (key === 'backlog-lens-expect' && (value === 'po' || value === 'pm')) result.expect = value;
  }
  return NONE; // Never closed: a thematic break, not front matter.
}

/** YAML comments start with ` #` (or `#` at the value's start). */
function withoutComment(value: string): string {
  const hash = value.search(/(^|\s)#/);
  return hash < 0 ? value : value.slice(0, hash);
}

function unquote(value: string): string {
  const first = value[0];
  return value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first) ? value.slice(1, -1) : value;
}
