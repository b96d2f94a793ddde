import * as fs from 'fs';
import { repoPath } from '../../support/paths';

/** One snippet as VS Code reads it from a contributed snippet file. */
export interface SnippetEntry {
  /** File name under snippets/. */
  file: string;
  /** Language of the text it inserts, from the file name (zh-… or en-…). */
  language: string;
  name: string;
  prefixes: string[];
  /** Body lines joined with \n, as VS Code joins them. */
  body: string;
  description: string;
}

export const SNIPPET_DIR = repoPath('snippets');

/** Snippet files in snippets/, sorted. */
export function snippetFileNames(): string[] {
  return fs.readdirSync(SNIPPET_DIR).filter((f) => f.endsWith('.code-snippets') || f.endsWith('.json')).sort();
}

/** Parses a snippet file with strict JSON.parse (no comments, no trailing commas). */
export function readSnippetFile(file: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(fs.readFileSync(repoPath('snippets', file), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file}: top level is not an object`);
  }
  return parsed as Record<string, unknown>;
}

/** Every snippet of every file; fields of the wrong type come back empty so that tests report them. */
export function loadSnippets(): SnippetEntry[] {
  const entries: SnippetEntry[] = [];
  for (const file of snippetFileNames()) {
    for (const [name, raw] of Object.entries(readSnippetFile(file))) {
      const snippet = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      entries.push({
        file,
        language: file.split('-')[0],
        name,
        prefixes: stringList(snippet.prefix),
        body: stringList(snippet.body).join('\n'),
        description: typeof snippet.description === 'string' ? snippet.description : '',
      });
    }
  }
  return entries;
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return [];
}

/** One row of the table in docs/snippets.md: | `prefix` | what it inserts | language |. */
export interface DocRow {
  prefix: string;
  language: string;
}

export const SNIPPET_DOC = repoPath('docs', 'snippets.md');

/** Rows of the table under "## Snippet table" in docs/snippets.md. */
export function readDocRows(): DocRow[] {
  const text = fs.readFileSync(SNIPPET_DOC, 'utf8');
  const section = text.split(/^## /m).find((s) => s.startsWith('Snippet table')) ?? '';
  const rows: DocRow[] = [];
  for (const line of section.split(/\r?\n/)) {
    const m = /^\|\s*`([^`]+)`\s*\|.*\|\s*(\w+)\s*\|\s*$/.exec(line);
    if (m) rows.push({ prefix: m[1], language: m[2] });
  }
  return rows;
}
