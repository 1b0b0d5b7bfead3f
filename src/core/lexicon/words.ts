/** What counts as a word: ASCII and other letters; digits, punctuation, dashes, quotes, emoji and surrogates break words. */
const WORD_CHARS = buildWordChars();

/** One array load per character: the scanner's innermost test. Out-of-range (NaN) codes are not word characters. */
export function isWordChar(code: number): boolean {
  return WORD_CHARS[code] === 1;
}

function buildWordChars(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 65; code <= 90; code++) table[code] = 1;
  for (let code = 97; code <= 122; code++) table[code] = 1;
  for (let code = 0xc0; code < 0xfff0; code++) {
    const punctuation = code === 0xd7 || code === 0xf7 // × ÷
      || (code >= 0x2000 && code <= 0x2bff) // general punctuation, arrows, symbols
      || (code >= 0x3000 && code <= 0x303f) // CJK punctuation
      || (code >= 0xd800 && code <= 0xdfff) // surrogates (emoji and other astral characters)
      || code === 0xfeff;
    if (!punctuation) table[code] = 1;
  }
  return table;
}

/** The lower-cased words of a term, as the scanner would read them. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return words;
}

/**
 * Lower case that keeps every character's length, so an offset in the copy is the same offset in the original:
 * `İ` (whose lower case is two code units, i and a combining dot) folds to `i`, and final `ς` to `σ` so a term
 * reads the same wherever its word ends.
 */
export function foldCase(text: string): string {
  let folded = text.toLowerCase();
  if (folded.length !== text.length) {
    folded = '';
    for (const char of text) {
      const lower = char === '\u0130' ? 'i' : char.toLowerCase();
      folded += lower.length === char.length ? lower : char;
    }
  }
  return folded.includes('ς') ? folded.replace(/ς/g, 'σ') : folded;
}
