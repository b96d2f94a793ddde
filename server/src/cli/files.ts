import * as fs from 'fs';
import * as path from 'path';

/** Extensions of files checked when a directory is given. */
const REPORT_GLOB = '**/*.{md,markdown,txt}';

/** The files named by command-line arguments (files, directories, globs) and the arguments that named none. */
export function expandArguments(args: readonly string[], cwd: string): { files: string[]; unmatched: string[] } {
  const files = new Set<string>();
  /** Each file once, however many ways it is reached (a symlink to a folder, `a.md` and `./a.md`). */
  const real = new Set<string>();
  const folders = new Map<string, string>();
  const unmatched: string[] = [];
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    const stat = statOrUndefined(full);
    let found: string[];
    if (stat?.isFile()) found = [full];
    else if (stat?.isDirectory()) found = glob(REPORT_GLOB, full);
    else found = glob(arg, cwd);
    if (!found.length) unmatched.push(arg);
    for (const f of found) {
      const same = realPath(f, folders);
      if (real.has(same)) continue;
      real.add(same);
      files.add(f);
    }
  }
  return { files: [...files], unmatched };
}

function glob(pattern: string, cwd: string): string[] {
  const { globSync } = require('tinyglobby') as typeof import('tinyglobby'); // loaded only when a directory or glob is given
  return globSync(pattern.split(path.sep).join('/'), { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: false })
    .map((f) => path.resolve(f))
    .sort();
}

/**
 * The file's path with its folder's symlinks resolved, one system call per folder (per file, 2,000
 * reports took 26 ms). A file that is itself a symlink to another file listed is still listed twice.
 */
function realPath(file: string, folders: Map<string, string>): string {
  const folder = path.dirname(file);
  let real = folders.get(folder);
  if (real === undefined) {
    try {
      real = fs.realpathSync.native(folder);
    } catch {
      real = folder; // gone since it was listed: reading the file will say so
    }
    folders.set(folder, real);
  }
  return path.join(real, path.basename(file));
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
