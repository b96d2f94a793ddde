import * as path from 'path';
import type { ConfigProblem } from './config/problems';
import type { FrontMatter } from './front-matter';
import { isBuiltinTemplate } from './template/load';

/**
 * Drops front-matter paths that leave the workspace folder (a report must not make the editor read
 * files elsewhere, not even their dates), each with a problem on its key.
 */
export function confine(fm: FrontMatter, dir: string, root: string | undefined, file: string, problems: ConfigProblem[]): FrontMatter {
  if (!root) return fm;
  const out = { ...fm };
  for (const key of ['template', 'figures'] as const) {
    const value = fm[key];
    if (!value || (key === 'template' && isBuiltinTemplate(value)) || isInside(path.resolve(dir, value), root)) continue;
    problems.push({ file, message: `front matter ${key}: "${value}" is outside the workspace folder and is not read`, range: fm.yaml?.locate(`/${key}`), severity: 'error' });
    delete out[key];
  }
  if (fm.charts) {
    out.charts = {};
    for (const [image, data] of Object.entries(fm.charts)) {
      const outside = [image, data].find((p) => !isInside(path.resolve(dir, p), root));
      if (outside) problems.push({ file, message: `front matter charts: "${outside}" is outside the workspace folder and is not read`, range: fm.yaml?.locate(['charts', image]), severity: 'error' });
      else out.charts[image] = data;
    }
  }
  return out;
}

/** Whether `file` is `root` or inside it. */
export function isInside(file: string, root: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(file));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
