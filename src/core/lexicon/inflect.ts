/** English inflections of a vocabulary word, generated once when the lexicon is built so the scan stays a Map lookup. */

const VOWELS = 'aeiou';

const isVowel = (char: string): boolean => VOWELS.includes(char);

/** `plan` → `plann`: a one-syllable word ending consonant-vowel-consonant doubles its last letter before -ing / -ed. */
function doubled(word: string): string {
  const n = word.length;
  if (n < 3 || n > 5) return word;
  const [a, b, c] = [word[n - 3], word[n - 2], word[n - 1]];
  const oneVowelGroup = [...word.slice(0, n - 2)].every((char) => !isVowel(char));
  return !isVowel(a) && isVowel(b) && !isVowel(c) && !'wxy'.includes(c) && oneVowelGroup ? word + c : word;
}

/** The word itself plus plural / third-person, -ing and -ed forms. Over-generation (`customering`) is harmless: nobody writes it. */
export function inflections(word: string): string[] {
  const forms = new Set([word]);
  const last = word[word.length - 1];
  const consonantY = last === 'y' && word.length > 1 && !isVowel(word[word.length - 2]);
  if (consonantY) {
    const stem = word.slice(0, -1);
    forms.add(`${stem}ies`).add(`${stem}ied`).add(`${word}ing`);
    return [...forms];
  }
  if (/(s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
  else forms.add(`${word}s`);
  if (last === 'e' && !word.endsWith('ee')) {
    const stem = word.slice(0, -1);
    forms.add(`${stem}ing`).add(`${word}d`);
  } else {
    const base = doubled(word);
    forms.add(`${base}ing`).add(`${base}ed`);
  }
  return [...forms];
}
