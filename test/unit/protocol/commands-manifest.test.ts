import * as assert from 'assert';
import * as fs from 'fs';
import { SERVER_COMMANDS, TEMPLATES_REQUEST } from '../../../server/src/lsp/commands';
import { repoPath } from '../../support/paths';

/** The server's command ids and its template request, which the client (built separately) spells out. */
const SERVER = [...Object.values(SERVER_COMMANDS), TEMPLATES_REQUEST];

describe('extension manifest: commands', () => {
  const manifest = JSON.parse(fs.readFileSync(repoPath('package.json'), 'utf8'));
  const client = fs.readFileSync(repoPath('client', 'src', 'commands.ts'), 'utf8');

  it('contributes exactly the commands the client registers, each titled, in the reportlint category', () => {
    const contributed = manifest.contributes.commands as Array<{ command: string; title: string; category: string }>;
    // The editor commands, and the report checklist (client/src/status; its reveal/insert commands take arguments and are not contributed).
    const checklist = fs.readFileSync(repoPath('client', 'src', 'status', 'checklist.ts'), 'utf8');
    const registered = [...client.matchAll(/register\('([\w.]+)'/g), ...checklist.matchAll(/checklist: '([\w.]+)'/g)].map((m) => m[1]);
    assert.deepStrictEqual(contributed.map((c) => c.command).sort(), registered.sort());
    for (const c of contributed) assert.ok(c.title.length > 5 && c.category === 'reportlint', c.command);
    const palette = manifest.contributes.menus.commandPalette as Array<{ command: string }>;
    assert.deepStrictEqual(palette.map((m) => m.command).sort(), registered.sort());
  });

  it('the client calls the commands the server declares', () => {
    for (const id of SERVER) assert.ok(client.includes(`'${id}'`), id);
  });
});
