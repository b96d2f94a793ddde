/**
 * A list of words looked up at a position of a text: the first word in the list's order that fits is
 * found, trying only the few that have the character found there (no string is cut out of the text).
 */
export class Words {
  private readonly byChar = new Map<number, string[]>();
  /**
   * The characters words start with (end with, `atEnd`), by their low 12 bits: most lookups are at a
   * character no word has, and a bit answers that before the map is asked (a few nanoseconds, not ~20).
   */
  private readonly maybe = new Uint32Array(128);

  /** `atEnd`: words are looked up by their last character, as ending at a position. */
  constructor(words: readonly string[], private readonly atEnd = false) {
    for (const w of words) {
      const c = w.charCodeAt(atEnd ? w.length - 1 : 0);
      const same = this.byChar.get(c);
      if (same) same.push(w);
      else this.byChar.set(c, [w]);
      this.maybe[(c >> 5) & 127] |= 1 << (c & 31);
    }
  }

  /** The length of the first word inside `text[start, end)` that starts at `start` (ends at `end` when `atEnd`); 0 for none. */
  find(text: string, start: number, end: number): number {
    if (start >= end) return 0;
    const c = text.charCodeAt(this.atEnd ? end - 1 : start);
    if ((this.maybe[(c >> 5) & 127] & (1 << (c & 31))) === 0) return 0;
    const candidates = this.byChar.get(c);
    if (candidates) for (const w of candidates) if (w.length <= end - start && text.startsWith(w, this.atEnd ? end - w.length : start)) return w.length;
    return 0;
  }
}

/** Whether `word` (lower case) is written at `at` in `text`, in any case of its ASCII letters (Q1, YTD, Persons). */
export function startsWithAnyCase(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}
