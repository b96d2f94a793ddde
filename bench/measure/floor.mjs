// The floor, as the issue's reference table has it ("one regex pass over the lines", then "same + every
// counted figure — the floor"): one regex pass over each line for heading markers, placeholders and years,
// and every counted figure (number + unit). Splitting the text into lines is a row of its own there (with
// reading and decoding), above the floor and not in it: the bench times the split beside the floor.

/** Heading and numbering markers at a line start; placeholders and years anywhere. */
const SCAN = /^(?:#{1,6}[ \t]|[ \t\u3000]*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[）)]|[0-9０-９]{1,3}[.．、]))|20[xX]{2}|\*\*[^*\s]{1,8}?[局科处]|[XＸ×]{2,}|【[^】]{1,10}】|(?:19|20)\d{2}年/g;
/** A counted figure: 19次, 175人次, 1.8亿元, 98%. */
const FIGURE = /(\d+(?:\.\d+)?)(人次|万元|亿元|次|篇|期|场|个|项|件|家|人|条|%)/g;

export function splitOnly(text) {
  return text.split(/\r\n|\r|\n/);
}

/** One regex pass over the lines; returns the number of matches. */
export function markerPass(lines) {
  let hits = 0;
  for (const line of lines) {
    SCAN.lastIndex = 0;
    while (SCAN.exec(line)) hits++;
  }
  return hits;
}

/** Every counted figure, read as a number; returns their count and sum. */
export function figurePass(lines) {
  let count = 0;
  let sum = 0;
  for (const line of lines) {
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(line); m; m = FIGURE.exec(line)) {
      count++;
      sum += Number(m[1]);
    }
  }
  return { count, sum };
}

/** The whole floor, on the text's lines (split before, as the floor is timed). */
export function floorScan(lines) {
  return { markers: markerPass(lines), figures: figurePass(lines) };
}
