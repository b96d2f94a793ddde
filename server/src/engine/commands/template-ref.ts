import * as path from 'path';
import type { ReportDocument } from '../document';
import { frontMatterEntry, unquote } from '../front-matter';
import { layout } from '../outline/edits';
import type { TextEdit } from '../types';

/**
 * How a report's front matter names a template: a built-in by its id; a template file by its path
 * relative to the report's folder (`./…`), or absolute when the report has no folder (untitled).
 * `source` is a template's `source`: `builtin:<id>` or the file's absolute path.
 */
export function templateRef(source: string, reportDir: string | undefined): string {
  if (source.startsWith('builtin:')) return source.slice('builtin:'.length);
  if (!reportDir) return source;
  const rel = path.relative(reportDir, source).split(path.sep).join('/');
  return rel.startsWith('../') ? rel : `./${rel}`;
}

/**
 * The edit that makes the front matter say `template: <ref>`: the `template:` line rewritten, a line
 * added to front matter without one, or front matter created at the top. None when it already says so.
 */
export function setTemplateEdit(doc: ReportDocument, ref: string): TextEdit | undefined {
  const { eol } = layout(doc);
  const line = `template: ${yamlScalar(ref)}`;
  const fm = doc.frontMatter;
  if (!fm) return { range: point(0, 0), newText: `---${eol}${line}${eol}---${eol}` };
  for (let i = 1; i < fm.close; i++) {
    const entry = frontMatterEntry(doc.lines[i], TEMPLATE_KEY);
    if (!entry) continue;
    if (unquote(entry.value) === ref) return undefined;
    return { range: { start: { line: i, character: 0 }, end: { line: i, character: doc.lines[i].length } }, newText: line };
  }
  return { range: point(1, 0), newText: line + eol };
}

const TEMPLATE_KEY = ['template'];

function point(line: number, character: number) {
  return { start: { line, character }, end: { line, character } };
}

/** A YAML plain scalar when that reads back as the same string (ids, simple paths), else a double-quoted (JSON) one. */
function yamlScalar(value: string): string {
  const plain = /^[\p{L}_./][\p{L}\p{N}_./-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

