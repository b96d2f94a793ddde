/**
 * The Markdown images written on a line, found as these patterns find them (flag `g`, each on its own):
 *
 *     inline     !\[[^\]]*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)
 *     reference  !\[([^\]]*)\]\[([^\]]*)\]|!\[([^\]]+)\](?![(\[:])
 *
 * but read by hand, in time linear in the line. The patterns backtrack: at every `![` of a line the
 * inline one read on to the line's end when nothing closed the image (`![a](b![a](b…`, `![a](b (t…`), so a
 * line of 100,000 characters took minutes. Every part of either pattern can be read one way only (a label
 * ends at the first `]`, a destination at the first blank or `)`, a title at its first closing mark), so
 * each image starting between two `]` ends the same way as the first that does: that ending is read once.
 */

import { skipWhiteSpace } from './numbers';

/** An image as the patterns match it. */
export interface ImageSyntax {
  start: number;
  end: number;
  /** Inline images: the destination as written, `<…>` included, and where it starts. */
  destination?: string;
  destinationStart?: number;
  /** Reference images: the label named (the second brackets', else the first's). */
  label?: string;
  /** `![label]` alone. */
  shortcut?: boolean;
}

/**
 * Where a character (or one of a class) next occurs, remembered: asked again at or after the last place
 * asked and before the answer, it answers without reading. Asked at growing places, it reads each
 * character of the line once.
 */
class NextOf {
  private asked = -1;
  private found = -1;

  constructor(private readonly text: string, private readonly pattern: RegExp) {}

  /** The first match at or after `from`, -1 for none. */
  at(from: number): number {
    if (this.asked < 0 || from < this.asked || (this.found >= 0 && this.found < from)) {
      this.pattern.lastIndex = from;
      this.found = this.pattern.exec(this.text)?.index ?? -1;
      this.asked = from;
    }
    return this.found;
  }
}

/** The inline images of a line, left to right, as the inline pattern matches them. */
export function inlineImages(text: string): ImageSyntax[] {
  const out: ImageSyntax[] = [];
  const close = new NextOf(text, /\]/g);
  const angled = new Tails(text);
  const bare = new Tails(text);
  const angleEnd = new NextOf(text, />/g);
  const bareEnd = new NextOf(text, /[\s)]/g);
  /** The last `]` whose image was read and did not end. */
  let failed = -1;
  for (let s = text.indexOf('!['); s >= 0; s = text.indexOf('![', s + 1)) {
    const label = close.at(s + 2);
    if (label < 0) break; // no `]` on the rest of the line
    if (label === failed || text.charCodeAt(label + 1) !== 0x28) continue; // (
    const d = skipWhiteSpace(text, label + 2);
    let end = -1;
    let destinationEnd = -1;
    if (text.charCodeAt(d) === 0x3c) {
      // <
      const gt = angleEnd.at(d + 1);
      if (gt >= 0 && (end = angled.end(gt + 1)) >= 0) destinationEnd = gt + 1;
    }
    if (end < 0) {
      const stop = bareEnd.at(d);
      destinationEnd = stop < 0 ? text.length : stop;
      end = destinationEnd > d ? bare.end(destinationEnd) : -1;
    }
    if (end < 0) {
      failed = label;
      continue;
    }
    out.push({ start: s, end, destination: text.slice(d, destinationEnd), destinationStart: d });
    s = end - 1; // the next image starts after this one
  }
  return out;
}

/**
 * What may follow a destination, `(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)`, read at growing places:
 * the end of the image, or -1. The same place is answered from memory.
 */
class Tails {
  private readonly closing: Record<number, NextOf>;
  private lastAt = -1;
  private lastEnd = -1;

  constructor(private readonly text: string) {
    this.closing = { 0x22: new NextOf(text, /"/g), 0x27: new NextOf(text, /'/g), 0x28: new NextOf(text, /\)/g) };
  }

  end(at: number): number {
    if (at !== this.lastAt) {
      this.lastAt = at;
      this.lastEnd = this.read(at);
    }
    return this.lastEnd;
  }

  private read(at: number): number {
    const text = this.text;
    const q = skipWhiteSpace(text, at);
    const title = q > at ? this.closing[text.charCodeAt(q)] : undefined;
    if (title) {
      const closed = title.at(q + 1);
      const after = closed < 0 ? -1 : skipWhiteSpace(text, closed + 1);
      if (after >= 0 && text.charCodeAt(after) === 0x29) return after + 1;
    }
    return text.charCodeAt(q) === 0x29 ? q + 1 : -1; // )
  }
}

/** The reference images of a line, left to right, as the reference pattern matches them. */
export function referenceImages(text: string): ImageSyntax[] {
  const out: ImageSyntax[] = [];
  const close = new NextOf(text, /\]/g);
  const secondClose = new NextOf(text, /\]/g);
  for (let s = text.indexOf('!['); s >= 0; s = text.indexOf('![', s + 1)) {
    const first = close.at(s + 2);
    if (first < 0) break;
    const next = text.charCodeAt(first + 1);
    if (next === 0x5b) {
      // [ : a full or collapsed reference, else nothing (the shortcut form may not be followed by `[`)
      const second = secondClose.at(first + 2);
      if (second < 0) continue;
      const label = text.slice(first + 2, second) || text.slice(s + 2, first);
      if (label) out.push({ start: s, end: second + 1, label, shortcut: false }); // `![][]` names nothing: no image
      s = second;
    } else if (first > s + 2 && next !== 0x28 && next !== 0x3a) {
      // not ( or :
      out.push({ start: s, end: first + 1, label: text.slice(s + 2, first), shortcut: true });
      s = first;
    }
  }
  return out;
}
