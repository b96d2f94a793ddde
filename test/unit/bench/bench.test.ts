import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { repoPath } from '../../support/paths';

/** Keys the last line of `npm run bench` must carry (issue 7). */
const KEYS = [
  'keystroke_1mb_vs_md043', 'full_1mb_vs_md043', 'full_1mb_vs_floor', 'scaling_10mb_over_1mb', 'full_10mb_peak_mb',
  'cli_corpus_vs_md043cli', 'cli_corpus_peak_mb', 'cli_single_25k_vs_md043cli',
  'keystroke_1mb_ms', 'keystroke_1mb_pasted_ms', 'keystroke_1mb_pasted_vs_md043', 'full_1mb_ms', 'full_10mb_ms', 'floor_1mb_ms', 'md043_1mb_ms', 'cli_corpus_ms', 'md043cli_corpus_ms',
  'cli_single_25k_ms', 'md043cli_single_25k_ms', 'protocol_1mb_ms', 'protocol_full_report_1mb_ms', 'targets_met',
];

describe('bench', function () {
  this.timeout(300_000);

  it('runs end to end on tiny inputs and ends with one JSON line holding every figure (no timing asserted)', () => {
    const env = { ...process.env, BENCH_SIZES: 'tiny', BENCH_SERVER: repoPath('out/test/support/lsp-stub.js') };
    const r = spawnSync(process.execPath, [repoPath('bench/run.mjs')], { cwd: repoPath(), env, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]);
    for (const key of KEYS) assert.ok(key in summary, `missing ${key}`);
    for (const key of KEYS.filter((k) => k !== 'targets_met')) assert.ok(Number.isFinite(summary[key]) && summary[key] > 0, `${key} = ${summary[key]}`);
    const probe = summary.cache_probe_ns;
    for (const when of ['start', 'during_1mb', 'end']) assert.ok(Number.isFinite(probe?.[when]) && probe[when] > 0, `cache_probe_ns.${when} = ${probe?.[when]}`);
    assert.match(lines[0], /^\| measurement \|/);
  });

  it('checks pathological inputs in child processes and ends with one JSON line (no timing asserted)', () => {
    const env = { ...process.env, PATHOLOGICAL_SIZE: '3000', PATHOLOGICAL_ONLY: 'image' };
    const r = spawnSync(process.execPath, [repoPath('bench/pathological.mjs')], { cwd: repoPath(), env, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]);
    assert.ok(summary.inputs >= 5, `${summary.inputs} inputs`);
    assert.ok(Array.isArray(summary.flagged));
    assert.strictEqual(lines.length, summary.inputs + 2, 'a header, a row per input, the JSON line');
    for (const row of lines.slice(1, -1)) assert.doesNotMatch(row, /over \d+ s|exit /, row);
  });
});
