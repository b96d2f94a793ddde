// The client's copy of the `reportlint/outlineStatus` request (server/src/lsp/outline-status.ts and
// server/src/engine/template/status.ts); the client does not compile server sources.
import { RequestType, type TextDocumentIdentifier } from 'vscode-languageclient/node';

/** A zero-based position range as the protocol sends it. */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** One top-level section of the report's template. */
export interface SectionStatus {
  id: string;
  title: string;
  required: boolean;
  present: boolean;
  /** Where the section starts, when present. */
  range?: WireRange;
  /** For a missing section: where its `missing-section` diagnostic is and the title of its quick fix. */
  missing?: { range: WireRange; fixTitle?: string };
}

/** The template of a report and its sections. */
export interface OutlineStatus {
  template: { id: string; name: string } | null;
  sections: SectionStatus[];
}

export const OutlineStatusRequest = new RequestType<{ textDocument: TextDocumentIdentifier }, OutlineStatus | null, void>('reportlint/outlineStatus');
