import * as nodeFs from 'fs';
import { TextDocuments, type TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportDocument } from '../engine/document';
import { decodeText } from '../engine/encoding/decode';
import { nodeFileSystem, type FileSystem } from '../engine/host';
import { uriToPath } from './paths';

/** Editor languages whose documents are reports; other open documents (YAML, CSV) are data the checks read. */
export const REPORT_LANGUAGES = ['markdown', 'plaintext'];

/**
 * The open documents. Each report also has an engine model that takes the editor's incremental changes,
 * so an edit re-parses only the blocks around it. Open files shadow the disk for the engine (`fs`), so an
 * unsaved template is what the reports are checked against.
 */
export class OpenDocuments {
  readonly editor: TextDocuments<TextDocument>;
  private readonly models = new Map<string, ReportDocument>();
  private readonly byPath = new Map<string, TextDocument>();
  /** A fake modification time per open file, new at every edit, so the engine's caches see each change. */
  private readonly stamps = new Map<string, number>();
  private readonly saved = new Map<string, number>();
  private nextStamp = -2;

  constructor(private readonly log: (message: string) => void) {
    this.editor = new TextDocuments({
      create: (uri, languageId, version, content) => this.track(TextDocument.create(uri, languageId, version, content)),
      update: (doc, changes, version) => {
        const updated = TextDocument.update(doc, changes, version);
        this.updateModel(updated, changes);
        return this.track(updated);
      },
    });
    this.editor.onDidOpen((e) => { this.saved.set(e.document.uri, e.document.version); });
    this.editor.onDidSave((e) => { this.saved.set(e.document.uri, e.document.version); });
    this.editor.onDidClose((e) => this.untrack(e.document));
  }

  /** The engine model of an open report. */
  model(uri: string): ReportDocument | undefined {
    return this.models.get(uri);
  }

  get(uri: string): TextDocument | undefined {
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

  private track(doc: TextDocument): TextDocument {
    if (REPORT_LANGUAGES.includes(doc.languageId) && !this.models.has(doc.uri)) this.models.set(doc.uri, new ReportDocument(doc.getText()));
    const file = uriToPath(doc.uri);
    if (file) {
      this.byPath.set(file, doc);
      this.stamps.set(file, this.nextStamp--);
    }
    return doc;
  }

  /** Feeds the changes to the report's model; should that ever fail, the model is rebuilt from the text. */
  private updateModel(doc: TextDocument, changes: TextDocumentContentChangeEvent[]): void {
    const model = this.models.get(doc.uri);
    if (!model) return;
    try {
      model.applyChanges(changes);
    } catch (e) {
      this.models.set(doc.uri, new ReportDocument(doc.getText()));
      this.log(`reportlint: incremental update of ${doc.uri} failed, re-read it whole: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }

  private untrack(doc: TextDocument): void {
    this.models.delete(doc.uri);
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
