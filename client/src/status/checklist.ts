import {
  commands, l10n, Position, Range, Selection, TextEditorRevealType, Uri, window, workspace,
  type CodeAction, type Disposable, type QuickPickItem,
} from 'vscode';
import type { SectionStatus, WireRange } from './protocol';
import type { ReportStatus } from './report-status';

/** Commands of the report status; the last two take `(uri: string, sectionId: string)`. */
export const COMMANDS = {
  checklist: 'reportlint.showChecklist',
  reveal: 'reportlint.revealSection',
  insert: 'reportlint.insertMissingSection',
} as const;

interface SectionItem extends QuickPickItem {
  section: SectionStatus;
}

/** Registers the checklist (a quick pick of the template's sections) and its jump and insert commands. */
export function registerChecklist(status: ReportStatus): Disposable[] {
  return [
    commands.registerCommand(COMMANDS.checklist, () => showChecklist(status)),
    commands.registerCommand(COMMANDS.reveal, (uri: string, id: string) => revealSection(status, uri, id)),
    commands.registerCommand(COMMANDS.insert, (uri: string, id: string) => insertMissing(status, uri, id)),
  ];
}

/** ✓/✗ per template section; picking a present one jumps to it, a missing one inserts it. */
async function showChecklist(status: ReportStatus): Promise<void> {
  const shown = await status.update();
  if (!shown) {
    void window.showInformationMessage(l10n.t('Open a report to see its checklist.'));
    return;
  }
  if (!shown.status.template) {
    void window.showInformationMessage(shown.summary.tooltip);
    return;
  }
  const items: SectionItem[] = shown.status.sections.map((section) => ({
    section,
    label: `${section.present ? '✓' : '✗'} ${section.title}`,
    description: section.required ? l10n.t('required') : l10n.t('optional'),
    detail: section.present ? l10n.t('present — select to go there') : section.missing ? l10n.t('missing — select to insert it') : l10n.t('missing'),
  }));
  const picked = await window.showQuickPick(items, { title: l10n.t('Sections of {0}', shown.status.template.name), placeHolder: shown.summary.text.replace(/^\$\(\w+\) /, '') });
  if (!picked) return;
  await (picked.section.present ? revealSection(status, shown.uri, picked.section.id) : insertMissing(status, shown.uri, picked.section.id));
}

/** Opens the report at the section. Returns whether the section was found. */
async function revealSection(status: ReportStatus, uri: string, id: string): Promise<boolean> {
  const section = await sectionOf(status, uri, id);
  if (!section?.range) return false;
  const editor = await window.showTextDocument(Uri.parse(uri));
  const range = toRange(section.range);
  editor.selection = new Selection(range.start, range.start);
  editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/**
 * Inserts a missing section by applying the `missing-section` quick fix that the language server
 * offers for it (asked through the code action provider, like the light bulb). Returns whether it was applied.
 */
async function insertMissing(status: ReportStatus, uri: string, id: string): Promise<boolean> {
  const section = await sectionOf(status, uri, id);
  const missing = section && !section.present ? section.missing : undefined;
  if (!missing) return false;
  const action = await findFix(Uri.parse(uri), toRange(missing.range), missing.fixTitle);
  if (!action?.edit || !(await workspace.applyEdit(action.edit))) {
    void window.showWarningMessage(l10n.t('The section {0} could not be inserted: no quick fix is offered for it.', section!.title));
    return false;
  }
  if (action.command) await commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return true;
}

/**
 * The quick fix titled `title` at `range`. Asked again (up to three times) when missing or cancelled: VS
 * Code drops the answers of providers still at work when another extension registers a provider meanwhile.
 */
async function findFix(uri: Uri, range: Range, title: string | undefined): Promise<CodeAction | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const actions = (await commands.executeCommand<CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
      const action = actions.find((a) => a.title === title && a.edit);
      if (action) return action;
    } catch (e) {
      if ((e as Error).name !== 'Canceled') throw e;
    }
  }
  return undefined;
}

async function sectionOf(status: ReportStatus, uri: string, id: string): Promise<SectionStatus | undefined> {
  const outline = await status.statusOf(Uri.parse(uri));
  return outline?.sections.find((s) => s.id === id);
}

function toRange(r: WireRange): Range {
  return new Range(new Position(r.start.line, r.start.character), new Position(r.end.line, r.end.character));
}
