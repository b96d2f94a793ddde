import { type Block, memo, memoKey, NO_FACTS } from '../markdown/blocks';
import { isProse, proseLine } from '../markdown/inline';
import { HOLDS_AMPERSAND, HOLDS_HASH, HOLDS_INVISIBLE, HOLDS_LATIN, proseKinds } from './prose-kinds';

const DEBRIS = memoKey('debris', true);

/** What kind of conversion debris a hit is. */
export type DebrisKind = 'entity' | 'marker' | 'replacement' | 'invisible';

/** Debris on a line of a block (line relative to the block) and what to write instead. */
export interface DebrisHit {
  line: number;
  start: number;
  end: number;
  kind: DebrisKind;
  /** Text for the fix: the entity's character, or '' to remove. */
  replacement: string;
}

/** Named entities decoded by the fix; any other name (&t;) is removed. Space-like ones are handled apart. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", mdash: '—', ndash: '–', hellip: '…', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', middot: '·', times: '×', divide: '÷', copy: '©', reg: '®', deg: '°', yen: '¥',
  laquo: '«', raquo: '»', bull: '•', plusmn: '±', permil: '‰', trade: '™',
};
const SPACES = new Set(['nbsp', 'ensp', 'emsp', 'thinsp']);

const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/g;
const MARKER = /##[A-Za-z][A-Za-z0-9_-]{0,30}##/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]+|\uFFFD+/g;
const EMOJI_BEFORE = /(?:\p{Extended_Pictographic}|\uFE0F|[\u{1F3FB}-\u{1F3FF}])$/u;
const WIDE = /[^\x00-\x7F]/;
const HAS_INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\uFFFD]/;

/**
 * Debris of a block: entities and `##marker##`s in prose (code spans excluded), and U+FFFD and
 * zero-width characters anywhere, code included (they are never meant). Memoised on the block.
 */
export function blockDebris(block: Block, lines: readonly string[]): readonly DebrisHit[] {
  return memo(block, DEBRIS, lines, computeBlockDebris);
}

/** Hits of the block being read: one list for all blocks (most have none), copied out when not empty. */
const scratch: DebrisHit[] = [];

function computeBlockDebris(block: Block, lines: readonly string[]): readonly DebrisHit[] {
  const prose = isProse(block);
  // The kinds of character in the prose say which lines need reading: entities and markers are read in
  // the prose (no `&` there, or no `#` and Latin letter — every heading has a `#` —, nothing to find),
  // invisible characters in the raw lines, which are the prose lines themselves unless code spans or URLs
  // were masked.
  const kinds = prose ? proseKinds(block, lines) : HOLDS_AMPERSAND | HOLDS_HASH | HOLDS_INVISIBLE;
  const mayHoldMarker = (kinds & (HOLDS_HASH | HOLDS_LATIN)) === (HOLDS_HASH | HOLDS_LATIN);
  if (scratch.length) scratch.length = 0; // setting the length is a builtin call: skipped when already empty, as it is after most blocks
  for (let line = 0; line < block.end - block.start; line++) {
    const raw = lines[block.start + line];
    const t = prose ? proseLine(block, lines, line) : raw;
    if (prose && (kinds & HOLDS_AMPERSAND) !== 0 && t.includes('&')) entities(t, line, scratch);
    if (prose && mayHoldMarker && t.includes('##')) markers(t, line, scratch);
    if ((kinds & HOLDS_INVISIBLE) !== 0 || !prose || t !== raw) invisibles(raw, line, scratch);
  }
  if (!scratch.length) return NO_FACTS;
  return scratch.slice().sort((a, b) => a.line - b.line || a.start - b.start);
}

function debris(line: number, start: number, end: number, kind: DebrisKind, replacement: string): DebrisHit {
  return { line, start, end, kind, replacement };
}

function markers(text: string, line: number, hits: DebrisHit[]): void {
  // exec, not matchAll: matchAll copies the pattern, and every heading line (## …) comes here
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) hits.push(debris(line, m.index, m.index + m[0].length, 'marker', ''));
}

function entities(text: string, line: number, hits: DebrisHit[]): void {
  for (const m of text.matchAll(ENTITY)) {
    const start = m.index!;
    const name = m[3];
    if (name && !(name in ENTITIES) && !SPACES.has(name) && /[A-Za-z]/.test(text[start - 1] ?? '')) continue; // R&D; is prose
    let replacement = '';
    if (m[1] || m[2]) replacement = decodeCodePoint(parseInt(m[1] ?? m[2], m[1] ? 10 : 16));
    else if (SPACES.has(name)) replacement = WIDE.test(text[start - 1] ?? '') || WIDE.test(text[start + m[0].length] ?? '') ? '' : ' ';
    else replacement = ENTITIES[name] ?? '';
    hits.push(debris(line, start, start + m[0].length, 'entity', replacement));
  }
}

/** The character of a numeric entity, or '' for controls, surrogates and invisible characters. */
function decodeCodePoint(cp: number): string {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp < 0xe000) || cp > 0x10ffff) return '';
  const ch = String.fromCodePoint(cp);
  return /[\u200B-\u200D\u2060\uFEFF\uFFFD]/.test(ch) ? '' : ch;
}

function invisibles(text: string, line: number, hits: DebrisHit[]): void {
  if (!HAS_INVISIBLE.test(text)) return;
  for (const m of text.matchAll(INVISIBLE)) {
    const start = m.index!;
    if (/^\u200D+$/.test(m[0]) && EMOJI_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue; // emoji ZWJ sequence
    hits.push(debris(line, start, start + m[0].length, m[0][0] === '\uFFFD' ? 'replacement' : 'invisible', ''));
  }
}
