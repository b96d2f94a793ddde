// Whole-process CLI runs, ours beside markdownlint-cli2 with only MD043 (configured in the data dir).
import * as path from 'path';
import { ROOT } from '../config.mjs';
import { medianRuns } from './process.mjs';

const OURS = path.join(ROOT, 'bin', 'reportlint.js');
const THEIRS = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

/**
 * Times both tools on the corpus (every file) and on one report. Runs alternate between the tools, so a
 * change in the machine's load falls on both alike; a first unmeasured run of each warms the page cache.
 */
export async function measureCli(corpusDir, singleFile, runs) {
  const single = path.relative(corpusDir, singleFile);
  await medianRuns({ ours: [OURS, '.'], theirs: [THEIRS, '*.md'] }, corpusDir, 1);
  const corpus = await medianRuns({ ours: [OURS, '.'], theirs: [THEIRS, '*.md'] }, corpusDir, runs.cliCorpus);
  const one = await medianRuns({ ours: [OURS, single], theirs: [THEIRS, single], bare: ['-e', '0'] }, corpusDir, runs.cliSingle);
  return { corpus: corpus.ours, md043Corpus: corpus.theirs, single: one.ours, md043Single: one.theirs, bare: one.bare };
}
