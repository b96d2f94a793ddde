/** Digits as report writers type them: ASCII 0–9 and full-width ０–９, read alike by every scanner. */

/** The digit a UTF-16 code unit is (ASCII or full-width), or -1. */
export function digitOf(c: number): number {
  return c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
}

/** Whether a UTF-16 code unit is a digit: [0-9０-９]. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}
