// The extension's commands: they pick a template where one is needed and ask the language server, which
// computes the edit for the document version shown and sends it back as one undoable, versioned edit.
import { commands, l10n, window, type ExtensionContext, type QuickPickItem, type TextEditor } from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

/** Server command ids and the template request (see server/src/lsp/commands.ts). */
const SERVER = {
  renumber: 'reportlint.server.renumber',
  insertSkeleton: 'reportlint.server.insertSkeleton',
  setTemplate: 'reportlint.server.setTemplate',
  templates: 'reportlint/templates',
};

/** A template as the server lists it. */
interface TemplateSummary {
  id: string;
  name: string;
  description?: string;
  source: string;
  current?: boolean;
}

interface CommandResult {
  applied: boolean;
  edits: number;
  failureReason?: string;
}

/** Registers the commands contributed in package.json; `client` gives the running language client. */
export function registerCommands(context: ExtensionContext, client: () => LanguageClient | undefined): void {
  const register = (id: string, command: (editor: TextEditor) => Promise<void>) =>
    commands.registerTextEditorCommand(id, (editor) => command(editor).catch((e) => void window.showErrorMessage(`reportlint: ${e instanceof Error ? e.message : String(e)}`)));
  context.subscriptions.push(
    register('reportlint.renumber', (editor) => run(client(), editor, SERVER.renumber, {}, l10n.t('Numbering is already in sequence.'))),
    register('reportlint.insertSkeleton', async (editor) => {
      const template = await pickTemplate(client(), editor, l10n.t('Template to insert as a skeleton'));
      if (template) await run(client(), editor, SERVER.insertSkeleton, { template: template.source, position: editor.selection.active }, '');
    }),
    register('reportlint.chooseTemplate', async (editor) => {
      const template = await pickTemplate(client(), editor, l10n.t('Template this report follows (written to its front matter)'));
      if (template) await run(client(), editor, SERVER.setTemplate, { template: template.source }, l10n.t('The report already uses {0}.', template.id));
    }),
  );
}

async function run(client: LanguageClient | undefined, editor: TextEditor, command: string, extra: object, unchanged: string): Promise<void> {
  if (!ready(client, editor)) return;
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  const args = { uri, version: editor.document.version, ...extra };
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] })) as CommandResult | null;
  if (!result?.applied) void window.showWarningMessage(`reportlint: ${result?.failureReason ?? l10n.t('the command did not run.')}`);
  else if (!result.edits && unchanged) void window.showInformationMessage(`reportlint: ${unchanged}`);
}

async function pickTemplate(client: LanguageClient | undefined, editor: TextEditor, placeHolder: string): Promise<TemplateSummary | undefined> {
  if (!ready(client, editor)) return undefined;
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  const templates = (await client.sendRequest(SERVER.templates, { uri })) as TemplateSummary[];
  const items = templates.map((t): QuickPickItem & { template: TemplateSummary } => ({
    label: t.name,
    description: t.current ? `${t.id} · ${l10n.t('current')}` : t.id,
    detail: [t.description, t.source.startsWith('builtin:') ? l10n.t('built-in') : t.source].filter(Boolean).join(' — '),
    template: t,
  }));
  items.sort((a, b) => Number(!!b.template.current) - Number(!!a.template.current));
  return (await window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true }))?.template;
}

function ready(client: LanguageClient | undefined, editor: TextEditor): client is LanguageClient {
  if (client?.isRunning() && ['markdown', 'plaintext'].includes(editor.document.languageId)) return true;
  void window.showWarningMessage(`reportlint: ${l10n.t('open a report (Markdown, or plain text with reportlint.enablePlainText) first.')}`);
  return false;
}
