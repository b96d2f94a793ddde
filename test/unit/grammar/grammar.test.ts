import * as assert from 'assert';
import * as fs from 'fs';
import * as oniguruma from 'vscode-oniguruma';
import { parseGrammarTestCase, runGrammarTestCase, TestFailure } from 'vscode-tmgrammar-test/dist/unit/index';
import { repoPath } from '../../support/paths';
import { contributedGrammars, createRegistry, loadOniguruma } from './textmate';

// Runs the fixtures in test/grammar/ (vscode-tmgrammar-test format, one test per file) against
// vscode-textmate with VS Code's Markdown grammar and our injection.

const FIXTURE_DIR = repoPath('test', 'grammar');
const fixtures = fs.readdirSync(FIXTURE_DIR).filter((f) => /\.(md|txt)$/.test(f)).sort();

type Registry = Parameters<typeof runGrammarTestCase>[0];

/** vscode-tmgrammar-test types its registry with its own (older) vscode-textmate; the API it calls is the same. */
function registry(): Registry {
  return createRegistry() as unknown as Registry;
}

async function run(text: string): Promise<string[]> {
  const testCase = parseGrammarTestCase(text);
  const failures = await runGrammarTestCase(registry(), testCase);
  return failures.map((f: TestFailure) => {
    const source = testCase.source[f.srcLine] ?? '';
    return `line ${f.line + 1} ${JSON.stringify(source.slice(f.start, f.end))} [${f.start}, ${f.end}):` +
      ` missing ${f.missing.join(' ') || '-'}; unexpected ${f.unexpected.join(' ') || '-'}; actual ${f.actual.join(' ')}`;
  });
}

describe('grammar fixtures (test/grammar)', () => {
  it('exist', () => {
    assert.ok(fixtures.length >= 5, `only ${fixtures.length} fixtures`);
  });

  for (const file of fixtures) {
    it(file, async () => {
      const text = fs.readFileSync(`${FIXTURE_DIR}/${file}`, 'utf8');
      const assertions = parseGrammarTestCase(text).assertions.flatMap((a) => a.scopeAssertions);
      assert.ok(assertions.length >= 5, `${file}: only ${assertions.length} assertions`);
      assert.deepStrictEqual(await run(text), []);
    });
  }

  it('cover every scope the grammar assigns', () => {
    const all = fixtures.map((f) => fs.readFileSync(`${FIXTURE_DIR}/${f}`, 'utf8')).join('\n');
    const grammar = fs.readFileSync(repoPath('syntaxes', 'reportlint.tmLanguage.json'), 'utf8');
    const scopes = [...new Set([...grammar.matchAll(/"name": "([^"]+\.reportlint)"/g)].map((m) => m[1]))];
    assert.ok(scopes.length >= 10, `only ${scopes.length} scopes`);
    assert.deepStrictEqual(scopes.filter((s) => !all.includes(s)), []);
  });
});

describe('grammar fixture runner', () => {
  const header = '<!-- SYNTAX TEST "text.html.markdown" "self-check"\n';

  it('reports a scope that is expected but missing', async () => {
    const failures = await run(`${header}统一是关键\n<!-- <~--- keyword.control.enumeration.reportlint\n`);
    assert.strictEqual(failures.length, 1);
  });

  it('reports a scope that is present but excluded', async () => {
    const failures = await run(`${header}一是关键\n<!-- <-- - keyword.control.enumeration.reportlint\n`);
    assert.strictEqual(failures.length, 1);
  });

  it('passes a true expectation', async () => {
    assert.deepStrictEqual(await run(`${header}一是关键\n<!-- <-- keyword.control.enumeration.reportlint\n`), []);
  });
});

describe('contributed grammars', () => {
  const grammars = contributedGrammars();

  it('are the standalone report grammar and its Markdown injection', () => {
    assert.deepStrictEqual(grammars.map((g) => [g.scopeName, g.injectTo ?? [], g.language ?? null]), [
      ['text.reportlint', [], null],
      ['reportlint.markdown.injection', ['text.html.markdown'], null],
    ]);
  });

  it('point at grammar files with the same scope name', () => {
    for (const g of grammars) {
      const raw = JSON.parse(fs.readFileSync(repoPath(g.path), 'utf8')) as { scopeName?: string; injectionSelector?: string };
      assert.strictEqual(raw.scopeName, g.scopeName);
      if (g.injectTo) assert.match(raw.injectionSelector ?? '', /^L:text\.html\.markdown /);
    }
  });

  it('compile every regular expression with Oniguruma', async () => {
    await loadOniguruma();
    const bad: string[] = [];
    for (const g of grammars) {
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (typeof node !== 'object' || node === null) return;
        for (const [key, value] of Object.entries(node)) {
          if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') {
            try {
              new oniguruma.OnigScanner([value]).dispose();
            } catch (err) {
              bad.push(`${g.path} ${key}: ${String(err)}`);
            }
          } else {
            walk(value);
          }
        }
      };
      walk(JSON.parse(fs.readFileSync(repoPath(g.path), 'utf8')));
    }
    assert.deepStrictEqual(bad, []);
  });
});
