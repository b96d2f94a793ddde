// Checks snippet bodies with VS Code's own snippet parser, taken from monaco-editor-core (a devDependency).
// That parser never throws: a piece it cannot parse is kept as literal text, which VS Code then inserts
// as typed. checkSnippetBody turns that leniency into errors.

/** The marker classes of VS Code's snippet parser that these checks look at. */
interface ParserModule {
  SnippetParser: new () => { parse(value: string): MarkerLike & SnippetLike };
  Text: Function;
  Placeholder: Function;
  Choice: Function;
  Variable: Function;
}

interface SnippetLike {
  resolveVariables(resolver: { resolve(variable: MarkerLike): string | undefined }): MarkerLike;
}

interface MarkerLike {
  readonly children: MarkerLike[];
  /** Text */
  readonly value?: string;
  /** Placeholder */
  readonly index?: number;
  /** Variable */
  readonly name?: string;
  /** Choice */
  readonly options?: MarkerLike[];
  toString(): string;
}

// An ES module without "type": "module"; Node loads it through require() since 20.19.
const PARSER_PATH = 'monaco-editor-core/esm/vs/editor/contrib/snippet/browser/snippetParser.js';

let parserModule: ParserModule | undefined;

function loadParser(): ParserModule {
  if (!parserModule) {
    try {
      parserModule = require(PARSER_PATH) as ParserModule;
    } catch (err) {
      throw new Error(`cannot load VS Code's snippet parser (${PARSER_PATH}); it needs Node >= 20.19: ${String(err)}`);
    }
  }
  return parserModule;
}

/** Variables VS Code resolves in snippets (an unknown name would be inserted as a placeholder). */
export const KNOWN_VARIABLES: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER',
  'TM_FILENAME', 'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD',
  'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT',
  'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE',
  'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID',
  'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

/** What one body contains, and what is wrong with it. */
export interface SnippetBodyReport {
  /** Empty when VS Code would insert the body as its author meant. */
  problems: string[];
  /** Tab stop numbers in order of appearance, mirrors included ($0 too). */
  tabstops: number[];
  /** Tab stop numbers that appear more than once (mirrored placeholders). */
  mirrored: number[];
  /** Options of each choice list, in order of appearance. */
  choices: string[][];
  /** Plain-text defaults of tab stops (`${1:default}`), in order of appearance. */
  defaults: string[];
  variables: string[];
}

const MAX_DEPTH = 10;

/** Parses a body (lines joined with \n) the way VS Code does and reports malformed syntax. */
export function checkSnippetBody(body: string): SnippetBodyReport {
  const m = loadParser();
  const report: SnippetBodyReport = { problems: [], tabstops: [], mirrored: [], choices: [], defaults: [], variables: [] };
  let literalDollars = 0;
  const visit = (marker: MarkerLike, depth: number): void => {
    if (depth > MAX_DEPTH) {
      report.problems.push('placeholders nest too deeply (a tab stop inside its own default?)');
      return;
    }
    if (marker instanceof m.Text) {
      literalDollars += countChar(marker.value ?? '', '$');
    } else if (marker instanceof m.Placeholder) {
      report.tabstops.push(marker.index ?? -1);
      const kids = marker.children;
      if (kids.length > 0 && kids.every((k) => k instanceof m.Text) && !report.defaults.includes(marker.toString())) {
        report.defaults.push(marker.toString());
      }
    } else if (marker instanceof m.Choice) {
      const options = (marker.options ?? []).map((o) => o.value ?? '');
      report.choices.push(options);
      for (const option of options) literalDollars += countChar(option, '$');
    } else if (marker instanceof m.Variable) {
      report.variables.push(marker.name ?? '');
    }
    for (const child of marker.children) visit(child, depth + 1);
  };
  for (const child of new m.SnippetParser().parse(body).children) visit(child, 0);

  // Each \$ in the source gives one literal $; any other literal $ is syntax the parser gave up on.
  const escaped = countEscapedDollars(body);
  if (literalDollars > escaped) {
    report.problems.push('malformed snippet syntax: VS Code would insert part of it literally (an unclosed ${…} or choice?)');
  }
  const choiceOpenings = (body.match(/\$\{\d+\|/g) ?? []).length;
  if (choiceOpenings !== report.choices.length) {
    report.problems.push(`${choiceOpenings} choice lists written but ${report.choices.length} parsed`);
  }
  for (const name of report.variables) {
    if (!KNOWN_VARIABLES.has(name)) report.problems.push(`unknown variable $${name}`);
  }
  const numbered = report.tabstops.filter((n) => n > 0);
  const distinct = [...new Set(numbered)].sort((a, b) => a - b);
  if (distinct.some((n, i) => n !== i + 1)) {
    report.problems.push(`tab stops are not numbered 1..n without gaps: ${distinct.join(', ')}`);
  }
  report.mirrored = distinct.filter((n) => numbered.indexOf(n) !== numbered.lastIndexOf(n));
  return report;
}

function countChar(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Counts "\$" escapes, skipping escaped backslashes ("\\$1" is a backslash and a tab stop). */
function countEscapedDollars(source: string): number {
  let count = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '\\') continue;
    if (source[i + 1] === '$') count++;
    i++;
  }
  return count;
}

/** The text VS Code inserts when every tab stop keeps its default (first choice, mirrors filled in). */
export function expandSnippet(body: string, variables: Record<string, string>): string {
  const m = loadParser();
  const snippet = new m.SnippetParser().parse(body);
  snippet.resolveVariables({ resolve: (v) => variables[v.name ?? ''] });
  return snippet.toString();
}
