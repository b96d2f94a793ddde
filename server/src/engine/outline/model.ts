import type { Range } from '../types';
import type { HeadingKind } from './candidates';
import type { Marker } from './markers';

/** One section of a report: a heading (of any kind) and everything up to the next heading at its level or above. */
export interface Section {
  kind: HeadingKind;
  /** 1 for the report's top-level sections, 2 for their children, … */
  depth: number;
  /** Markdown heading level of ATX and Setext headings. */
  mdLevel?: number;
  marker?: Marker;
  /** Range of the marker as written (一、, （二）, 3.). */
  markerRange?: Range;
  /** Title without marker and trailing punctuation. */
  title: string;
  titleRange: Range;
  /** The heading: marker and title (for a run-in heading, its first sentence). */
  headingRange: Range;
  /** From the end of the heading to the end of the section, children included. */
  bodyRange: Range;
  /** Heading and body. */
  range: Range;
  /** True when the marker numbers a whole paragraph that has no separate heading sentence. */
  numberedParagraph?: boolean;
  children: Section[];
  parent?: Section;
}

/** The report's title: the single leading `#` heading, or a short first line in a plain-text report. */
export interface ReportTitle {
  text: string;
  range: Range;
}

/**
 * The structure of a report, as of the latest check of its document: when an edit moves only where sections
 * end, the engine updates those ends (new `range` and `bodyRange` objects) on the same outline instead of
 * building another (see `outline/reuse.ts`).
 */
export interface Outline {
  title?: ReportTitle;
  /** Top-level sections. */
  sections: Section[];
  /** Every section in document order. */
  all: Section[];
}
