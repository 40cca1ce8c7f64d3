// Benchmark of the results CLI (npm run bench).
// Generates, deterministically, an export of 30,000 entries × 5 sheets ×
// 8 criteria (zscore + trimmed mean, four tracks), then compares in one run:
//   - the whole CLI: `node build/results-cli.mjs export.json > /dev/null`;
//   - a bare `JSON.parse` of the same file read as text, in a fresh node.
// Both are wall clock, process start included, best of RUNS. Exits non-zero
// when the CLI takes more than 3× the bare parse.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCli } from './build-cli.mjs';
import { prng } from './lib/prng.mjs';

const ENTRIES = 30_000;
const SHEETS_PER_ENTRY = 5;
const CRITERIA = 8;
const JUDGES = 60;
const TRACKS = ['enterprise', 'team', 'student', 'overseas'];
const RUNS = 5;
const LIMIT = 3;

function makeExport() {
  const rand = prng(30_000);
  const criteria = Array.from({ length: CRITERIA }, (_, i) => ({ id: `c${i + 1}`, weight: 5 + (i % 4) * 5, max: 10 }));
  const judges = Array.from({ length: JUDGES }, (_, i) => `judge-${String(i + 1).padStart(3, '0')}`);
  const entries = [];
  const sheets = [];
  for (let i = 0; i < ENTRIES; i++) {
    const id = `entry-${String(i + 1).padStart(5, '0')}`;
    entries.push({ id, track: TRACKS[i % TRACKS.length], title: `项目 ${i + 1}`, status: 'submitted' });
    const quality = 3 + rand() * 6;
    const first = Math.floor(rand() * JUDGES);
    for (let k = 0; k < SHEETS_PER_ENTRY; k++) {
      const scores = {};
      for (const c of criteria)
        scores[c.id] = Math.min(10, Math.max(0, Math.round((quality + (rand() - 0.5) * 3) * 2) / 2));
      sheets.push({ entryId: id, judgeId: judges[(first + k * 7) % JUDGES], status: 'submitted', scores });
    }
  }
  return {
    format: 'judging-export/v1',
    competition: {
      id: 'bench',
      rubric: { criteria },
      aggregation: { method: 'trimmed-mean', trim: 1, normalization: 'zscore', minSheets: 3 },
      ranking: { scope: 'track' },
      tracks: TRACKS,
      awards: TRACKS.flatMap((track) => [
        { id: 'first', label: '一等奖', count: 5, track },
        { id: 'second', label: '二等奖', count: 10, track },
        { id: 'third', label: '三等奖', count: 20, track },
      ]),
    },
    entries,
    sheets,
  };
}

function bestOf(label, args, stdout) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
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

const cli = await buildCli({ quiet: true });
const dir = mkdtempSync(join(tmpdir(), 'judging-bench-'));
try {
  const file = join(dir, 'export.json');
  writeFileSync(file, JSON.stringify(makeExport()));
  const mb = statSync(file).size / 1024 / 1024;

  // Correctness first (not timed): the CLI must accept the export.
  const check = spawnSync(process.execPath, [cli, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (check.status !== 0) {
    process.stderr.write(`bench: the CLI refused the generated export:\n${check.stderr}`);
    process.exit(1);
  }
  const groups = JSON.parse(check.stdout).groups.map((g) => g.entries.length);

  const parseMs = bestOf(
    'JSON.parse',
    ['-e', "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))", file],
    'ignore',
  );
  const cliMs = bestOf('CLI', [cli, file], 'ignore');
  const ratio = cliMs / parseMs;

  console.log(
    `export: ${ENTRIES} entries × ${SHEETS_PER_ENTRY} sheets × ${CRITERIA} criteria, zscore + trimmed-mean, ${TRACKS.length} tracks (${mb.toFixed(1)} MB; ranked per track: ${groups.join(', ')})`,
  );
  console.log(`node (${process.version}), best of ${RUNS}, wall clock incl. process start:`);
  console.log(`  bare JSON.parse : ${parseMs.toFixed(0)} ms`);
  console.log(`  results CLI     : ${cliMs.toFixed(0)} ms`);
  console.log(`  ratio           : ${ratio.toFixed(2)}× (limit ${LIMIT}×)`);
  if (ratio > LIMIT) {
    console.error(`bench: the CLI is ${ratio.toFixed(2)}× a bare JSON.parse, above the ${LIMIT}× limit`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
