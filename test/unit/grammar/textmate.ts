import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';
import { repoPath } from '../../support/paths';

// A TextMate registry set up the way VS Code sets it up for Markdown with this extension installed:
// VS Code's Markdown grammar (shipped by the tm-grammars package), the few grammars it embeds that
// matter for report files, and our grammars exactly as package.json contributes them.

/** A grammar contribution from package.json. */
export interface GrammarContribution {
  scopeName: string;
  path: string;
  language?: string;
  injectTo?: string[];
}

/** Embedded grammars loaded from tm-grammars; any other embedded language (fenced code) stays unknown. */
const TM_GRAMMARS: Record<string, string> = {
  'text.html.markdown': 'markdown.json',
  'source.yaml': 'yaml.json',
  'text.html.derivative': 'html-derivative.json',
  'text.html.basic': 'html.json',
  'source.css': 'css.json',
  'source.js': 'javascript.json',
};

export function contributedGrammars(): GrammarContribution[] {
  const pkg = JSON.parse(fs.readFileSync(repoPath('package.json'), 'utf8')) as {
    contributes?: { grammars?: GrammarContribution[] };
  };
  return pkg.contributes?.grammars ?? [];
}

let onigLib: Promise<tm.IOnigLib> | undefined;

/** vscode-oniguruma, loaded once from the wasm file in its package (no network). */
export function loadOniguruma(): Promise<tm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigLib;
}

function grammarFile(scopeName: string, ours: GrammarContribution[]): string | undefined {
  const own = ours.find((g) => g.scopeName === scopeName);
  if (own) return repoPath(own.path);
  const file = TM_GRAMMARS[scopeName];
  return file ? require.resolve(`tm-grammars/grammars/${file}`) : undefined;
}

/** A registry with Markdown, its embedded grammars and our contributed grammars and injections. */
export function createRegistry(): tm.Registry {
  const ours = contributedGrammars();
  return new tm.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scopeName) => {
      const file = grammarFile(scopeName, ours);
      return file ? tm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    // Like VS Code: injections registered for exactly this scope name.
    getInjections: (scopeName) => ours.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  });
}
