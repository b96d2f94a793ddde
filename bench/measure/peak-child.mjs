// Child process: reads, decodes and fully checks one report, then prints its time and the kernel's
// high-water mark of resident memory (getrusage ru_maxrss, the figure /usr/bin/time prints as %M).
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { Engine, fullCheck } from './engine.mjs';

const file = process.argv[2];
const t0 = performance.now();
const text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
const result = fullCheck(new Engine(), text, file);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, findings: result.findings.length, degraded: result.degraded, peakMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
