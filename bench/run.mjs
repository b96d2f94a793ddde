// `npm run bench`: generates the inputs, measures everything in one run, prints a table and, as the
// last line, one JSON object. See docs/performance.md.
import * as fs from 'fs';
import * as os from 'os';
import { benchConfig, ROOT } from './config.mjs';
import { writeInputs } from './generate/corpus.mjs';
import { measureCli } from './measure/cli.mjs';
import { measureText } from './measure/inprocess.mjs';
import { peakOfBareNode, peakOfFullCheck, scalingInChildren } from './measure/peak.mjs';
import { PEAK_METHOD } from './measure/process.mjs';
import { cacheProbe, probeNow } from './measure/probe.mjs';
import { measureProtocol } from './measure/protocol.mjs';
import { formatTable } from './table.mjs';
import { summarize } from './targets.mjs';

const config = benchConfig();
const loadAtStart = os.loadavg()[0];
const probe = cacheProbe();
const probeAtStart = probeNow(probe);
const log = (line) => process.stderr.write(line + '\n');

log(`reportlint bench (${config.profile}): generating inputs in ${config.dataDir}`);
const inputs = writeInputs(config.dataDir, config);
const text = (name) => fs.readFileSync(inputs.reports[name], 'utf8');

log('in-process: 1 MB (keystroke, full check, floor, MD043)');
const pasted = { text: text('1mb-pasted'), file: inputs.reports['1mb-pasted'] };
const m1 = measureText(text('1mb'), inputs.reports['1mb'], config.runs, { withKeystroke: true, pasted, probe, warmUpMs: config.warmUpMs });
log('in-process: 25 KB');
const runsSmall = { ...config.runs, full: config.runs.small, floor: config.runs.small, md043: config.runs.small };
const m25 = measureText(text('25k'), inputs.reports['25k'], runsSmall, { warmUpMs: config.warmUpMs });
log('child processes: full checks of 10 MB and of 1 MB, alternating');
const m10 = scalingInChildren(inputs.reports['10mb'], inputs.reports['1mb'], config.runs.large, config.warmUpMs);
log('child process: peak memory of the 10 MB full check');
const peak = peakOfFullCheck(inputs.reports['10mb']);
log(`CLI: corpus of ${inputs.corpusFiles.length} files and one report, ours and markdownlint-cli2`);
const cli = await measureCli(inputs.corpusDir, inputs.corpusFiles[0], config.runs);
log(`protocol: ${config.server}`);
const protocol = await measureProtocol(config.server, inputs.reports['1mb'], config.runs.protocol, ROOT);

const summary = summarize({
  keystroke_1mb_ms: m1.keystroke,
  keystroke_1mb_pasted_ms: m1.keystrokePasted,
  full_1mb_ms: m1.full,
  full_10mb_ms: m10.large,
  full_1mb_beside_10mb_ms: m10.medium,
  full_25k_ms: m25.full,
  floor_1mb_ms: m1.floor,
  floor_split_1mb_ms: m1.split,
  floor_markers_1mb_ms: m1.markers,
  floor_figures_1mb_ms: m1.figures,
  md043_1mb_ms: m1.md043,
  md043_25k_ms: m25.md043,
  full_10mb_peak_mb: peak.peakMb,
  full_10mb_child_ms: peak.ms,
  cli_corpus_ms: cli.corpus.ms,
  cli_corpus_peak_mb: cli.corpus.peakMb,
  md043cli_corpus_ms: cli.md043Corpus.ms,
  md043cli_corpus_peak_mb: cli.md043Corpus.peakMb,
  cli_single_25k_ms: cli.single.ms,
  cli_single_25k_peak_mb: cli.single.peakMb,
  md043cli_single_25k_ms: cli.md043Single.ms,
  md043cli_single_25k_peak_mb: cli.md043Single.peakMb,
  node_bare_ms: cli.bare.ms,
  node_bare_peak_mb: peakOfBareNode(),
  protocol_1mb_ms: protocol ? protocol.ms : null,
  protocol_full_report_1mb_ms: protocol ? protocol.msFull : null,
  protocol_status: protocol ? `measured (${protocol.sync} sync, ${protocol.diagnostics} diagnostics)` : 'n/a (no server build)',
  findings_1mb: m1.findings,
  md043_errors_1mb: m1.md043Errors,
  degraded_10mb: peak.degraded,
  profile: config.profile,
  bytes_25k: Buffer.byteLength(text('25k')),
  bytes_1mb: Buffer.byteLength(text('1mb')),
  bytes_10mb: fs.statSync(inputs.reports['10mb']).size,
  corpus_files: inputs.corpusFiles.length,
  corpus_bytes: inputs.corpusBytes,
  warm_up_ms: config.warmUpMs,
  engine_caches: 'template and config caches warm (one Engine per measurement series); documents fresh for full checks',
  peak_method: `${PEAK_METHOD} for CLI runs; process.resourceUsage().maxRSS (getrusage) in a child for the 10 MB check`,
  child_env: 'started without NODE_EXTRA_CA_CERTS (see bench/measure/process.mjs)',
  load_avg_1min: [loadAtStart, os.loadavg()[0]],
  cache_probe_ns: { start: probeAtStart, during_1mb: m1.probe, end: probeNow(probe) },
  node: process.version,
  cpus: os.cpus().length,
  cpu_model: os.cpus()[0]?.model ?? 'unknown',
  date: new Date().toISOString(),
});

console.log(formatTable(summary));
console.log(JSON.stringify(summary));
