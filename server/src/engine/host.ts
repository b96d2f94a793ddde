import * as nodeFs from 'fs';
import * as path from 'path';
import { decodeText } from './encoding/decode';

/** The file access the engine needs, injected so tests and editors can supply their own. */
export interface FileSystem {
  /** File contents as text (decoded as `decodeText` does), or undefined when the file cannot be read. */
  readFile(file: string): string | undefined;
  /** Modification time in ms, or undefined when there is no such file. */
  mtime(file: string): number | undefined;
}

/** What the engine receives from its front end. */
export interface EngineHost {
  fs: FileSystem;
  /** Today as YYYY-MM-DD, the report date of last resort. */
  today(): string;
}

/** Reads the real file system. */
export const nodeFileSystem: FileSystem = {
  readFile(file) {
    let bytes: Buffer;
    try {
      bytes = nodeFs.readFileSync(file);
    } catch {
      return undefined;
    }
    // Templates, configuration and figures files in the encodings reports may have: a figures CSV saved by
    // Excel on Chinese Windows is GBK, and read as UTF-8 its labels and units were garbage, its figures silently
    // unchecked. What `decodeText` refuses (binary bytes) is read as UTF-8 as before, for the readers' own
    // messages (a NUL byte: not a text file).
    return decodeText(bytes).text ?? bytes.toString('utf8');
  },
  mtime(file) {
    try {
      // Most files asked about do not exist (a configuration is looked for in every folder up to the
      // root, on every check): without `throwIfNoEntry` each of them threw and caught an error, which
      // took six times as long as the stat (0.3 ms of a 25 KB check).
      const stat = nodeFs.statSync(file, { throwIfNoEntry: false });
      return stat?.isFile() ? stat.mtimeMs : undefined;
    } catch {
      return undefined; // unreadable folder, bad name: as good as missing
    }
  },
};

/** Today's date in local time as YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const nodeHost: EngineHost = { fs: nodeFileSystem, today: localToday };

let root: string | undefined;
let version = '';

/**
 * The folder of reportlint's own package.json, where built-in templates and schemas live. Found by
 * walking up from this file, so it works from the compiled sources, the bundles and an installed .vsix.
 */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(nodeFs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (manifest.name === 'reportlint') {
        version = String(manifest.version);
        return (root = dir);
      }
    } catch {
      // not here: keep walking up
    }
    if (path.dirname(dir) === dir) throw new Error('reportlint: cannot find its package.json above ' + __dirname);
  }
}

/** reportlint's version, from the package.json that `packageRoot` reads (once). */
export function packageVersion(): string {
  packageRoot();
  return version;
}
