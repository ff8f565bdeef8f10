/**
 * Accent- and case-insensitive prefix search. Stored records carry `searchWords` in a multi-entry index; a query
 * narrows by `firstQueryWord` on that index and `matchesSearch` decides the rest, so both sides must normalise
 * identically through `searchKey`.
 */

// Letters that are distinct base characters in Unicode, so NFD leaves them alone, but that users type without
// the stroke or ligature. ς folds to σ because toLowerCase turns a word-final Σ into ς, which would otherwise
// stop a capitalised prefix ("ΚΩΣ") from matching the middle of a word ("κωστας").
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  þ: 'th',
  ĳ: 'ij',
  ς: 'σ',
};
const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');
const MARKS = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower-case, accent-free words separated by single spaces; punctuation only ever separates words. */
/** Lowercase without accents, strokes or ligatures ("Łódź" → "lodz"), punctuation kept. */
export function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(FOLD_PATTERN, (ch) => FOLDS[ch] ?? ch);
}

export function searchKey(text: string): string {
  return foldLetters(text).replace(NON_WORD, ' ').trim();
}

function wordsOf(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}

/**
 * Index entries for a record: every word of every text, plus each multi-word text run together so that a query
 * typed without spaces ("vandenberg") still finds "Van den Berg". First-seen order keeps the output stable.
 */
export function searchWords(...texts: string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    const words = wordsOf(searchKey(text));
    for (const word of words) seen.add(word);
    if (words.length > 1) seen.add(words.join(''));
  }
  return [...seen];
}

/** True when every query word is a prefix of some indexed word; an empty query matches everything. */
export function matchesSearch(query: string, words: readonly string[]): boolean {
  return matchesQueryWords(queryWords(query), words);
}

/** The normalised words of a query; for matching many records, compute these once and use matchesQueryWords. */
export function queryWords(query: string): string[] {
  return wordsOf(searchKey(query));
}

export function matchesQueryWords(queryWords: readonly string[], words: readonly string[]): boolean {
  return queryWords.every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * The query word to look up in the index: the longest, because it narrows the candidates most. Ties go to the
 * earliest word so the choice is deterministic. '' when the query has no words.
 */
export function firstQueryWord(query: string): string {
  let best = '';
  for (const word of wordsOf(searchKey(query))) if (word.length > best.length) best = word;
  return best;
}
