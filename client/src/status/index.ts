import type { Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS, registerChecklist } from './checklist';
import { ReportStatus } from './report-status';

export type { ReportStatus } from './report-status';

/** Creates the report status bar item and its checklist commands; `client` gives the running client. */
export function registerReportStatus(subscriptions: Disposable[], client: () => LanguageClient | undefined): ReportStatus {
  const status = new ReportStatus(client, COMMANDS.checklist);
  subscriptions.push(status, ...registerChecklist(status));
  void status.update();
  return status;
}
