/** What counts as a word: ASCII and other letters; digits, punctuation, dashes, quotes, emoji and surrogates break words. */
export function isWordChar(code: number): boolean {
  if (code >= 97) return code <= 122 || (code >= 0xc0 && isOtherLetter(code));
  return code >= 65 && code <= 90;
}

function isOtherLetter(code: number): boolean {
  if (code === 0xd7 || code === 0xf7) return false; // × ÷
  if (code >= 0x2000 && code <= 0x2bff) return false; // general punctuation, arrows, symbols
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xd800 && code <= 0xdfff) return false; // surrogates (emoji and other astral characters)
  return code !== 0xfeff && code < 0xfff0;
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
