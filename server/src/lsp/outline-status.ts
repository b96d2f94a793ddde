import { RequestType, type CancellationToken, type TextDocumentIdentifier } from 'vscode-languageserver/node';
import { outlineStatus, type OutlineStatus } from '../engine/template/status';
import type { ReportService } from './service';

/** Parameters of `reportlint/outlineStatus`. */
export interface OutlineStatusParams {
  textDocument: TextDocumentIdentifier;
}

/**
 * `reportlint/outlineStatus`: the template of an open report and its top-level sections, each present or
 * not, with where it is or where the fix for it goes. Null when the document is not an open report.
 */
export const OutlineStatusRequest = new RequestType<OutlineStatusParams, OutlineStatus | null, void>('reportlint/outlineStatus');

/** Answers the request from the current check of the document. */
export async function outlineStatusOf(service: ReportService, p: OutlineStatusParams, token: CancellationToken): Promise<OutlineStatus | null> {
  const current = await service.current(p.textDocument.uri, token);
  return current ? outlineStatus(current.checked.result, current.document) : null;
}
