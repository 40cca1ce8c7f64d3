// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assign, assignJson } from './assign';
import { input } from './test-builders';
import type { AssignmentV1 } from './types';

function ok(raw: unknown): AssignmentV1 {
  const out = assign(raw);
  if (!out.ok) throw new Error(out.problems.join('\n'));
  return out.value;
}

function judgesOf(out: AssignmentV1, entryId: string): string[] {
  return out.assignments.filter((a) => a.entryId === entryId).map((a) => a.judgeId);
}

describe('assign: output format', () => {
  it('gives every entry k distinct judges, sorted by entry then judge, with every judge in loads', () => {
    const out = ok(input(3, 4, 2));
    expect(out.format).toBe('judging-assignment/v1');
    expect(out.assignments).toHaveLength(6);
    for (const e of ['e01', 'e02', 'e03']) expect(new Set(judgesOf(out, e)).size).toBe(2);
    const keys = out.assignments.map((a) => `${a.entryId} ${a.judgeId}`);
    expect(keys).toEqual([...keys].sort());
    expect(Object.keys(out.loads)).toEqual(['j1', 'j2', 'j3', 'j4']);
    expect(Object.values(out.loads).reduce((a, b) => a + b, 0)).toBe(6);
    expect(out.stats).toEqual({ pairs: 6, minLoad: 1, maxLoad: 2, kept: 0, moved: 0, dropped: 0, tagMatches: 0 });
    expect(out.warnings).toEqual([]);
  });

  it('sorts by code units, not locale ("B" before "a", "e10" before "e2")', () => {
    const raw = { ...input(0, 2, 1), entries: [{ id: 'e2' }, { id: 'a' }, { id: 'e10' }, { id: 'B' }] };
    expect(ok(raw).assignments.map((a) => a.entryId)).toEqual(['B', 'a', 'e10', 'e2']);
  });

  it('lists a judge with no pair with load 0', () => {
    const out = ok(input(1, 3, 1));
    expect(Object.values(out.loads).sort()).toEqual([0, 0, 1]);
    expect(out.stats.minLoad).toBe(0);
  });

  it('accepts an empty entries list, and no judges then', () => {
    expect(ok(input(0, 2, 3))).toEqual({
      format: 'judging-assignment/v1',
      assignments: [],
      loads: { j1: 0, j2: 0 },
      stats: { pairs: 0, minLoad: 0, maxLoad: 0, kept: 0, moved: 0, dropped: 0, tagMatches: 0 },
      warnings: [],
    });
    expect(ok(input(0, 0, 1)).loads).toEqual({});
  });

  it('keeps a judge id named __proto__ as an ordinary key', () => {
    const raw = { ...input(2, 0, 1), judges: [{ id: '__proto__' }, { id: 'j2' }] };
    const out = ok(raw);
    expect(JSON.stringify(out.loads)).toBe('{"__proto__":1,"j2":1}');
  });

  it('reads k = 5.0 as 5, null as absent, and ignores unknown fields', () => {
    const raw = JSON.parse(
      '{"format":"judging-assignment-input/v1","k":2.0,"extra":1,' +
        '"entries":[{"id":"e1","organization":null,"tags":null,"x":[]}],' +
        '"judges":[{"id":"j1","organizations":null,"tags":null,"conflicts":null},{"id":"j2"}],"previous":null}',
    ) as unknown;
    expect(ok(raw).assignments).toEqual([
      { judgeId: 'j1', entryId: 'e1' },
      { judgeId: 'j2', entryId: 'e1' },
    ]);
  });

  it('takes the JSON text too, and refuses malformed JSON in one line', () => {
    expect(assignJson(JSON.stringify(input(1, 1, 1))).ok).toBe(true);
    const out = assignJson('{"format":');
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.problems).toHaveLength(1);
      expect(out.problems[0]).toMatch(/^input: malformed JSON/);
    }
  });
});

describe('assign: 1. hard constraints', () => {
  it('never pairs a declared conflict or a shared (trimmed) organization', () => {
    const raw = input(2, 3, 2, {
      entries: [{ organization: ' 青海大学 ' }, { organization: '  ' }],
      judges: [{ organizations: ['青海大学'] }, { conflicts: ['e02', 'gone'] }, { organizations: [''] }],
    });
    const out = ok(raw);
    expect(judgesOf(out, 'e01')).toEqual(['j2', 'j3']);
    expect(judgesOf(out, 'e02')).toEqual(['j1', 'j3']);
  });

  it('keeps a locked pair even when now forbidden, with a warning naming judge and entry', () => {
    const raw = input(1, 3, 1, {
      judges: [{ conflicts: ['e01'] }],
      previous: [{ judgeId: 'j1', entryId: 'e01', locked: true }],
    });
    const out = ok(raw);
    expect(out.assignments).toEqual([{ judgeId: 'j1', entryId: 'e01' }]);
    expect(out.warnings).toEqual([
      'previous[0]: locked pair (judge "j1", entry "e01") kept although forbidden (conflict)',
    ]);
    expect(out.stats.kept).toBe(1);
  });

  it('keeps every locked pair even against balance', () => {
    const previous = ['e01', 'e02', 'e03'].map((entryId) => ({ judgeId: 'j1', entryId, locked: true }));
    const out = ok(input(3, 3, 1, { previous }));
    expect(out.loads).toEqual({ j1: 3, j2: 0, j3: 0 });
    expect(out.stats).toMatchObject({ minLoad: 0, maxLoad: 3, kept: 3, moved: 0 });
  });
});

describe('assign: 2. balance', () => {
  it('spreads loads to max − min = 0 when judges divide entries × k', () => {
    const out = ok(input(6, 4, 2));
    expect(out.stats).toMatchObject({ minLoad: 3, maxLoad: 3 });
  });

  it('spreads loads to max − min = 1 otherwise', () => {
    const out = ok(input(7, 3, 2));
    expect(out.stats).toMatchObject({ minLoad: 4, maxLoad: 5 });
  });

  it('finds the smallest spread conflicts allow', () => {
    // j3 may judge only e01, so e02..e04 take j1 and j2: giving e01 to j3
    // (loads 4, 3, 1: spread 3) beats giving it to j1 and j2 (4, 4, 0).
    const out = ok(input(4, 3, 2, { judges: [{}, {}, { conflicts: ['e02', 'e03', 'e04'] }] }));
    expect(out.stats).toMatchObject({ minLoad: 1, maxLoad: 4 });
    expect(judgesOf(out, 'e01')).toContain('j3');
  });
});

describe('assign: 3. stability', () => {
  const previousOf = (out: AssignmentV1) => out.assignments.map((a) => ({ ...a }));

  it('re-running on its own output changes nothing', () => {
    const first = ok(input(7, 4, 3));
    const again = ok(input(7, 4, 3, { previous: previousOf(first) }));
    expect(again.assignments).toEqual(first.assignments);
    expect(again.stats).toMatchObject({ kept: 21, moved: 0, dropped: 0 });
  });

  it('a judge who leaves moves only their own pairs', () => {
    const pairs = { e01: 'j1 j4', e02: 'j2 j4', e03: 'j3 j4', e04: 'j1 j2', e05: 'j2 j3', e06: 'j1 j3' };
    const previous = Object.entries(pairs).flatMap(([entryId, js]) =>
      js.split(' ').map((judgeId) => ({ judgeId, entryId })),
    );
    const raw = input(6, 3, 2, { previous }); // j4 left
    const again = ok(raw);
    expect(again.stats).toMatchObject({ kept: 9, moved: 0, dropped: 3, minLoad: 4, maxLoad: 4 });
    for (const p of previous.filter((x) => x.judgeId !== 'j4')) expect(again.assignments).toContainEqual(p);
  });

  it('a new conflict moves one pair when balance allows', () => {
    const previous = ['j1', 'j2', 'j3'].map((judgeId, i) => ({ judgeId, entryId: `e0${i + 1}` }));
    const out = ok(input(3, 4, 1, { previous, judges: [{ conflicts: ['e01'] }] }));
    expect(out.assignments).toEqual([
      { judgeId: 'j4', entryId: 'e01' },
      { judgeId: 'j2', entryId: 'e02' },
      { judgeId: 'j3', entryId: 'e03' },
    ]);
    expect(out.stats).toMatchObject({ kept: 2, moved: 1 });
  });

  it('moves a second pair only when balance needs it', () => {
    // Loads 1, 1, 1: j1's conflict sends e01 to j2 or j3, who must then
    // hand one of theirs to j1 to keep the spread at 0.
    const previous = ['j1', 'j2', 'j3'].map((judgeId, i) => ({ judgeId, entryId: `e0${i + 1}` }));
    const out = ok(input(3, 3, 1, { previous, judges: [{ conflicts: ['e01'] }] }));
    expect(out.stats).toMatchObject({ kept: 1, moved: 2, minLoad: 1, maxLoad: 1 });
  });

  it('prefers previous pairs over tag matches', () => {
    const raw = input(1, 2, 1, {
      entries: [{ tags: ['ai'] }],
      judges: [{}, { tags: ['ai'] }],
      previous: [{ judgeId: 'j1', entryId: 'e01' }],
    });
    expect(ok(raw)).toMatchObject({
      assignments: [{ judgeId: 'j1', entryId: 'e01' }],
      stats: { kept: 1, tagMatches: 0 },
    });
  });

  it('drops pairs of judges or entries not in the input, counts duplicates once, locked if any copy is', () => {
    const raw = input(2, 2, 1, {
      previous: [
        { judgeId: 'j9', entryId: 'e01', locked: true },
        { judgeId: 'j9', entryId: 'e01' },
        { judgeId: 'j1', entryId: 'e99' },
        { judgeId: 'j2', entryId: 'e01' },
        { judgeId: 'j2', entryId: 'e01', locked: true },
        { judgeId: 'j8', entryId: 'e98', locked: null },
      ],
    });
    const out = ok(raw);
    expect(out.stats).toMatchObject({ kept: 1, moved: 0, dropped: 3 });
    expect(out.warnings).toEqual([
      'previous[0]: locked pair (judge "j9", entry "e01") dropped: its judge is not in the input',
    ]);
    expect(out.assignments).toEqual([
      { judgeId: 'j2', entryId: 'e01' },
      { judgeId: 'j1', entryId: 'e02' },
    ]);
  });

  it('names both sides when a locked pair lost its judge and its entry', () => {
    const out = ok(input(0, 1, 1, { previous: [{ judgeId: 'x', entryId: 'y', locked: true }] }));
    expect(out.warnings).toEqual([
      'previous[0]: locked pair (judge "x", entry "y") dropped: its judge and entry is not in the input',
    ]);
  });
});

describe('assign: 4. expertise', () => {
  it('matches tags wherever balance allows', () => {
    const raw = input(4, 4, 1, {
      entries: [{ tags: ['d'] }, { tags: ['c'] }, { tags: ['b', 'x'] }, { tags: ['a'] }],
      judges: [{ tags: ['a'] }, { tags: ['b'] }, { tags: ['c'] }, { tags: ['d'] }],
    });
    const out = ok(raw);
    expect(out.stats.tagMatches).toBe(4);
    expect(out.assignments).toEqual([
      { judgeId: 'j4', entryId: 'e01' },
      { judgeId: 'j3', entryId: 'e02' },
      { judgeId: 'j2', entryId: 'e03' },
      { judgeId: 'j1', entryId: 'e04' },
    ]);
  });

  it('never trades balance for a match', () => {
    const raw = input(2, 2, 1, { entries: [{ tags: ['a'] }, { tags: ['a'] }], judges: [{ tags: ['a'] }, {}] });
    expect(ok(raw).stats).toMatchObject({ minLoad: 1, maxLoad: 1, tagMatches: 1 });
  });
});

describe('assign: 5. determinism', () => {
  it('gives the same bytes for the same input', () => {
    const raw = input(9, 5, 3, {
      entries: [{ tags: ['a'] }, { organization: 'o' }, { tags: ['b'] }],
      judges: [{ tags: ['a', 'b'] }, { organizations: ['o'] }, { tags: ['b'] }],
    });
    const a = JSON.stringify(ok(raw));
    for (let i = 0; i < 3; i++) expect(JSON.stringify(ok(structuredClone(raw)))).toBe(a);
  });
});
