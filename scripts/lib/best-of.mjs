// Timing for the benchmarks: the best wall-clock time of `runs` runs of a
// fresh node process (process start included, as a user's command line).
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Milliseconds of the fastest of `runs` runs of `node …args`; exits the bench if one fails. */
export function bestOf(runs, label, args, stdout) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) {
      process.stderr.write(`bench: ${label} failed (exit ${r.status}):\n${r.stderr}`);
      process.exit(1);
    }
    times.push(ms);
  }
  return Math.min(...times);
}
