/**
 * Control characters (C0 with tab and line breaks, DEL, C1 with CSI U+009B), line and paragraph separators and
 * bidirectional overrides: a file name or a heading holding them could clear the terminal, set its title, forge
 * output lines or reorder what is read.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (char: string, digits: number) => char.charCodeAt(0).toString(16).padStart(digits, '0');

/** Text for a terminal: each unsafe character written as a visible escape (`\x1b`, `\n`, `\u009b`). */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => (char === '\n' ? '\\n' : char === '\r' ? '\\r' : char === '\t' ? '\\t' : char < '\u0100' ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`));
}

/** Serialized JSON with every unsafe character `\u`-escaped: JSON.stringify leaves DEL, C1 and U+2028 raw. */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE, (char) => `\\u${hex(char, 4)}`);
}
