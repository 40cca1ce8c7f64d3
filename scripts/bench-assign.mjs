// Benchmark of the assignment engine (npm run bench, after bench-results).
// Generates, deterministically (seeded PRNG), a round of 3,000 entries ×
// 60 judges × k = 5 with ~2 % forbidden pairs (shared organizations and
// declared conflicts) and tags, then times:
//   - the engine alone: assign() on the parsed input, in-process, best of RUNS;
//   - the whole CLI: `node build/assign-cli.mjs input.json > /dev/null`,
//     process start included, best of RUNS.
// The goal is under 0.5 s for the engine; more than 2 s is a defect (exit 1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli } from './build-cli.mjs';
import { prng } from './lib/prng.mjs';

const ENTRIES = 3_000;
const JUDGES = 60;
const K = 5;
const RUNS = 3;
const GOAL_MS = 500;
const DEFECT_MS = 2000;

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ORGS = Array.from({ length: 40 }, (_, i) => `机构 ${i + 1}`);
const TAGS = [
  '光伏新能源',
  '文旅康养',
  '盐湖化工',
  '生物医药',
  '人工智能',
  '现代农牧',
  '新材料',
  '数字经济',
  '环保',
  '教育',
  '物流',
  '金融科技',
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function makeInput() {
  const rand = prng(3_000_60_5);
  const entries = Array.from({ length: ENTRIES }, (_, i) => {
    const tags = [pick(rand, TAGS)];
    if (rand() < 0.5) tags.push(pick(rand, TAGS));
    return {
      id: `e${String(i + 1).padStart(4, '0')}`,
      organization: rand() < 0.6 ? pick(rand, ORGS) : null,
      tags: [...new Set(tags)],
    };
  });
  const judges = Array.from({ length: JUDGES }, (_, i) => {
    const conflicts = [];
    for (let c = 0; c < 40; c++) conflicts.push(pick(rand, entries).id);
    return {
      id: `j${String(i + 1).padStart(2, '0')}`,
      organizations: rand() < 0.5 ? [pick(rand, ORGS)] : [],
      tags: [...new Set([pick(rand, TAGS), pick(rand, TAGS), pick(rand, TAGS)])],
      conflicts: [...new Set(conflicts)],
    };
  });
  return { format: 'judging-assignment-input/v1', k: K, entries, judges };
}

function forbiddenShare(input) {
  let forbidden = 0;
  for (const j of input.judges) {
    const conflicts = new Set(j.conflicts);
    for (const e of input.entries)
      if (conflicts.has(e.id) || (e.organization !== null && j.organizations.includes(e.organization))) forbidden++;
  }
  return forbidden / (input.judges.length * input.entries.length);
}

const cli = await buildCli({ name: 'assign', quiet: true });
const dir = mkdtempSync(join(tmpdir(), 'judging-bench-assign-'));
try {
  const input = makeInput();
  const file = join(dir, 'input.json');
  writeFileSync(file, JSON.stringify(input));

  // The engine alone, bundled from src/domain/assignment like the CLI.
  const { build } = await import('esbuild');
  const engineFile = join(dir, 'engine.mjs');
  await build({
    entryPoints: [join(root, 'src/domain/assignment/index.ts')],
    outfile: engineFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  const { assign } = await import(pathToFileURL(engineFile).href);

  const text = readFileSync(file, 'utf8');
  const engineTimes = [];
  let out;
  for (let i = 0; i < RUNS; i++) {
    const raw = JSON.parse(text);
    const t0 = performance.now();
    out = assign(raw);
    engineTimes.push(performance.now() - t0);
  }
  if (!out.ok) {
    process.stderr.write(`bench: the engine refused the generated input:\n${out.problems.join('\n')}\n`);
    process.exit(1);
  }
  const engineMs = Math.min(...engineTimes);

  const cliTimes = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, file], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    cliTimes.push(performance.now() - t0);
    if (r.status !== 0) {
      process.stderr.write(`bench: the assign CLI failed (exit ${r.status}):\n${r.stderr}`);
      process.exit(1);
    }
  }
  const cliMs = Math.min(...cliTimes);

  const s = out.value.stats;
  console.log(
    `assignment: ${ENTRIES} entries × ${JUDGES} judges × k = ${K}, ${(forbiddenShare(input) * 100).toFixed(1)} % forbidden pairs (loads ${s.minLoad}–${s.maxLoad}, ${s.tagMatches} tag matches)`,
  );
  console.log(`node (${process.version}), best of ${RUNS}:`);
  console.log(`  engine (assign)  : ${engineMs.toFixed(0)} ms (goal < ${GOAL_MS} ms, defect > ${DEFECT_MS} ms)`);
  console.log(`  whole CLI run    : ${cliMs.toFixed(0)} ms (process start and JSON included)`);
  if (engineMs > DEFECT_MS) {
    console.error(
      `bench: the assignment engine took ${engineMs.toFixed(0)} ms, above the ${DEFECT_MS} ms defect limit`,
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
