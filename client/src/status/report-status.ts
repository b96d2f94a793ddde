import {
  EventEmitter, languages, StatusBarAlignment, ThemeColor, window,
  type Disposable, type Event, type StatusBarItem, type TextDocument, type Uri,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OutlineStatusRequest, type OutlineStatus } from './protocol';
import { summarize, type StatusSummary } from './summary';

/** Languages whose documents get a status. */
const REPORT_LANGUAGES = ['markdown', 'plaintext'];

/** The last status shown, for the checklist and for tests. */
export interface ShownStatus {
  uri: string;
  status: OutlineStatus;
  summary: StatusSummary;
}

/**
 * The status bar item of the active report: its template's required sections present, and open
 * figure problems. It follows the active editor and the report's diagnostics (which the server
 * recomputes after edits and settings changes); clicking it opens the checklist.
 */
export class ReportStatus implements Disposable {
  private readonly item: StatusBarItem;
  private readonly updated = new EventEmitter<ShownStatus | undefined>();
  private readonly disposables: Disposable[] = [];
  private shown: ShownStatus | undefined;
  private sequence = 0;

  /** Fires after every update, with what is shown (undefined when hidden). */
  readonly onDidUpdate: Event<ShownStatus | undefined> = this.updated.event;

  constructor(private readonly client: () => LanguageClient | undefined, command: string) {
    this.item = window.createStatusBarItem('reportlint.status', StatusBarAlignment.Left, 50);
    this.item.name = 'reportlint';
    this.item.command = command;
    this.disposables.push(
      this.item, this.updated,
      window.onDidChangeActiveTextEditor(() => void this.update()),
      languages.onDidChangeDiagnostics((e) => {
        const active = window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) void this.update();
      }),
    );
  }

  /** What is shown now. */
  get current(): ShownStatus | undefined {
    return this.shown;
  }

  /** Asks the server for the active report's status and shows it; hides the item for other editors. */
  async update(): Promise<ShownStatus | undefined> {
    const seq = ++this.sequence;
    const doc = window.activeTextEditor?.document;
    const status = doc && REPORT_LANGUAGES.includes(doc.languageId) ? await this.request(doc) : undefined;
    if (seq !== this.sequence) return this.shown;
    this.shown = doc && status ? { uri: doc.uri.toString(), status, summary: summarize(status, languages.getDiagnostics(doc.uri)) } : undefined;
    this.render();
    this.updated.fire(this.shown);
    return this.shown;
  }

  /** The status of any open report, straight from the server. */
  async statusOf(uri: Uri): Promise<OutlineStatus | undefined> {
    const client = this.client();
    if (!client?.isRunning()) return undefined;
    return (await client.sendRequest(OutlineStatusRequest, { textDocument: { uri: client.code2ProtocolConverter.asUri(uri) } })) ?? undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async request(doc: TextDocument): Promise<OutlineStatus | undefined> {
    try {
      return await this.statusOf(doc.uri);
    } catch {
      return undefined; // the server is restarting or the document closed; the next event updates again
    }
  }

  private render(): void {
    const shown = this.shown;
    if (!shown) {
      this.item.hide();
      return;
    }
    const { summary } = shown;
    this.item.text = summary.text;
    this.item.tooltip = summary.tooltip;
    this.item.backgroundColor = summary.present < summary.required ? new ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }
}
