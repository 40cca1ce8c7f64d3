// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assign } from '../../src/domain/assignment';

/*
 * End-to-end: spawn the real launcher (which runs the compiled bundle
 * build/assign-cli.mjs) the way `npm run --silent assign -- …` does.
 */
const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures');
const SMALL = 'test/fixtures/assignment-small.input.json';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['scripts/assign-cli.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'assign-cli-')), name);
  writeFileSync(file, text);
  return file;
}

const noTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at |Error:|node:internal/m);

function small(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, SMALL), 'utf8')) as Record<string, unknown>;
}

beforeAll(() => {
  // Build once up front so the parallel runs below do not all rebuild.
  const b = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
  expect(b.status, b.stderr).toBe(0);
}, 60_000);

describe('assign CLI', () => {
  it('prints the small fixture exactly as the stored output, byte for byte', () => {
    const r = run([SMALL]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(FIXTURES, 'assignment-small.output.json'), 'utf8'));
  });

  it('prints what the engine computes, with a 2-space indent and a final newline', () => {
    const out = assign(small());
    if (!out.ok) throw new Error(out.problems.join('\n'));
    expect(run([SMALL]).stdout).toBe(`${JSON.stringify(out.value, null, 2)}\n`);
  });

  it('reads stdin with "-", and a file that starts with a BOM', () => {
    const text = readFileSync(join(ROOT, SMALL), 'utf8');
    const expected = readFileSync(join(FIXTURES, 'assignment-small.output.json'), 'utf8');
    const a = run(['-'], text);
    expect([a.code, a.stdout]).toEqual([0, expected]);
    const b = run([tmpFile('bom.json', `\uFEFF${text}`)]);
    expect([b.code, b.stdout]).toEqual([0, expected]);
  });

  it('runs through npm run --silent assign', () => {
    const r = spawnSync('npm', ['run', '--silent', 'assign', '--', SMALL], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).format).toBe('judging-assignment/v1');
  }, 30_000);

  it('prints its usage with --help and refuses a bad command line with exit 2', () => {
    const h = run(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^Usage: npm run --silent assign -- /);
    expect(run([])).toEqual({ code: 2, stdout: '', stderr: 'assign: missing input file (see --help)\n' });
    expect(run(['--csv', SMALL])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'assign: unknown option "--csv" (see --help)\n',
    });
    expect(run([SMALL, SMALL]).code).toBe(2);
  });
});

describe('assign CLI: refusals, one line per problem on stderr, nothing on stdout, exit 1', () => {
  it('a missing file', () => {
    const r = run(['test/fixtures/no-such-assignment.json']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'test/fixtures/no-such-assignment.json: cannot read: no such file\n',
    });
  });

  it('malformed JSON, with its line and column', () => {
    const file = tmpFile('bad.json', '{\n  "format": "judging-assignment-input/v1",\n  "k": 2,,\n}\n');
    const r = run([file]);
    expect([r.code, r.stdout]).toEqual([1, '']);
    noTrace(r.stderr);
    expect(r.stderr).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: malformed JSON at line 3, column 10: .+\\n$`),
    );
  });

  it('a bad k', () => {
    for (const k of [0, 2.5, '2', null, -1]) {
      const r = run([tmpFile('k.json', JSON.stringify({ ...small(), k }))]);
      expect([r.code, r.stdout]).toEqual([1, '']);
      expect(r.stderr.replace(/^.*k\.json: /, '')).toBe('k: must be an integer ≥ 1\n');
    }
  });

  it('invalid input: every problem on its own line, prefixed with the file name', () => {
    const input = small();
    const judges = input.judges as Record<string, unknown>[];
    const bad = { ...input, format: 'judging-assignment/v1', judges: [...judges, { ...judges[0]! }] };
    const file = tmpFile('bad-input.json', JSON.stringify(bad));
    const r = run([file]);
    expect([r.code, r.stdout]).toEqual([1, '']);
    noTrace(r.stderr);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${file}: format: must be "judging-assignment-input/v1", got "judging-assignment/v1"`,
      `${file}: judges[4]: duplicate id "j1"`,
    ]);
  });

  it('an impossible assignment: too few allowed judges (conflicts), too many locked pairs', () => {
    const input = small();
    const judges = (input.judges as Record<string, unknown>[]).map((j) => ({ ...j, conflicts: ['e05'] }));
    const previous = [
      { judgeId: 'j1', entryId: 'e04', locked: true },
      { judgeId: 'j3', entryId: 'e04', locked: true },
      { judgeId: 'j4', entryId: 'e04', locked: true },
    ];
    const file = tmpFile('impossible.json', JSON.stringify({ ...input, judges, previous }));
    const r = run([file]);
    expect([r.code, r.stdout]).toEqual([1, '']);
    noTrace(r.stderr);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${file}: entries[3] (e04): 3 locked pairs, at most 2 (k)`,
      `${file}: entries[4] (e05): 0 allowed judges (no conflict, no shared organization; locked ones counted), 2 needed`,
    ]);
  });
});
