import * as assert from 'assert';
import * as tm from 'vscode-textmate';
import { checkSnippetBody, expandSnippet } from '../snippets/snippetSyntax';
import { loadSnippets } from '../snippets/snippetFiles';
import { createRegistry } from './textmate';

// A slot the writer forgets to fill must stay visible: every fill-in default of every snippet
// (【内容】, X, XX, TBD, [insert …]) is highlighted as a placeholder once the snippet is inserted.

const PLACEHOLDER = 'invalid.illegal.placeholder.reportlint';
const VARIABLES = { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '05' };

/** Texts of the tokens that carry the placeholder scope, when the text is tokenized as Markdown. */
async function placeholderTokens(text: string): Promise<string[]> {
  const grammar = await createRegistry().loadGrammar('text.html.markdown');
  assert.ok(grammar, 'no Markdown grammar');
  let state = tm.INITIAL;
  const found: string[] = [];
  for (const line of text.split('\n')) {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    for (const t of tokens) if (t.scopes.includes(PLACEHOLDER)) found.push(line.slice(t.startIndex, t.endIndex));
  }
  return found;
}

describe('inserted snippets', () => {
  const snippets = loadSnippets();

  it('mark every fill-in default as a placeholder', async () => {
    const missed: Record<string, string[]> = {};
    for (const s of snippets) {
      // Numbers such as the 1 of "1." are numbering, not slots to fill.
      const fillIns = checkSnippetBody(s.body).defaults.filter((d) => !/^\d+$/.test(d));
      const marked = await placeholderTokens(expandSnippet(s.body, VARIABLES));
      const unmarked = fillIns.filter((d) => !marked.includes(d));
      if (unmarked.length > 0) missed[s.prefixes.join(',')] = unmarked;
    }
    assert.deepStrictEqual(missed, {});
  });

  it('have fill-in defaults at all', () => {
    const count = snippets.flatMap((s) => checkSnippetBody(s.body).defaults).length;
    assert.ok(count >= 60, `only ${count} defaults`);
  });

  it('write Chinese months without a leading zero', () => {
    const zh = snippets.filter((s) => s.language === 'zh').map((s) => expandSnippet(s.body, VARIABLES));
    assert.ok(zh.some((t) => t.includes('2026年3月')), 'no dated Chinese snippet');
    assert.deepStrictEqual(zh.filter((t) => /年0\d月/.test(t)), []);
  });
});
