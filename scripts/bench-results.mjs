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
import { buildCli } from './build-cli.mjs';
import { bestOf } from './lib/best-of.mjs';
import { CRITERIA, ENTRIES, makeBenchExport, SHEETS_PER_ENTRY, TRACKS } from './lib/bench-export.mjs';

const RUNS = 5;
const LIMIT = 3;

const cli = await buildCli({ quiet: true });
const dir = mkdtempSync(join(tmpdir(), 'judging-bench-'));
try {
  const file = join(dir, 'export.json');
  writeFileSync(file, JSON.stringify(makeBenchExport()));
  const mb = statSync(file).size / 1024 / 1024;

  // Correctness first (not timed): the CLI must accept the export.
  const check = spawnSync(process.execPath, [cli, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (check.status !== 0) {
    process.stderr.write(`bench: the CLI refused the generated export:\n${check.stderr}`);
    process.exit(1);
  }
  const groups = JSON.parse(check.stdout).groups.map((g) => g.entries.length);

  const parseMs = bestOf(
    RUNS,
    'JSON.parse',
    ['-e', "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))", file],
    'ignore',
  );
  const cliMs = bestOf(RUNS, 'CLI', [cli, file], 'ignore');
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
