import { toHalfWidth } from './numbers';

// The English words are written in both cases by hand: with the `i` flag the whole pattern, Han and digits included, matched ~5–10% slower.
const PERIOD = /(?:19|20)\d{2}年度?|[上下]半年|全年|前三季度|第?[一二三四1-4]季度|\b[Qq][1-4]\b|\b[Hh][12]\b|[本上当去今明前]年|[本上当]月|[本上]周|年初|同期|(?:近|过去)?[一二三两四五六七八九十\d]{1,6}年(?:来|以来|间)|\d{1,2}\s*[-—至到~～]\s*\d{1,2}月|\d{1,2}月份?|累计|\b(?:[Tt][Hh][Ii][Ss]|[Ll][Aa][Ss][Tt]|[Nn][Ee][Xx][Tt]) (?:[Ww][Ee][Ee][Kk]|[Mm][Oo][Nn][Tt][Hh]|[Qq][Uu][Aa][Rr][Tt][Ee][Rr]|[Yy][Ee][Aa][Rr])\b|\b[Yy][Ee][Aa][Rr] [Tt][Oo] [Dd][Aa][Tt][Ee]\b|\b[Yy][Tt][Dd]\b|\b(?:19|20)\d{2}\b/g;
const PERIOD_ALIASES: Record<string, string> = {
  第一季度: 'q1', 一季度: 'q1', '1季度': 'q1', 第1季度: 'q1', 第二季度: 'q2', 二季度: 'q2', '2季度': 'q2', 第2季度: 'q2',
  第三季度: 'q3', 三季度: 'q3', '3季度': 'q3', 第3季度: 'q3', 第四季度: 'q4', 四季度: 'q4', '4季度': 'q4', 第4季度: 'q4',
  上半年: 'h1', 下半年: 'h2', 本年: '今年', 当年: '今年', 上年: '去年', 本月: '当月', 年度: '年', ytd: 'year to date',
};
/** Periods kept per clause or sentence: more is not a sentence but a list, and would make every key long. */
const MAX_PERIODS = 8;

/** Normalised periods by their text as written (a few hundred distinct ones in any report). */
const normalised = new Map<string, string>();

function normalisePeriod(text: string): string {
  let token = normalised.get(text);
  if (token === undefined) {
    const t = text.replace(/\s+/g, '').toLowerCase();
    token = PERIOD_ALIASES[t] ?? t.replace(/年度$/, '年').replace(/^(\d{4})$/, '$1年').replace(/^(\d{1,2})月份$/, '$1月');
    if (normalised.size < 10_000) normalised.set(text, token);
  }
  return token;
}

const WIDE_DIGIT = /[０-９]/;

/** The text periods are read from: only digits need converting, the other full-width forms (，．％) are, like their ASCII ones, no part of a period and no word character. */
function periodText(text: string): string {
  return WIDE_DIGIT.test(text) ? toHalfWidth(text) : text;
}

/** Adds a period to a list of at most `MAX_PERIODS` distinct ones, the first named. */
function addPeriod(list: string[], token: string): void {
  if (list.length < MAX_PERIODS && !list.includes(token)) list.push(token);
}

/** Empties a list: setting `length` is a call into the runtime even when the list is empty, as most are. */
function clear(list: string[]): void {
  if (list.length) list.length = 0;
}

/** Periods sorted and joined (`2025年|h1`); '' for none. */
function joinPeriods(list: readonly string[]): string {
  if (list.length < 2) return list.length ? list[0] : '';
  // An insertion sort of at most MAX_PERIODS: Array#sort sets up a kilobyte of working space per call.
  const sorted = list.slice();
  for (let i = 1; i < sorted.length; i++) {
    const p = sorted[i];
    let j = i;
    for (; j > 0 && sorted[j - 1] > p; j--) sorted[j] = sorted[j - 1];
    sorted[j] = p;
  }
  return sorted.join('|');
}

/** The periods a sentence names, normalised, sorted and joined. */
export function periodsIn(sentence: string): string {
  const found: string[] = [];
  const half = periodText(sentence);
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(half); m; m = PERIOD.exec(half)) addPeriod(found, normalisePeriod(m[0]));
  return joinPeriods(found);
}

/** `。！？；;!?`, `，,、：:`, and `.` before a space or the line's end. */

/** Where the clause starting at `from` ends: after its clause mark, or at the line's end. */
function nextClauseEnd(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x3b || c === 0x21 || c === 0x3f || c === 0x2c || c === 0x3a) return i + 1;
      if (c === 0x2e) {
        const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;
        if (d === -1 || isSpaceCode(d)) return i + 1;
      }
    } else if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff0c || c === 0x3001 || c === 0xff1a) return i + 1;
  }
  return n;
}

/** Whether a UTF-16 unit is what \s matches. */
function isSpaceCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether the clause mark at `i` ends a sentence too: every mark but `，,、：:`. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c !== 0xff0c && c !== 0x2c && c !== 0x3001 && c !== 0xff1a && c !== 0x3a;
}

/**
 * The clauses of a line (between `。；，、：`-like marks) holding offsets asked in increasing order, and
 * the periods that apply to each: its own, else those of the clauses before it in its sentence. A line is
 * read once, and periods only in the sentences asked about: no period holds a clause mark, so the period
 * pattern finds the same periods when it starts at a sentence instead of at the line's start. One walker
 * is reused line after line, so a figure costs no objects here.
 */
export class ClauseWalker {
  /** The current clause: `[start, end)`. */
  start = 0;
  end = 0;
  private text = '';
  private half = '';
  /** Where the current clause's sentence starts. */
  private sentence = 0;
  /** The first distinct periods of the current clause, and of its sentence before it, read so far. */
  private readonly own: string[] = [];
  private readonly earlier: string[] = [];
  /** Periods starting before `read` are in `own` or `earlier`, or were passed over. */
  private read = 0;
  /** The period found past `read` (at -1: none yet), and where the period pattern goes on. */
  private nextAt = -1;
  private nextToken = '';
  private resume = 0;
  private exhausted = false;
  private joined: string | undefined;

  /** Starts on a line ('' to let go of the last one). */
  reset(text: string): void {
    this.text = text;
    this.half = text && periodText(text);
    this.start = this.sentence = this.read = this.resume = 0;
    this.end = nextClauseEnd(text, 0);
    clear(this.own);
    clear(this.earlier);
    this.nextAt = -1;
    this.exhausted = false;
    this.joined = undefined;
  }

  /** Moves to the clause holding `offset`. */
  moveTo(offset: number): void {
    const text = this.text;
    while (offset >= this.end && this.end < text.length) {
      if (endsSentence(text, this.end - 1)) {
        clear(this.earlier);
        this.sentence = this.end;
      } else for (const p of this.own) addPeriod(this.earlier, p);
      clear(this.own);
      this.joined = undefined;
      this.start = this.end;
      this.end = nextClauseEnd(text, this.start);
    }
  }

  /** The periods of the current clause, normalised and joined: its own, else its sentence's before it. */
  get periods(): string {
    this.readPeriods();
    return (this.joined ??= joinPeriods(this.own.length ? this.own : this.earlier));
  }

  /** Reads the periods of the current sentence up to the clause's end; those of sentences before are passed over. */
  private readPeriods(): void {
    if (this.read >= this.end) return;
    if (this.nextAt < this.sentence) {
      this.nextAt = -1;
      this.resume = Math.max(this.resume, this.sentence);
    }
    for (;;) {
      if (this.nextAt < 0) {
        if (this.exhausted) break;
        PERIOD.lastIndex = this.resume;
        const m = PERIOD.exec(this.half);
        if (!m) {
          this.exhausted = true;
          break;
        }
        this.nextAt = m.index;
        this.nextToken = normalisePeriod(m[0]);
        this.resume = PERIOD.lastIndex;
      }
      if (this.nextAt >= this.end) break;
      if (this.nextAt >= this.sentence) {
        addPeriod(this.nextAt < this.start ? this.earlier : this.own, this.nextToken);
        this.joined = undefined;
      }
      this.nextAt = -1;
    }
    this.read = this.end;
  }
}
