import type { ReportDocument } from '../document';
import type { Block } from '../markdown/blocks';
import type { FigureData } from '../figures/types';
import type { FrontMatter } from '../front-matter';
import type { EngineHost } from '../host';
import type { Locale, Localized } from '../i18n';
import type { Outline } from '../outline/model';
import type { Template } from '../template/types';
import type { Finding, Severity } from '../types';

/** One option a rule accepts, with its default. */
export interface RuleOption {
  type: 'number' | 'boolean' | 'string' | 'string[]';
  default: number | boolean | string | string[];
  description: string;
  /** Checks a configured value of the right type further; returns why it is refused. */
  validate?(value: unknown): string | undefined;
}

/** What a rule sees of the report and its configuration. */
export interface RuleContext {
  doc: ReportDocument;
  outline: Outline;
  /** The template that applies, if any. */
  template?: Template;
  /** The template reference chosen for the report, even when it could not be loaded. */
  templateRef?: string;
  /** The rule's options: defaults overridden by configuration, already validated. */
  options: Record<string, unknown>;
  locale: Locale;
  /** The report's date (YYYY-MM-DD): front matter, setting or CLI flag, else today. */
  reportDate: string;
  /** Absolute path of the report, when it is a file. */
  documentPath?: string;
  /** The document's length in characters and the size above which only cheap rules run. */
  size: { length: number; limit: number };
  host: EngineHost;
  /** The report's front matter (empty when it has none). */
  frontMatter: FrontMatter;
  /** The figures data file that applies, and whether the front matter or a setting named it. */
  figures?: { data: FigureData; origin: 'front-matter' | 'settings' };
  /** Records a file the findings depend on (an image, a chart's data), to re-check when it changes. */
  depend(file: string): void;
  /** Localises a message. */
  t(text: Localized, args?: Record<string, string | number>): string;
  /** Computes a value once per check and shares it between rules (e.g. the template match). */
  shared<T>(key: string, compute: () => T): T;
}

/** A finding as a rule reports it; the engine adds the rule id and configured severity. */
export type RuleFinding = Omit<Finding, 'ruleId' | 'severity'>;

/** The non-empty block facts of a document, in order, and the line each of their blocks starts at (see `Rule.run`). */
export interface GatheredFacts {
  lists: ReadonlyArray<readonly unknown[]>;
  starts: Int32Array;
}

/** A check: metadata and one function. */
export interface Rule {
  /** Stable id (public API), used in configuration and shown with every finding. */
  id: string;
  description: Localized;
  defaultSeverity: Severity;
  options: Record<string, RuleOption>;
  /** Whether the rule stays on for documents too large for a full check (it must be linear and cheap). */
  cheap?: boolean;
  /**
   * Whether `run` reads nothing but the outline's headings (markers, titles, heading ranges, nesting — not
   * where sections end), its options and the locale: the engine then keeps its findings while the outline
   * object stays the same (an edit that changed no heading, see `outline/reuse.ts`).
   */
  outlineOnly?: boolean;
  /**
   * For a document rule that reads nothing but these facts of each block (memoised lists), the blocks'
   * positions, the outline's headings, its options and the locale: the engine keeps its findings while
   * every block's facts are the very same list at the same line (typing in a paragraph that has none).
   */
  blockFacts?(block: Block, lines: readonly string[]): readonly unknown[];
  /**
   * Checks the whole document (outline rules, cross-block comparisons). To a rule with `blockFacts`, the engine
   * always passes the lists it gathered to compare with the last run's: the non-empty `blockFacts` of the blocks
   * in order, and the line each of those blocks starts at (the rule keeps them as they are, or reads none).
   */
  run?(context: RuleContext, report: (finding: RuleFinding) => void, facts?: GatheredFacts): void;
  /**
   * Checks one block whose findings depend only on its own text and on `blockVersion`. The engine keeps
   * each block's findings until the block or the version changes, so a keystroke re-runs this for the
   * edited block only. Ranges are absolute (block.start + relative line), as for `run`.
   */
  runBlock?(block: Block, context: RuleContext, report: (finding: RuleFinding) => void): void;
  /** What `runBlock`'s findings depend on besides the block's text (options, report date, data file). */
  blockVersion?(context: RuleContext): string;
}
