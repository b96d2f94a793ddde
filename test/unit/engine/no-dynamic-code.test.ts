import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoPath } from '../../support/paths';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    // *.generated.ts is the schema validators' code, written at build time by scripts/compile-schemas.mjs
    // from the shipped schemas (its `require` and `new RegExp` are Ajv's, on literal patterns).
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') && !e.name.endsWith('.generated.ts') ? [full] : [];
  });
}

const FILES = [...sources(repoPath('server', 'src')), ...sources(repoPath('client', 'src'))];

/** Each line of the sources matching a pattern, as `file:line: text`. */
function grep(pattern: RegExp): string[] {
  return FILES.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (pattern.test(line) ? [`${path.relative(repoPath(), file)}:${i + 1}: ${line.trim()}`] : [])));
}

describe('nothing from a workspace is executed', () => {
  it('has no require() of anything but a string literal', () => {
    assert.deepStrictEqual(grep(/\brequire\s*\(\s*[^'"\s)]/), []);
  });

  it('has no dynamic import()', () => {
    assert.deepStrictEqual(grep(/(?<!typeof )\bimport\s*\(/), []); // `typeof import('x')` is a type, not a load
  });

  it('has no eval, new Function, vm or child processes', () => {
    // The CLI checks many files on worker threads running its own bundled worker (cli/worker.ts): reviewed.
    const ownWorkers = new Set(['server/src/cli/index.ts', 'server/src/cli/pool.ts', 'server/src/cli/worker.ts']);
    const hits = grep(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(|from\s+['"](?:node:)?(?:vm|child_process|worker_threads)['"]|require\(['"](?:node:)?(?:vm|child_process)['"]\)/);
    assert.deepStrictEqual(hits.filter((hit) => !(ownWorkers.has(hit.split(':')[0]) && /worker_threads/.test(hit))), []);
  });

  it('builds regular expressions from configuration only through compileUserRegex, or from escaped text', () => {
    // Every RegExp not written from constants on its line, and why it is safe.
    const reviewed: Record<string, string> = {
      'server/src/engine/config/regex.ts': 'compileUserRegex: the user\'s own patterns, refused when they could backtrack catastrophically',
      'server/src/engine/figures/bind.ts': 'an alternation of the data file\'s labels, escaped',
      'server/src/engine/text/terms.ts': 'an alternation of the configured terms, escaped',
      'server/src/engine/text/dates.ts': 'PATTERN, over several lines, from the constants above it',
      'server/src/engine/outline/enumerations.ts': 'PATTERN, over several lines, from the constants above it',
      'server/src/engine/outline/enumeration-scan.ts': 'ENUMERATION_PATTERN, over several lines, from the constants above it',
      'server/src/engine/complete/context.ts': 'PARTIAL_MARKER, from the numeral class constant',
    };
    const dynamic = grep(/new RegExp\(/).filter((hit) => !/new RegExp\(\s*`[^`$]*(?:\$\{[A-Z_]+\}[^`$]*)*`/.test(hit));
    assert.deepStrictEqual(dynamic.filter((hit) => !(hit.split(':')[0] in reviewed)), []);
    for (const file of ['server/src/engine/figures/bind.ts', 'server/src/engine/text/terms.ts']) {
      assert.match(fs.readFileSync(repoPath(file), 'utf8'), /\.replace\(\/\[\.\*\+\?\^\$\{\}\(\)\|\[\\\]\\\\\/-\]\/g, '\\\\\$&'\)/, `${file} escapes what it puts in a pattern`);
    }
  });
});
