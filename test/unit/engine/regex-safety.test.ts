import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSync } from 'recheck';
import * as ts from 'typescript';
import { PATTERN as DATE_PATTERN } from '../../../server/src/engine/text/dates';
import { PATTERNS as PLACEHOLDER_PATTERNS } from '../../../server/src/engine/text/placeholders';
import { ENUMERATION_PATTERN } from '../../../server/src/engine/outline/enumeration-scan';
import { repoPath } from '../../support/paths';

// Every regular expression the server runs on a report's text, analysed for super-linear backtracking by
// recheck (automata and seeded fuzzing; no clock). A pattern that backtracks polynomially on some line
// hangs a check on a long enough one: four such were found this way (an inline image nothing closes, a
// table delimiter row, 【 and blanks, a front matter line), each taking seconds to minutes on lines a
// report can have.

/** Patterns recheck flags that are linear where and how they run, each with the reason. */
const ALLOWED: Record<string, string> = {
  // quantities.ts: only ever given the 60 characters before a number.
  '((?:[A-Za-z][A-Za-z-]*\\s+){1,3})$': 'bounded input',
  // dates.ts: recheck's attack, runs of digits with a full-width one between, is read by V8 in linear time
  // (2 × 16,000 digits: 2 ms, measured when this test was written).
  [DATE_PATTERN.source]: 'linear in V8',
  // placeholders.ts, the bracketed placeholders: a run of X inside one bracket is tried at most about a hundred
  // ways (`{0,10}` on either side of `X{2,}`), and a bracket ends every run; recheck's attack of 160,000
  // characters takes V8 37 ms, 40,000 of them 18 ms.
  [PLACEHOLDER_PATTERNS[1][0].source]: 'linear in V8',
};

interface Found {
  where: string;
  source: string;
  flags: string;
}

function literalsIn(dir: string): Found[] {
  const found: Found[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...literalsIn(file));
    else if (file.endsWith('.ts')) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText();
          const end = text.lastIndexOf('/');
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.push({ where: `${path.relative(repoPath(), file)}:${line}`, source: text.slice(1, end), flags: text.slice(end + 1) });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

describe('regular expressions: none backtracks super-linearly (recheck)', function () {
  this.timeout(120_000);

  it('every literal of the server and every pattern it builds', () => {
    const patterns: Found[] = [
      ...literalsIn(repoPath('server', 'src')),
      ...PLACEHOLDER_PATTERNS.map(([p], k) => ({ where: `placeholders.ts PATTERNS[${k}]`, source: p.source, flags: p.flags })),
      { where: 'dates.ts PATTERN', source: DATE_PATTERN.source, flags: DATE_PATTERN.flags },
      { where: 'enumeration-scan.ts ENUMERATION_PATTERN', source: ENUMERATION_PATTERN.source, flags: ENUMERATION_PATTERN.flags },
    ];
    assert.ok(patterns.length > 100, `only ${patterns.length} patterns found`);
    const unsafe: string[] = [];
    for (const p of patterns) {
      if (ALLOWED[p.source]) continue; // as long as the pattern stays as it was when it was measured
      const result = checkSync(p.source, p.flags, { randomSeed: 20261129, timeout: 20_000 });
      if (result.status === 'safe') continue;
      const attack = result.status === 'vulnerable' ? ` (attack: ${JSON.stringify(result.attack.pattern).slice(0, 80)})` : '';
      unsafe.push(`${p.where} /${p.source}/${p.flags}: ${result.status}${attack}`);
    }
    assert.deepStrictEqual(unsafe, []);
  });
});
