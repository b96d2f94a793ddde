// Whole-process CLI runs, ours beside markdownlint-cli2 with only MD043 (configured in the data dir).
import * as path from 'path';
import { ROOT } from '../config.mjs';
import { medianRun } from './process.mjs';

const OURS = path.join(ROOT, 'bin', 'reportlint.js');
const THEIRS = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

/** Times both tools on the corpus (every file) and on one report, one tool after the other. */
export async function measureCli(corpusDir, singleFile, runs) {
  const single = path.relative(corpusDir, singleFile);
  const out = {};
  // A first unmeasured run of each warms the page cache for both.
  await medianRun([OURS, '.'], corpusDir, 1);
  await medianRun([THEIRS, '*.md'], corpusDir, 1);
  out.corpus = await medianRun([OURS, '.'], corpusDir, runs.cliCorpus);
  out.md043Corpus = await medianRun([THEIRS, '*.md'], corpusDir, runs.cliCorpus);
  out.single = await medianRun([OURS, single], corpusDir, runs.cliSingle);
  out.md043Single = await medianRun([THEIRS, single], corpusDir, runs.cliSingle);
  out.bare = await medianRun(['-e', '0'], corpusDir, runs.cliSingle);
  return out;
}
