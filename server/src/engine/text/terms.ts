import { type Block, memo, memoKey, memoVersioned, NO_FACTS } from '../markdown/blocks';
import { isProse, proseLine } from '../markdown/inline';
import { HOLDS_TERM_START, proseKinds } from './prose-kinds';

const TERMS = memoKey('terms');
const BUILTIN_HITS = memoKey('terms-builtin', true);

/** A superseded term and what replaced it. */
export interface TermEntry {
  old: string;
  replacement: string;
  /** Characters after `old` that make it another word (农业部门 is not 农业部). */
  notBefore?: string;
}

/**
 * Names changed by the State Council and Party institutional reforms of 2003, 2008, 2018 and 2023
 * (see docs/rules/outdated-term.md for each source). Only names with a single successor are listed.
 */
export const BUILTIN_TERMS: readonly TermEntry[] = [
  { old: '国家工商行政管理总局', replacement: '国家市场监督管理总局' },
  { old: '国家质量监督检验检疫总局', replacement: '国家市场监督管理总局' },
  { old: '国土资源部', replacement: '自然资源部' },
  { old: '环境保护部', replacement: '生态环境部' },
  { old: '农业部', replacement: '农业农村部', notBefore: '门署分' },
  { old: '国家旅游局', replacement: '文化和旅游部' },
  { old: '国家卫生和计划生育委员会', replacement: '国家卫生健康委员会' },
  { old: '国家卫生计生委', replacement: '国家卫生健康委' },
  { old: '国家安全生产监督管理总局', replacement: '应急管理部' },
  { old: '国家林业局', replacement: '国家林业和草原局' },
  { old: '中央全面深化改革领导小组', replacement: '中央全面深化改革委员会' },
  { old: '中央网络安全和信息化领导小组', replacement: '中央网络安全和信息化委员会' },
  { old: '中央财经领导小组', replacement: '中央财经委员会' },
  { old: '中央外事工作领导小组', replacement: '中央外事工作委员会' },
  { old: '中国银行保险监督管理委员会', replacement: '国家金融监督管理总局' },
  { old: '中国银行业监督管理委员会', replacement: '国家金融监督管理总局' },
  { old: '中国保险监督管理委员会', replacement: '国家金融监督管理总局' },
  { old: '银保监会', replacement: '国家金融监督管理总局' },
  { old: '银监会', replacement: '国家金融监督管理总局' },
  { old: '保监会', replacement: '国家金融监督管理总局' },
  { old: '劳动和社会保障部', replacement: '人力资源和社会保障部' },
  { old: '信息产业部', replacement: '工业和信息化部' },
  { old: '国家发展计划委员会', replacement: '国家发展和改革委员会' },
];

/** A term found in a block, line relative to the block. */
export interface TermHit {
  line: number;
  start: number;
  end: number;
  entry: TermEntry;
}

/** One matcher per term list: an alternation of the old terms, longest first, so 银保监会 wins over 保监会. */
export function termMatcher(entries: readonly TermEntry[]): { pattern: RegExp; byOld: Map<string, TermEntry> } {
  const byOld = new Map(entries.map((e) => [e.old, e]));
  const alternatives = [...byOld.values()].sort((a, b) => b.old.length - a.old.length)
    .map((e) => escape(e.old) + (e.notBefore ? `(?![${escape(e.notBefore)}])` : ''));
  return { pattern: new RegExp(alternatives.join('|') || '(?!)', 'g'), byOld };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** The matcher of the built-in table alone, the default configuration. */
export const BUILTIN_MATCHER = termMatcher(BUILTIN_TERMS);

/** Terms of a prose block for one term list (`version` names the list), memoised on the block. */
export function blockTerms(block: Block, lines: readonly string[], matcher: ReturnType<typeof termMatcher>, version: string): readonly TermHit[] {
  // The built-in table needs no version: a plain memo, with no closure or version slot per block.
  if (matcher === BUILTIN_MATCHER) return memo(block, BUILTIN_HITS, lines, builtinTermsOf);
  return memoVersioned(block, TERMS, version, () => termsOf(block, lines, matcher));
}

function builtinTermsOf(block: Block, lines: readonly string[]): readonly TermHit[] {
  // A block without the first character of any built-in term (most) is not searched.
  if (!(proseKinds(block, lines) & HOLDS_TERM_START)) return NO_FACTS;
  return termsOf(block, lines, BUILTIN_MATCHER);
}

function termsOf(block: Block, lines: readonly string[], matcher: ReturnType<typeof termMatcher>): readonly TermHit[] {
  if (!isProse(block)) return NO_FACTS;
  let hits: TermHit[] | undefined;
  const pattern = matcher.pattern;
  for (let line = 0; line < block.end - block.start; line++) {
    const t = proseLine(block, lines, line);
    // exec, not matchAll: matchAll copies the pattern for every line
    pattern.lastIndex = 0;
    for (let m = pattern.exec(t); m; m = pattern.exec(t)) (hits ??= []).push({ line, start: m.index, end: m.index + m[0].length, entry: matcher.byOld.get(m[0])! });
  }
  return hits ?? NO_FACTS;
}
