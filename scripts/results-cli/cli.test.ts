// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeResults } from '../../src/domain/results';
import { runCli } from './cli';

/*
 * End-to-end: spawn the real launcher (which runs the compiled bundle) the
 * way `npm run --silent results -- …` does.
 */
const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['scripts/results-cli.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  // Build once up front so the parallel runs below do not all rebuild.
  const b = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
  expect(b.status, b.stderr).toBe(0);
}, 60_000);

describe('results CLI: JSON', () => {
  it('prints the demo contest results exactly as the golden file', () => {
    const r = run(['test/fixtures/demo-contest.export.json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(FIXTURES, 'demo-contest.results.json'), 'utf8'));
  });

  it('prints what computeResults computes, with a 2-space indent', () => {
    const file = join(FIXTURES, 'small-overall.export.json');
    const r = run([file]);
    expect(r.code).toBe(0);
    const out = computeResults(JSON.parse(readFileSync(file, 'utf8')));
    if (!out.ok) throw new Error();
    expect(r.stdout).toBe(`${JSON.stringify(out.results, null, 2)}\n`);
  });

  it('reads stdin with "-"', () => {
    const r = run(['-'], readFileSync(join(FIXTURES, 'small-overall.export.json'), 'utf8'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).competitionId).toBe('small-overall');
  });

  it('accepts a JSON file that starts with a BOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'results-cli-'));
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(join(FIXTURES, 'small-overall.export.json'), 'utf8')}`);
    expect(run([file]).code).toBe(0);
  });

  it('runs through npm run --silent results', () => {
    const r = spawnSync('npm', ['run', '--silent', 'results', '--', 'test/fixtures/small-overall.export.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).format).toBe('judging-results/v1');
  }, 30_000);
});

describe('results CLI: --confidence', () => {
  const golden = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

  it('prints the demo contest with its confidence exactly as the stored expected output', () => {
    // The stored file is checked against a second implementation of the spec
    // in src/domain/results/confidence.test.ts.
    const r = run(['test/fixtures/demo-contest.export.json', '--confidence']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('demo-contest.confidence.results.json'));
    // The same results, byte for byte, with `confidence` last.
    const { confidence, ...rest } = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(`${JSON.stringify(rest, null, 2)}\n`).toBe(golden('demo-contest.results.json'));
    expect(Object.keys(JSON.parse(r.stdout)).at(-1)).toBe('confidence');
    expect(confidence).toMatchObject({ samples: 2000, seed: 1 });
  });

  it('takes --samples and --seed in any order, and another seed gives other numbers', () => {
    const a = run(['test/fixtures/demo-contest.export.json', '--confidence', '--samples', '100', '--seed', '7']);
    const b = run(['test/fixtures/demo-contest.export.json', '--seed', '7', '--confidence', '--samples', '0100']);
    const c = run(['test/fixtures/demo-contest.export.json', '--confidence', '--samples', '100', '--seed', '8']);
    expect([a.code, b.code, c.code]).toEqual([0, 0, 0]);
    expect(b.stdout).toBe(a.stdout);
    expect(JSON.parse(a.stdout).confidence).toMatchObject({ samples: 100, seed: 7 });
    expect(JSON.parse(c.stdout).confidence.entries).not.toEqual(JSON.parse(a.stdout).confidence.entries);
  });

  it('refuses bad requests with exit 2, nothing on stdout and one line on stderr', () => {
    const file = 'test/fixtures/small-overall.export.json';
    for (const args of [
      ['--confidence', file],
      [file, '--samples', '500'],
      [file, '--confidence', '--csv'],
      ['--csv', file, '--confidence'],
      [file, '--confidence', '--confidence'],
      [file, '--confidence', '--samples'],
      [file, '--confidence', '--samples', '99'],
      [file, '--confidence', '--samples', '100001'],
      [file, '--confidence', '--samples', '1e3'],
      [file, '--confidence', '--samples', '+500'],
      [file, '--confidence', '--samples', ' 500'],
      [file, '--confidence', '--samples', '500', '--samples', '600'],
      [file, '--confidence', '--seed', '-1'],
      [file, '--confidence', '--seed', '4294967296'],
      [file, '--confidence', '--seed', '0x10'],
      [file, '--confidence', '--seed', '1.0'],
      [file, '--confidence', 'other.json'],
      [file, '--confidence', '--verbose'],
    ]) {
      // In-process (the same function the launcher runs): one line each.
      const r = runCli(args, () => '');
      expect([args, r.code, r.stdout, r.stderr.length]).toEqual([args, 2, '', 1]);
      expect(r.stderr[0]).not.toContain('\n');
    }
    const spawned = run([file, '--confidence', '--samples', '99']);
    expect([spawned.code, spawned.stdout]).toEqual([2, '']);
    expect(spawned.stderr).toMatch(/^results: --samples must be a whole number 100…100000 in digits, not "99" .*\n$/);
  });

  it('accepts the extremes of B and S', () => {
    const file = 'test/fixtures/small-overall.export.json';
    const r = run([file, '--confidence', '--samples', '100', '--seed', '4294967295']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).confidence).toMatchObject({ samples: 100, seed: 4294967295 });
    expect(run([file, '--confidence', '--seed', '0']).code).toBe(0);
  });
});

describe('results CLI: CSV', () => {
  it('prints UTF-8 with BOM, a header row and one row per ranked or unranked entry', () => {
    const r = run(['test/fixtures/demo-contest.export.json', '--csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFgroup,rank,entryId,title,score,sheets,award,note\r\n')).toBe(true);
    const lines = r.stdout.slice(1).trimEnd().split('\r\n');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(39 + 34 + 2);
    for (const row of rows) expect(row).toHaveLength(8);

    const golden = JSON.parse(readFileSync(join(FIXTURES, 'demo-contest.results.json'), 'utf8'));
    const first = golden.groups[0].entries[0];
    expect(rows[0]).toEqual([
      'enterprise',
      '1',
      first.entryId,
      expect.any(String),
      first.score.toFixed(2),
      '5',
      '一等奖',
      '',
    ]);
    expect(rows[0]![3]).toMatch(/[\u4e00-\u9fff]/); // Chinese title intact
    // a tie: same rank, same score, same award label
    const ties = rows.filter((x) => x[0] === 'team' && x[1] === '3');
    expect(ties).toHaveLength(2);
    expect(ties.map((x) => x[6])).toEqual(['二等奖', '二等奖']);
    // unranked rows: empty rank and score, reason in note, within their track
    expect(rows.find((x) => x[2] === 'e33')).toEqual([
      'enterprise',
      '',
      'e33',
      expect.any(String),
      '',
      '2',
      '',
      'insufficient-sheets',
    ]);
    // every score has two decimals
    for (const row of rows) expect(row[4]).toMatch(/^(\d+\.\d\d)?$/);
  });

  it('keeps negative scores as numbers and makes formula-like text inert', () => {
    const dir = mkdtempSync(join(tmpdir(), 'results-cli-'));
    const file = join(dir, 'negative.json');
    // One judge: 26 sheets at full marks and one at 0 puts that one at z < -5.
    const ids = Array.from({ length: 27 }, (_, i) => `e${String(i).padStart(2, '0')}`);
    const x = {
      format: 'judging-export/v1',
      competition: {
        id: 'neg',
        rubric: { criteria: [{ id: 'a', weight: 1, max: 10 }] },
        aggregation: { method: 'mean', normalization: 'zscore' },
        ranking: { scope: 'overall' },
      },
      entries: ids.map((id, i) => ({ id, title: i === 0 ? '=HYPERLINK("x")' : id })),
      sheets: ids.map((id, i) => ({
        entryId: id,
        judgeId: 'j1',
        status: 'submitted',
        scores: { a: i === 0 ? 0 : 10 },
      })),
    };
    writeFileSync(file, JSON.stringify(x));
    const r = run(['--csv', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.slice(1).trimEnd().split('\r\n').slice(1);
    const scores = rows.map((l) => l.split(',')[4]).filter(Boolean);
    expect(scores.some((s) => s!.startsWith('-'))).toBe(true);
    for (const s of scores) expect(s).toMatch(/^-?\d+\.\d\d$/);
    expect(r.stdout).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('leaves group empty under overall scope', () => {
    const r = run(['--csv', 'test/fixtures/small-overall.export.json']);
    expect(r.stdout).toBe(
      '\uFEFFgroup,rank,entryId,title,score,sheets,award,note\r\n' +
        ',1,charlie,Charlie,60.00,2,金奖,\r\n' +
        ',2,alpha,Alpha,50.00,2,银奖,\r\n' +
        ',3,bravo,Bravo,50.00,2,银奖,\r\n' +
        ',4,delta,Delta,40.00,2,,\r\n' +
        ',,echo,Echo,,1,,insufficient-sheets\r\n',
    );
  });
});

describe('results CLI: refusals', () => {
  const noTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at |Error:|node:internal/m);

  it('refuses an export that breaks the rules: one line per problem, nothing on stdout', () => {
    const r = run(['test/fixtures/bad-rules.export.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    noTrace(r.stderr);
    const lines = r.stderr.trimEnd().split('\n');
    const at = 'test/fixtures/bad-rules.export.json: ';
    expect(lines).toEqual([
      `${at}competition.awards[1].track (first): required under track scope, got nothing`,
      `${at}entries[1] (e02): unknown track "student" (not in competition.tracks)`,
      `${at}entries[2] (e01): duplicate entry id "e01" (first at entries[0])`,
      `${at}sheets[0] (entry e01, judge j1): scores.innovation = 11 is out of range [0, 10]`,
      `${at}sheets[1] (entry e01, judge j2): missing score for market`,
      `${at}sheets[1] (entry e01, judge j2): unknown criterion "marketing" in scores`,
      `${at}sheets[2] (entry e01, judge j1): scores.market must be a number, got "7"`,
      `${at}sheets[2] (entry e01, judge j1): second counted sheet by judge j1 for entry e01 (also sheets[0])`,
      `${at}sheets[3] (entry e09, judge j3): unknown entry "e09"`,
    ]);
  });

  it('refuses malformed JSON with its line and column', () => {
    const r = run(['test/fixtures/bad-malformed.export.json', '--csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    noTrace(r.stderr);
    expect(r.stderr).toMatch(
      /^test\/fixtures\/bad-malformed\.export\.json: malformed JSON at line 3, column 36: .+\n$/,
    );
  });

  it('refuses an empty file and a JSON value that is not an export', () => {
    const dir = mkdtempSync(join(tmpdir(), 'results-cli-'));
    writeFileSync(join(dir, 'empty.json'), '');
    writeFileSync(join(dir, 'array.json'), '[1, 2]');
    const a = run([join(dir, 'empty.json')]);
    expect([a.code, a.stdout]).toEqual([1, '']);
    expect(a.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(a.stderr).toMatch(/malformed JSON/);
    const b = run([join(dir, 'array.json')]);
    expect([b.code, b.stdout]).toEqual([1, '']);
    expect(b.stderr).toMatch(/export: must be a JSON object, got \[1,2\]\n$/);
  });

  it('refuses a missing file', () => {
    const r = run(['test/fixtures/no-such-file.json']);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      1,
      '',
      'test/fixtures/no-such-file.json: cannot read: no such file\n',
    ]);
  });

  it('refuses a directory', () => {
    const r = run(['test/fixtures']);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'test/fixtures: cannot read: is a directory\n']);
  });

  it('refuses an unknown flag and missing or extra arguments (exit 2)', () => {
    for (const args of [['--xml', 'a.json'], [], ['a.json', 'b.json']]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      noTrace(r.stderr);
    }
  });

  it('prints usage with --help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run --silent results -- <export\.json/);
    expect(r.stdout).toContain('--csv');
  });
});
