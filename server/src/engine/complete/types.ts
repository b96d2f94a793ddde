import type { ReportDocument } from '../document';
import type { Locale } from '../i18n';
import type { Outline } from '../outline/model';
import type { LevelAnalysis } from '../template/analyze';
import type { Template } from '../template/types';
import type { Position, Range, TextEdit } from '../types';

/** What a completion offers: a whole heading, a bare section number, an enumeration marker or a section title. */
export type CandidateKind = 'section' | 'number' | 'enumeration' | 'title';

/** One completion candidate, ready for a front end to convert. */
export interface CompletionCandidate {
  label: string;
  insertText: string;
  /** Text the editor matches the typed prefix against (the label when absent). */
  filterText?: string;
  /** One line on what the item is (already localised). */
  detail: string;
  /** The template's guidance for the section, when it has some. */
  documentation?: string;
  kind: CandidateKind;
  /** Orders the items as the engine ranks them. */
  sortText: string;
  /** The typed text the item replaces: on the cursor's line, ending at the cursor. */
  range: Range;
  /** Edits elsewhere that come with the item: the sections after it renumbered. */
  additionalEdits?: TextEdit[];
}

/**
 * What completion reads of a report. The outline and the template comparison are functions, called
 * only when the position needs them: most requests (a 、 typed mid-sentence) are answered from the
 * cursor's line alone.
 */
export interface CompletionSource {
  doc: ReportDocument;
  /** The outline of `doc` as it is now. */
  outline(): Outline;
  template?: Template;
  /** The template compared with that outline (`analyzeTemplate`); only called when there is a template. */
  levels(): LevelAnalysis[];
}

/** Where and how completion was asked for. */
export interface CompletionRequest {
  position: Position;
  /** True when the user asked (Ctrl+Space), false when a trigger character was typed. */
  invoked: boolean;
  /** Language of the details; the inserted text follows the report. */
  locale: Locale;
}
