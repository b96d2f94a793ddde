import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import { isBuiltin } from 'module';
import * as os from 'os';
import * as path from 'path';
import { repoPath, ROOT } from '../../support/paths';
import { readZip, type ZipEntry } from '../../support/zip';

/** Upper bound on the package size: the bundles are about 1.1 MB minified, 0.3 MB compressed. */
const MAX_VSIX_BYTES = 2 * 1024 * 1024;

interface Manifest {
  main: string;
  engines: { vscode: string };
  l10n?: string;
  contributes: { snippets?: { path: string }[]; grammars?: { path: string }[] };
}

describe('the .vsix package', function () {
  this.timeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-vsix-'));
  const vsix = path.join(dir, 'reportlint.vsix');
  let entries: ZipEntry[] = [];
  const names = () => entries.map((e) => e.name.replace(/^extension\//, ''));
  const file = (name: string) => entries.find((e) => e.name === `extension/${name}`);

  before(() => {
    // What `npm run package` does (vsce runs vscode:prepublish: the minified build), written elsewhere.
    execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix], { cwd: ROOT, stdio: 'pipe' });
    entries = readZip(fs.readFileSync(vsix));
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    execFileSync(process.execPath, [repoPath('scripts', 'bundle.mjs')], { cwd: ROOT, stdio: 'pipe' }); // back to the development bundles
  });

  it(`is smaller than ${MAX_VSIX_BYTES / 1024 / 1024} MB`, () => {
    assert.ok(fs.statSync(vsix).size < MAX_VSIX_BYTES, `${fs.statSync(vsix).size} bytes`);
  });

  it('holds the bundles, manifest, translations, license and readme', () => {
    const manifest = JSON.parse(file('package.json')!.read().toString('utf8')) as Manifest;
    assert.strictEqual(manifest.engines.vscode, '^1.100.0');
    const expected = [
      path.posix.normalize(manifest.main), 'dist/server.js', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json',
      'l10n/bundle.l10n.zh-cn.json', 'LICENSE.txt', 'readme.md',
    ];
    for (const name of expected) assert.ok(names().includes(name), `${name} is missing`);
  });

  it('holds every contributed snippet file and grammar, every template and schema', () => {
    const manifest = JSON.parse(file('package.json')!.read().toString('utf8')) as Manifest;
    const contributed = [...(manifest.contributes.snippets ?? []), ...(manifest.contributes.grammars ?? [])].map((c) => path.posix.normalize(c.path));
    const shipped = ['templates', 'schemas'].flatMap((d) => fs.readdirSync(repoPath(d)).map((f) => `${d}/${f}`));
    for (const name of [...contributed, ...shipped]) assert.ok(names().includes(name), `${name} is missing`);
  });

  it('holds no sources, tests, maps, node_modules or the CLI', () => {
    const unwanted = names().filter((n) => /\.ts$|\.map$|(^|\/)(node_modules|test|src|out|scripts|\.vscode-e2e)\/|^dist\/cli\.js$/.test(n));
    assert.deepStrictEqual(unwanted, []);
  });

  it('has minified bundles that need nothing at run time but Node and vscode', () => {
    for (const bundle of ['dist/client.js', 'dist/server.js']) {
      const code = file(bundle)!.read().toString('utf8');
      const lines = code.split('\n').length;
      assert.ok(code.length / lines > 1000, `${bundle} is not minified (${lines} lines)`);
      // require calls, not code text inside strings (ajv keeps `require("ajv/dist/runtime/…")` as text for standalone output)
      const required = [...code.matchAll(/(?<![`'"\w.])require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      const external = [...new Set(required.filter((r) => r !== 'vscode' && !isBuiltin(r)))];
      assert.deepStrictEqual(external, [], `${bundle} requires modules that are not in the package`);
    }
  });
});
