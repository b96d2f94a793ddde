// The table printed before the JSON line (and copied into docs/performance.md).
import { PROBE_BYTES } from './measure/probe.mjs';
import { HELD_TO, TARGETS } from './targets.mjs';

const PROBE_MB = PROBE_BYTES / (1 << 20);

const ms = (v) => (v === undefined || v === null ? 'n/a' : v >= 100 ? `${Math.round(v)} ms` : `${v.toPrecision(3)} ms`);
const mb = (v) => (v === undefined ? 'n/a' : `${Math.round(v)} MB`);
const x = (v) => (v === undefined ? 'n/a' : v < 0.1 ? v.toFixed(4) : v.toFixed(3));
const ns = (v) => (v === undefined ? 'n/a' : `${v.toFixed(0)} ns`);
const probe = (p) => (p === undefined ? 'n/a' : `${ns(p.start)} · ${ns(p.during_1mb)} · ${ns(p.end)} a read`);
const limit = (key) => TARGETS[key] ?? TARGETS[HELD_TO[key]];
const met = (key, s) => (s[key] === undefined ? '' : s[key] <= limit(key) ? 'met' : '**missed**');

export function formatTable(s) {
  const rows = [
    ['keystroke, 1 MB (applyChanges + check)', ms(s.keystroke_1mb_ms), `MD043 ${ms(s.md043_1mb_ms)}`, 'keystroke_1mb_vs_md043', x],
    ['keystroke, the same report pasted as plain lines (one paragraph)', ms(s.keystroke_1mb_pasted_ms), `MD043 ${ms(s.md043_1mb_ms)}`, 'keystroke_1mb_pasted_vs_md043', x],
    ['full check, 1 MB (new document + check)', ms(s.full_1mb_ms), `MD043 ${ms(s.md043_1mb_ms)}`, 'full_1mb_vs_md043', x],
    ['full check, 1 MB vs the floor', ms(s.full_1mb_ms), `floor ${ms(s.floor_1mb_ms)}`, 'full_1mb_vs_floor', x],
    ['full check, 10 MB vs 1 MB (child processes)', ms(s.full_10mb_ms), `1 MB ${ms(s.full_1mb_beside_10mb_ms)}`, 'scaling_10mb_over_1mb', x],
    ['peak memory, 10 MB full check (child)', mb(s.full_10mb_peak_mb), `bare node ${mb(s.node_bare_peak_mb)}`, 'full_10mb_peak_mb', mb],
    [`CLI, corpus of ${s.corpus_files} files`, ms(s.cli_corpus_ms), `markdownlint-cli2 ${ms(s.md043cli_corpus_ms)}`, 'cli_corpus_vs_md043cli', x],
    ['CLI peak memory, corpus', mb(s.cli_corpus_peak_mb), `markdownlint-cli2 ${mb(s.md043cli_corpus_peak_mb)}`, 'cli_corpus_peak_mb', mb],
    ['CLI, one 25 KB report', ms(s.cli_single_25k_ms), `markdownlint-cli2 ${ms(s.md043cli_single_25k_ms)}`, 'cli_single_25k_vs_md043cli', x],
  ];
  const lines = [
    '| measurement | reportlint | compared with | ratio / value | target | |',
    '|---|---|---|---|---|---|',
    ...rows.map(([what, ours, theirs, key, fmt]) => `| ${what} | ${ours} | ${theirs} | ${fmt(s[key])} | ≤ ${fmt(limit(key))}${TARGETS[key] === undefined ? ' (held to the keystroke\'s)' : ''} | ${met(key, s)} |`),
    `| protocol: didChange → pulled diagnostics, 1 MB (client sends its result id) | ${s.protocol_1mb_ms === null ? 'n/a (no server build)' : ms(s.protocol_1mb_ms)} | keystroke in-process ${ms(s.keystroke_1mb_ms)} | | | |`,
    `| protocol: the same, every answer in full (as after an edit that changes a diagnostic) | ${s.protocol_full_report_1mb_ms == null ? 'n/a (no server build)' : ms(s.protocol_full_report_1mb_ms)} | | | | |`,
    '',
    '| context | value |',
    '|---|---|',
    `| full check, 25 KB / MD043 25 KB | ${ms(s.full_25k_ms)} / ${ms(s.md043_25k_ms)} |`,
    `| floor at 1 MB: marker pass + figures (each timed alone); splitting the text into lines, not in the floor | ${ms(s.floor_markers_1mb_ms)} + ${ms(s.floor_figures_1mb_ms)}; ${ms(s.floor_split_1mb_ms)} |`,
    `| findings in the 1 MB report / MD043 errors | ${s.findings_1mb} / ${s.md043_errors_1mb} |`,
    `| bare \`node -e 0\` | ${ms(s.node_bare_ms)}, ${mb(s.node_bare_peak_mb)} |`,
    `| CLI peak memory, one 25 KB report (ours / cli2) | ${mb(s.cli_single_25k_peak_mb)} / ${mb(s.md043cli_single_25k_peak_mb)} |`,
    `| inputs | 25 KB: ${s.bytes_25k} B · 1 MB: ${s.bytes_1mb} B · 10 MB: ${s.bytes_10mb} B · corpus: ${s.corpus_files} files, ${s.corpus_bytes} B |`,
    `| warm-up before each in-process series | ${s.warm_up_ms} ms and at least 5 calls per task (2 calls in the scaling children) |`,
    `| peak memory measured with | ${s.peak_method} |`,
    `| child processes | ${s.child_env} |`,
    `| random reads in ${PROBE_MB} MB (\`bench/measure/probe.mjs\`): start, during the 1 MB series, end | ${probe(s.cache_probe_ns)} |`,
    `| machine | ${s.cpus} × ${s.cpu_model}, Node ${s.node}, 1-min load average ${s.load_avg_1min.join(' → ')} (start → end) |`,
  ];
  return lines.join('\n');
}
