import * as path from 'path';
import { URI } from 'vscode-uri';

/** The file-system path of a `file:` URI; undefined for other schemes (untitled, vscode-vfs, …). */
export function uriToPath(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}

/** The `file:` URI of a path, spelled the way VS Code spells it. */
export function pathToUri(file: string): string {
  return URI.file(file).toString();
}

/** The workspace folders as absolute paths; the innermost one containing a file is its root. */
export class WorkspaceFolders {
  private folders: string[] = [];

  /** Every folder, as added. */
  get all(): readonly string[] {
    return this.folders;
  }

  add(uris: readonly string[]): void {
    this.folders.push(...uris.flatMap((u) => uriToPath(u) ?? []));
  }

  remove(uris: readonly string[]): void {
    const gone = new Set(uris.flatMap((u) => uriToPath(u) ?? []));
    this.folders = this.folders.filter((f) => !gone.has(f));
  }

  /** The folder containing `file` (the deepest when folders nest); for an untitled file, the only folder. */
  rootOf(file: string | undefined): string | undefined {
    if (!file) return this.folders.length === 1 ? this.folders[0] : undefined;
    const inside = this.folders.filter((f) => {
      const rel = path.relative(f, file);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    });
    return inside.sort((a, b) => b.length - a.length)[0];
  }
}
