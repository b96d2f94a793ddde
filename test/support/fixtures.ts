import * as fs from 'fs';
import * as path from 'path';
import { repoPath } from './paths';

/** Root of the engine fixtures. */
export const FIXTURES = repoPath('test', 'fixtures');

/** A fixture report and the file holding its expected findings. */
export interface FixtureCase {
  /** The directory: a rule id, or `reports` for whole-report snapshots. */
  dir: string;
  name: string;
  file: string;
  expected: string;
}

/** Every fixture report, found by reading the fixture directories (protocol fixtures excluded). */
export function fixtureCases(): FixtureCase[] {
  return fs.readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'protocol')
    .flatMap((d) =>
      fs.readdirSync(path.join(FIXTURES, d.name))
        .filter((f) => /\.(md|txt)$/.test(f))
        .map((f) => ({
          dir: d.name,
          name: f,
          file: path.join(FIXTURES, d.name, f),
          expected: path.join(FIXTURES, d.name, f.replace(/\.(md|txt)$/, '.expected.json')),
        })),
    );
}

