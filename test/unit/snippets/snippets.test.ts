import * as assert from 'assert';
import * as fs from 'fs';
import { repoPath } from '../../support/paths';
import { checkSnippetBody } from './snippetSyntax';
import { loadSnippets, readDocRows, readSnippetFile, snippetFileNames } from './snippetFiles';

const snippets = loadSnippets();

/** name → value, for the snippets where value is non-empty. */
function collect<T>(fn: (s: (typeof snippets)[number]) => T[]): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const s of snippets) {
    const v = fn(s);
    if (v.length > 0) out[`${s.file} ${s.name}`] = v;
  }
  return out;
}

describe('snippet files', () => {
  for (const file of snippetFileNames()) {
    it(`${file} is strict JSON and every entry has prefix, body and description`, () => {
      const entries = Object.entries(readSnippetFile(file));
      assert.ok(entries.length > 0, 'no snippets');
      for (const [name, raw] of entries) {
        const s = raw as Record<string, unknown>;
        assert.ok(typeof s.prefix === 'string' || Array.isArray(s.prefix), `${name}: prefix`);
        assert.ok(typeof s.body === 'string' || Array.isArray(s.body), `${name}: body`);
        assert.ok(typeof s.description === 'string' && s.description.length > 0, `${name}: description`);
      }
    });
  }

  it('hold at least 30 snippets', () => {
    assert.ok(snippets.length >= 30, `only ${snippets.length} snippets`);
  });

  it('have unique prefixes across all files', () => {
    const all = snippets.flatMap((s) => s.prefixes);
    assert.ok(all.length >= snippets.length, 'a snippet without prefix');
    assert.deepStrictEqual(all.filter((p, i) => all.indexOf(p) !== i), []);
  });

  it('use ASCII prefixes (pinyin initials or English words), since IME composition never triggers a prefix', () => {
    assert.deepStrictEqual(collect((s) => s.prefixes.filter((p) => !/^[a-z][a-z0-9]*$/.test(p))), {});
  });

  it('describe every snippet in Chinese and English', () => {
    const bad = collect((s) => (/\p{Script=Han}/u.test(s.description) && /[A-Za-z]{3,}/.test(s.description) ? [] : [s.description]));
    assert.deepStrictEqual(bad, {});
  });

  it('parse as VS Code snippet syntax, with known variables and no literal leftovers', () => {
    assert.deepStrictEqual(collect((s) => checkSnippetBody(s.body).problems), {});
  });

  it('number tab stops 1..n without gaps (plus an optional $0)', () => {
    const bad = collect((s) => {
      const stops = [...new Set(checkSnippetBody(s.body).tabstops.filter((n) => n !== 0))].sort((a, b) => a - b);
      return stops.length > 0 && stops.every((n, i) => n === i + 1) ? [] : [stops.join(',')];
    });
    assert.deepStrictEqual(bad, {});
  });

  it('offer choice lists that parse into at least two options', () => {
    const choices = snippets.flatMap((s) => checkSnippetBody(s.body).choices);
    assert.ok(choices.length >= 5, `only ${choices.length} choice lists`);
    assert.deepStrictEqual(choices.filter((c) => c.length < 2), []);
    const byPrefix = (p: string) => checkSnippetBody(snippets.find((s) => s.prefixes.includes(p))?.body ?? '').choices;
    assert.deepStrictEqual(byPrefix('jzgz'), [['强', '扬', '廉', '学', '干']]);
    assert.deepStrictEqual(byPrefix('status'), [['Green', 'Amber', 'Red']]);
  });

  it('mirror placeholders in some snippets', () => {
    const mirroring = collect((s) => checkSnippetBody(s.body).mirrored);
    assert.ok(Object.keys(mirroring).length >= 1, 'no snippet mirrors a placeholder');
    assert.deepStrictEqual(checkSnippetBody(snippets.find((s) => s.prefixes.includes('jzcs'))?.body ?? '').mirrored, [1]);
  });

  it('write 截至 before a date, never 截止', () => {
    assert.deepStrictEqual(collect((s) => (s.body.includes('截止') ? [s.body] : [])), {});
    assert.ok(snippets.some((s) => s.body.startsWith('截至')), 'the as-of snippet is missing');
  });

  it('do not zero-pad months or days in Chinese dates', () => {
    const padded = collect((s) => (s.language === 'zh' ? s.body.match(/\$\{?CURRENT_(?:MONTH|DATE)(?!\/)/g) ?? [] : []));
    assert.deepStrictEqual(padded, {});
  });
});

describe('snippet syntax check', () => {
  const problems = (body: string) => checkSnippetBody(body).problems;

  it('rejects an unclosed placeholder', () => {
    assert.ok(problems('截至${1:unclosed').length > 0);
  });

  it('rejects an unclosed choice list', () => {
    assert.ok(problems('使${1|a,b}起来').length > 0);
  });

  it('rejects gaps in tab stop numbers', () => {
    assert.ok(problems('${1:a} ${3:b}').some((p) => p.includes('gaps')));
    assert.ok(problems('cost $5 for ${1:x}').some((p) => p.includes('gaps')));
  });

  it('rejects unknown variables', () => {
    assert.deepStrictEqual(problems('$CURRENT_YAER'), ['unknown variable $CURRENT_YAER']);
  });

  it('accepts mirrors, choices, escaped dollars and transformed variables', () => {
    const report = checkSnippetBody('加强${1:X}建设，从${1}上“${2|强,扬|}”起来 \\$5 ${CURRENT_MONTH/^0//}月$0');
    assert.deepStrictEqual(report.problems, []);
    assert.deepStrictEqual(report.mirrored, [1]);
    assert.deepStrictEqual(report.choices, [['强', '扬']]);
    assert.deepStrictEqual(report.variables, ['CURRENT_MONTH']);
  });
});

describe('package.json contributes.snippets', () => {
  const pkg = JSON.parse(fs.readFileSync(repoPath('package.json'), 'utf8')) as {
    contributes?: { snippets?: { language: string; path: string }[] };
  };
  const contributed = pkg.contributes?.snippets ?? [];

  it('contributes every snippet file for markdown and plaintext', () => {
    const pairs = contributed.map((c) => `${c.language} ${c.path}`).sort();
    const expected = snippetFileNames().flatMap((f) => [`markdown ./snippets/${f}`, `plaintext ./snippets/${f}`]).sort();
    assert.deepStrictEqual(pairs, expected);
  });

  it('points only at files that exist', () => {
    assert.deepStrictEqual(contributed.filter((c) => !fs.existsSync(repoPath(c.path))), []);
  });
});

describe('docs/snippets.md', () => {
  it('lists exactly the snippet prefixes, each with its language', () => {
    const documented = readDocRows().map((r) => `${r.prefix} ${r.language}`).sort();
    const actual = snippets.flatMap((s) => s.prefixes.map((p) => `${p} ${s.language}`)).sort();
    assert.deepStrictEqual(documented, actual);
  });
});
