import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoPath } from '../../support/paths';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('engine purity', () => {
  it('imports neither vscode nor the language server packages', () => {
    const offenders = sourceFiles(repoPath('server', 'src', 'engine')).filter((file) =>
      /(?:from|require\()\s*['"](?:vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|vscode-jsonrpc)['"]/.test(fs.readFileSync(file, 'utf8')),
    );
    assert.deepStrictEqual(offenders, []);
  });
});
