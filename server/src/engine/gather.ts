import type { ReportDocument } from './document';
import type { BlockFindings } from './markdown/blocks';
import type { Outline } from './outline/model';
import type { GatheredFacts, Rule, RuleContext, RuleFinding } from './rules/types';
import { sortFew } from './sort-few';
import type { Template } from './template/types';
import { shiftFinding, type Finding, type Severity } from './types';

// How a check gathers its rules' findings, and what it keeps between checks of a document so that an
// edit re-runs only what it can have changed.

/** A rule that runs in this check, with its severity, context and block-findings version. */
export interface ActiveRule {
  rule: Rule;
  index: number;
  severity: Severity;
  context: RuleContext;
  version: string;
}

/**
 * The block rules' findings, block by block, in document order. Each block keeps its findings with the
 * configuration they were computed for (every active block rule and its version: options, report date,
 * data file, locale, severity) and the line it started at: a block that did not move gives back the very
 * same objects, one that moved has them shifted, and only a changed block (or a new configuration) is
 * checked again — so a keystroke re-runs the block rules on the edited block only. One list per block,
 * not one per rule: a 10 MB report has some 60,000 blocks, most without findings.
 */
export function blockFindings(doc: ReportDocument, rules: ActiveRule[], failed: (rule: Rule, e: unknown) => void): Finding[] {
  let total = 0;
  let lists = 0;
  const broken = new Set<Rule>();
  // One scratch list and one reporter per rule for the whole check, not per block: most blocks find nothing.
  // Loops, not `map`: optimised code makes `map`'s result with another elements kind than the builtin does, so
  // reading these lists deoptimised this function ('wrong map') twice in each fresh worker.
  const scratch: Finding[] = [];
  const reporters: Array<(f: RuleFinding) => void> = [];
  let key = '';
  for (let r = 0; r < rules.length; r++) {
    const { rule, index, severity, version } = rules[r];
    key += `${r ? '\u0002' : ''}${index}\u0001${version}`;
    reporters.push(reporter(scratch, rule.id, severity));
  }
  const blocks = doc.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    let merged = block.merged;
    if (!merged || merged.version !== key || broken.size) {
      scratch.length = 0;
      let sources = 0;
      let complete = true;
      for (let r = 0; r < rules.length; r++) {
        const { rule, context } = rules[r];
        if (broken.has(rule)) continue;
        const before = scratch.length;
        try {
          rule.runBlock!(block, context, reporters[r]);
        } catch (e) {
          scratch.length = before;
          broken.add(rule);
          failed(rule, e);
          complete = false;
          continue;
        }
        if (scratch.length > before) sources++;
      }
      if (scratch.length) {
        const list = scratch.slice();
        if (sources > 1) sortFew(list, byPosition);
        merged = { version: key, start: block.start, list };
      } else merged = emptyFor(key);
      if (complete) block.merged = merged;
    } else if (merged.start !== block.start && merged.list.length) {
      const delta = block.start - merged.start;
      if (merged.list.length) merged.list = (merged.list as Finding[]).map((f) => shiftFinding(f, delta));
      merged.start = block.start;
    }
    if (merged.list.length) {
      nonEmpty[lists++] = merged.list as Finding[];
      total += merged.list.length;
    }
  }
  // Gathered once every block's list is known, into a list made at its size (grown by push it made about three times that).
  const out: Finding[] = new Array(total);
  for (let l = 0, k = 0; l < lists; l++) {
    const list = nonEmpty[l]!;
    nonEmpty[l] = undefined; // not to keep the findings alive
    for (let i = 0; i < list.length; i++) out[k++] = list[i];
  }
  return out;
}

/** The non-empty findings lists of a check's blocks, in order: kept from check to check with their slots. */
const nonEmpty: Array<readonly Finding[] | undefined> = [];

/** Stamps a block rule's findings and collects them in the check's scratch list. */
function reporter(scratch: Finding[], ruleId: string, severity: Severity): (f: RuleFinding) => void {
  return (f) => void scratch.push(stamp(f, ruleId, severity));
}

const NO_FINDINGS: Finding[] = [];

/**
 * Most blocks find nothing: they share one record per configuration (an empty list has nothing to shift,
 * so its start is never read or changed), instead of one record each — some 15,000 per 1 MB report.
 */
let lastEmpty: BlockFindings = Object.freeze({ version: '', start: -1, list: NO_FINDINGS });

function emptyFor(version: string): BlockFindings {
  if (lastEmpty.version !== version) lastEmpty = Object.freeze({ version, start: -1, list: NO_FINDINGS });
  return lastEmpty;
}

/** The document rules' findings, sorted (most rules report in document order already: runs sort fast). */
export function documentFindings(rules: ActiveRule[], failed: (rule: Rule, e: unknown) => void): Finding[] {
  const out: Finding[] = [];
  for (const active of rules) {
    const { rule, severity, context } = active;
    if (!rule.run) continue;
    try {
      const list = rule.outlineOnly ? outlineFindings(active) : rule.blockFacts ? factsFindings(active) : undefined;
      if (list) for (let i = 0; i < list.length; i++) out.push(list[i]);
      else rule.run(context, (f) => out.push(stamp(f, rule.id, severity)));
    } catch (e) {
      failed(rule, e);
    }
  }
  return out.sort(byPosition);
}

/** What a cached document rule's findings were computed from: configuration, outline, and each block's facts that are not empty, with its line. */
interface CachedRun {
  key: string;
  outline: Outline;
  template?: Template;
  facts: Array<readonly unknown[]>;
  /** Typed, so their slots lie outside the JavaScript heap: these lists live as long as the document. */
  starts: Int32Array;
  list: Finding[];
}

/** The last findings of cached document rules per document, by rule index. */
const documentCache = new WeakMap<ReportDocument, Array<CachedRun | undefined>>();

const NO_FACTS: Array<readonly unknown[]> = [];
const NO_STARTS = new Int32Array(0);

/** An outline-only rule's findings: those of the last check while the outline and the configuration are the same. */
function outlineFindings(active: ActiveRule): Finding[] {
  return cachedFindings(active, NO_FACTS, NO_STARTS);
}

/** A block-facts rule's findings: those of the last check while its inputs are the very same (see `Rule.blockFacts`). */
function factsFindings(active: ActiveRule): Finding[] {
  const { doc } = active.context;
  const blocks = doc.blocks;
  const blockFacts = active.rule.blockFacts!;
  // Counted first, then made at their size: lists grown by push made about three times their final size in all.
  let n = 0;
  for (let b = 0; b < blocks.length; b++) if (blockFacts(blocks[b], doc.lines).length) n++;
  const facts: Array<readonly unknown[]> = new Array(n);
  const starts = new Int32Array(n);
  for (let b = 0, k = 0; k < n; b++) {
    const block = blocks[b];
    const list = blockFacts(block, doc.lines);
    if (list.length) {
      facts[k] = list;
      starts[k++] = block.start;
    }
  }
  return cachedFindings(active, facts, starts, true);
}

/** The rule's last findings if they were computed from the same configuration, outline and facts; else it runs. */
function cachedFindings(active: ActiveRule, facts: Array<readonly unknown[]>, starts: Int32Array, handOver = false): Finding[] {
  const { rule, index, severity, context } = active;
  const { doc, outline, template } = context;
  const key = `${severity}\u0000${context.locale}\u0000${context.templateRef ?? ''}\u0000${JSON.stringify(context.options)}`;
  let runs = documentCache.get(doc);
  if (!runs) documentCache.set(doc, (runs = []));
  const last = runs[index];
  if (last && last.key === key && last.outline === outline && last.template === template && sameItems(last.facts, facts) && sameItems(last.starts, starts)) return last.list;
  const list: Finding[] = [];
  // A block-facts rule is given the lists gathered here rather than gathering its own again.
  const gathered: GatheredFacts | undefined = handOver ? { lists: facts, starts } : undefined;
  rule.run!(context, (f) => list.push(stamp(f, rule.id, severity)), gathered);
  runs[index] = { key, outline, template, facts, starts, list };
  return list;
}

function sameItems<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Merges two lists sorted by position. */
export function mergeSorted(a: Finding[], b: Finding[]): Finding[] {
  if (!b.length) return a;
  if (!a.length) return b;
  const out: Finding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byPosition(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** Document order of findings: by start, then end (inlined: it runs n log n times per check). */
function byPosition(a: Finding, b: Finding): number {
  const x = a.range;
  const y = b.range;
  return x.start.line - y.start.line || x.start.character - y.start.character || x.end.line - y.end.line || x.end.character - y.end.character;
}

/**
 * Completes a rule's finding with its rule id and severity, in place: a rule may hand back the same
 * object on every check (a cached finding), and copying it would undo that.
 */
function stamp(f: RuleFinding, ruleId: string, severity: Severity): Finding {
  const finding = f as Finding;
  finding.ruleId = ruleId;
  finding.severity = severity;
  return finding;
}
