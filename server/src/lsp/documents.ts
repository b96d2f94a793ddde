import * as nodeFs from 'fs';
import { TextDocuments, type TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportDocument } from '../engine/document';
import { decodeText } from '../engine/encoding/decode';
import { nodeFileSystem, type FileSystem } from '../engine/host';
import { uriToPath } from './paths';

/** Editor languages whose documents are reports; other open documents (YAML, CSV) are data the checks read. */
export const REPORT_LANGUAGES = ['markdown', 'plaintext'];

/** What the server reads of an open document: the protocol's fields and the text. */
export interface OpenDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

/**
 * An open report. Its text is the engine's model alone, which takes the editor's incremental changes, so an edit
 * re-parses only the blocks around it (test/unit/engine/editor-buffer.test.ts holds the model's text to the protocol
 * library's buffer). A copy of the text in that buffer as well cost a flat copy of the whole text at every
 * keystroke: 2 MB and about 2 ms for a 1 MB report.
 */
class ReportBuffer implements OpenDocument {
  /** Set when a change could not be applied: the model no longer follows the editor, and is not used. */
  lost = false;

  constructor(readonly uri: string, readonly languageId: string, public version: number, readonly model: ReportDocument) {}

  getText(): string {
    return this.model.getText();
  }
}

/**
 * The open documents: reports as their engine models (see ReportBuffer), other files (templates, data) as the
 * protocol library's buffers. Open files shadow the disk for the engine (`fs`), so an unsaved template is what the
 * reports are checked against.
 */
export class OpenDocuments {
  readonly editor: TextDocuments<OpenDocument>;
  private readonly byPath = new Map<string, OpenDocument>();
  /** A fake modification time per open file, new at every edit, so the engine's caches see each change. */
  private readonly stamps = new Map<string, number>();
  private readonly saved = new Map<string, number>();
  private nextStamp = -2;

  constructor(private readonly log: (message: string) => void) {
    this.editor = new TextDocuments<OpenDocument>({
      create: (uri, languageId, version, content) =>
        this.track(REPORT_LANGUAGES.includes(languageId) ? new ReportBuffer(uri, languageId, version, new ReportDocument(content)) : TextDocument.create(uri, languageId, version, content)),
      update: (doc, changes, version) => {
        if (!(doc instanceof ReportBuffer)) return this.track(TextDocument.update(doc as TextDocument, changes, version));
        this.updateModel(doc, changes);
        doc.version = version;
        return this.track(doc);
      },
    });
    this.editor.onDidOpen((e) => { this.saved.set(e.document.uri, e.document.version); });
    this.editor.onDidSave((e) => { this.saved.set(e.document.uri, e.document.version); });
    this.editor.onDidClose((e) => this.untrack(e.document));
  }

  /** The engine model of an open report (none once it lost track of the editor's text: see `updateModel`). */
  model(uri: string): ReportDocument | undefined {
    const doc = this.editor.get(uri);
    return doc instanceof ReportBuffer && !doc.lost ? doc.model : undefined;
  }

  get(uri: string): OpenDocument | undefined {
    return this.editor.get(uri);
  }

  /** The version at the last save (or open): what `run: onSave` checks. */
  savedVersion(uri: string): number {
    return this.saved.get(uri) ?? 0;
  }

  isOpen(file: string): boolean {
    return this.byPath.has(file);
  }

  /** The engine's file access: open documents as the editor has them, other files from disk. */
  readonly fs: FileSystem = {
    readFile: (file) => {
      const open = this.byPath.get(file);
      return open ? asWritten(open.getText(), file) : nodeFileSystem.readFile(file);
    },
    mtime: (file) => this.stamps.get(file) ?? nodeFileSystem.mtime(file),
  };

  private track(doc: OpenDocument): OpenDocument {
    const file = uriToPath(doc.uri);
    if (file) {
      this.byPath.set(file, doc);
      this.stamps.set(file, this.nextStamp--);
    }
    return doc;
  }

  /**
   * Feeds the changes to the report's model. A change the model cannot take leaves no text to rebuild it from: the
   * report is then neither checked nor fixed (no edit is made from a text that is not the editor's) until it is
   * opened again, and the log says so. A whole-text change (as after "Revert File") makes it whole again.
   */
  private updateModel(doc: ReportBuffer, changes: TextDocumentContentChangeEvent[]): void {
    try {
      doc.model.applyChanges(changes);
      if (changes.some((c) => !('range' in c) || !c.range)) doc.lost = false;
    } catch (e) {
      doc.lost = true;
      this.log(`reportlint: applying an edit to ${doc.uri} failed; it is not checked until it is closed and opened again: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }

  private untrack(doc: OpenDocument): void {
    this.saved.delete(doc.uri);
    const file = uriToPath(doc.uri);
    if (file && this.byPath.get(file)?.uri === doc.uri) {
      this.byPath.delete(file);
      this.stamps.delete(file);
    }
  }
}

/**
 * An open file's text as the checks should read it. An editor that opened a GB18030 file (a figures CSV saved
 * by Excel on Chinese Windows) as UTF-8 shows U+FFFD for its characters: while its text is exactly that
 * misreading of the file on disk, not edited, the file is decoded as it is when not open (`decodeText`).
 */
function asWritten(text: string, file: string): string {
  if (!text.includes('\uFFFD')) return text;
  let bytes: Buffer;
  try {
    bytes = nodeFs.readFileSync(file);
  } catch {
    return text;
  }
  return bytes.toString('utf8') === text ? decodeText(bytes).text ?? text : text;
}
