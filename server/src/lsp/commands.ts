import { ErrorCodes, ResponseError, type WorkspaceEdit } from 'vscode-languageserver/node';
import { insertSkeleton } from '../engine/commands/skeleton';
import { renumberAll } from '../engine/commands/renumber';
import { setTemplateEdit, templateRef } from '../engine/commands/template-ref';
import type { ReportDocument } from '../engine/document';
import type { Outline } from '../engine/outline/model';
import type { Template } from '../engine/template/types';
import type { Position, TextEdit } from '../engine/types';

/**
 * Commands the server executes (`workspace/executeCommand`). The extension's own commands show the
 * quick picks and call these; the ids differ because the language client registers these ids itself.
 */
export const SERVER_COMMANDS = {
  /** Renumbers every numbering sequence and enumeration of the report: `{uri, version}`. */
  renumber: 'reportlint.server.renumber',
  /** Inserts a template's skeleton at a position: `{uri, version, template, position}`. */
  insertSkeleton: 'reportlint.server.insertSkeleton',
  /** Writes `template:` into the front matter: `{uri, version, template}`. */
  setTemplate: 'reportlint.server.setTemplate',
} as const;

/** The custom request listing the templates a report can use: `{uri?}` → `TemplateSummary[]` (with `current`). */
export const TEMPLATES_REQUEST = 'reportlint/templates';

/**
 * The one argument every command takes: the report, the version the user saw (an edit for any other
 * version is refused), and, by command, the template (`builtin:<id>`, an id or an absolute path as
 * `reportlint/templates` lists them) and the cursor.
 */
export interface CommandArgs {
  uri: string;
  version: number;
  template?: string;
  position?: Position;
}

/** What a command answers. */
export interface CommandResult {
  /** True when the edit was applied, or when nothing needed to change. */
  applied: boolean;
  /** How many text edits the change has; 0 when the report needed none. */
  edits: number;
  failureReason?: string;
  /** The edit itself, when the client could not be asked to apply it (no `workspace/applyEdit`). */
  edit?: WorkspaceEdit;
}

/** Reads a command's argument; a malformed one is the caller's bug (InvalidParams). */
export function commandArgs(command: string, raw: unknown): CommandArgs {
  const fail = (why: string) => new ResponseError(ErrorCodes.InvalidParams, `${command}: ${why}`);
  if (!(Object.values(SERVER_COMMANDS) as string[]).includes(command)) throw fail('unknown command');
  const a = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (typeof a.uri !== 'string' || !Number.isInteger(a.version)) throw fail('expects {uri, version}');
  const args: CommandArgs = { uri: a.uri, version: a.version as number };
  if (command !== SERVER_COMMANDS.renumber) {
    if (typeof a.template !== 'string' || !a.template) throw fail('expects a template');
    args.template = a.template;
  }
  const p = a.position as Partial<Position> | undefined;
  if (p && Number.isInteger(p.line) && Number.isInteger(p.character)) args.position = { line: p.line!, character: p.character! };
  return args;
}

/** What the edits of a command are computed from: the report at the requested version and its check. */
export interface CommandInput {
  model: ReportDocument;
  outline: Outline;
  /** The template the command names, loaded (undefined for renumber). */
  template?: Template;
  /** The folder the front matter's relative paths start from (undefined for an untitled report outside a folder). */
  reportDir?: string;
  markdown: boolean;
}

/** The text edits a command makes (pure: the engine computes them). */
export function commandEdits(command: string, args: CommandArgs, input: CommandInput): TextEdit[] {
  const { model, outline, template } = input;
  if (command === SERVER_COMMANDS.renumber) return renumberAll(model, outline);
  const ref = templateRef(template!.source, input.reportDir);
  if (command === SERVER_COMMANDS.setTemplate) {
    const edit = setTemplateEdit(model, ref);
    return edit ? [edit] : [];
  }
  const position = args.position ?? { line: model.lineCount - 1, character: 0 };
  return insertSkeleton(model, { template: template!, ref, position, markdown: input.markdown, outline });
}
