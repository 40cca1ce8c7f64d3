// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planRound } from './round-plan';
import { planReplacement } from './round-plan-recusal';
import type { PlanPair, PlanRequest, RoundDocs, RoundPlan } from './round-plan-types';

type Docs = RoundDocs;
const R = 'review';

/** Entries a1..an (track a) and b1..bm (track b), judges j1..jc, nothing assigned. */
function docs(a: number, b: number, c: number): Docs {
  const entries = [
    ...Array.from({ length: a }, (_, i) => ({ id: `a${i + 1}`, code: `A-${i + 1}`, trackId: 'ta', field: 'pv' })),
    ...Array.from({ length: b }, (_, i) => ({ id: `b${i + 1}`, code: `B-${i + 1}`, trackId: 'tb', field: 'bio' })),
  ].map((e) => ({ ...e, status: 'submitted' as const }));
  const members = [
    { uid: 'org', role: 'organizer' as const, tags: [], organizations: [], conflicts: [] },
    ...Array.from({ length: c }, (_, i) => ({
      uid: `j${i + 1}`,
      role: 'judge' as const,
      tags: [] as string[],
      organizations: [] as string[],
      conflicts: [] as string[],
    })),
  ];
  return { roundId: R, entries, organizations: new Map(), members, assignments: [], sheets: [] };
}

const judges = (n: number) => Array.from({ length: n }, (_, i) => `j${i + 1}`);
const pools = (k: number, a: string[], b = a, kb = k): PlanRequest => ({
  strategy: 'engine',
  pools: [
    { trackId: 'ta', k, judgeUids: a },
    { trackId: 'tb', k: kb, judgeUids: b },
  ],
});

function ok(d: Docs, r: PlanRequest): RoundPlan {
  const out = planRound(d, r);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.value;
}
const judgesOf = (pairs: PlanPair[], entryId: string) =>
  pairs.filter((p) => p.entryId === entryId).map((p) => p.judgeUid);
/** The plan written back as the round's assignments. */
const committed = (d: Docs, plan: RoundPlan): Docs => ({
  ...d,
  assignments: plan.pairs.map((p) => ({ ...p, roundIds: [R] })),
});

describe('planRound: groups', () => {
  it('balances tracks with the same pool and k together, in one run', () => {
    // 3 + 3 entries, k = 2, 4 judges: 12 pairs, 3 each only if both tracks are balanced together.
    const plan = ok(docs(3, 3, 4), pools(2, judges(4), ['j4', 'j3', 'j2', 'j1', 'j1']));
    expect(plan.stats).toMatchObject({ pairs: 12, minLoad: 3, maxLoad: 3 });
    expect(plan.loads).toEqual({ j1: 3, j2: 3, j3: 3, j4: 3 });
    expect(plan.added).toHaveLength(12);
    expect(plan.removed).toEqual([]);
  });

  it('gives each track its own pool and k', () => {
    const plan = ok(docs(2, 3, 5), pools(3, ['j1', 'j2', 'j3'], ['j4', 'j5'], 2));
    for (const e of ['a1', 'a2']) expect(judgesOf(plan.pairs, e)).toEqual(['j1', 'j2', 'j3']);
    for (const e of ['b1', 'b2', 'b3']) expect(judgesOf(plan.pairs, e)).toEqual(['j4', 'j5']);
    expect(plan.loads).toEqual({ j1: 2, j2: 2, j3: 2, j4: 3, j5: 3 });
  });

  it('sums the loads of a judge in two pools', () => {
    const plan = ok(docs(1, 1, 3), pools(1, ['j1'], ['j1', 'j2'], 2));
    expect(plan.loads).toEqual({ j1: 2, j2: 1 });
  });

  it('is stable: re-run on its own result it adds and removes nothing', () => {
    const d = docs(5, 4, 6);
    d.members[1]!.tags = ['pv'];
    const first = ok(d, pools(3, judges(6)));
    const again = ok(committed(d, first), pools(3, judges(6)));
    expect(again.pairs).toEqual(first.pairs);
    expect(again.added).toEqual([]);
    expect(again.removed).toEqual([]);
    expect(again.stats.kept).toBe(27);
  });

  it('moves a pair a new conflict forbids, and only what balance then needs', () => {
    const d = docs(4, 0, 4);
    const first = ok(d, pools(2, judges(4)));
    const [victim] = first.pairs;
    d.members.find((m) => m.uid === victim!.judgeUid)!.conflicts = [victim!.entryId];
    const again = ok(committed(d, first), pools(2, judges(4)));
    // Loads stay 2 each (balance ranks above stability): the judge who takes
    // the entry gives one of its own pairs to the judge in conflict. No more.
    expect(again.removed).toContainEqual(victim);
    expect(again.removed).toHaveLength(2);
    expect(again.added).toHaveLength(2);
    expect(again.stats).toMatchObject({ minLoad: 2, maxLoad: 2, kept: 6, moved: 2 });
  });
});

describe('planRound: documents', () => {
  it('reads organizations from identities, recused sheets as conflicts and submitted sheets as locked', () => {
    const d = docs(1, 0, 4);
    d.organizations = new Map([['a1', ' 青海大学 ']]);
    d.members[1]!.organizations = ['青海大学'];
    d.sheets = [
      { roundId: R, judgeUid: 'j2', entryId: 'a1', status: 'recused' },
      { roundId: 'final', judgeUid: 'j3', entryId: 'a1', status: 'recused' },
    ];
    expect(judgesOf(ok(d, pools(2, judges(4))).pairs, 'a1')).toEqual(['j3', 'j4']);

    // A submitted sheet keeps its pair even though the pair is now forbidden.
    d.sheets.push(
      { roundId: R, judgeUid: 'j1', entryId: 'a1', status: 'submitted' },
      { roundId: R, judgeUid: 'j4', entryId: 'a1', status: 'submitted' },
    );
    d.members[4]!.conflicts = ['a1'];
    const plan = ok(d, pools(2, judges(4)));
    expect(judgesOf(plan.pairs, 'a1')).toEqual(['j1', 'j4']);
    expect(plan.warnings).toEqual([
      { code: 'locked-forbidden', judgeUid: 'j1', entryId: 'a1', entryCode: 'A-1', reason: 'organization' },
      { code: 'locked-forbidden', judgeUid: 'j4', entryId: 'a1', entryCode: 'A-1', reason: 'conflict' },
    ]);
  });

  it('removes the pairs of entries that no longer compete and of judges who left the pool', () => {
    const d = docs(2, 0, 3);
    d.entries[1]!.status = 'withdrawn';
    d.assignments = [
      { judgeUid: 'j1', entryId: 'a2', roundIds: [R] },
      { judgeUid: 'j3', entryId: 'a1', roundIds: [R] },
      { judgeUid: 'j1', entryId: 'a1', roundIds: ['final'] },
    ];
    d.sheets = [
      { roundId: R, judgeUid: 'j3', entryId: 'a1', status: 'submitted' },
      { roundId: R, judgeUid: 'j1', entryId: 'a2', status: 'submitted' },
    ];
    const plan = ok(d, pools(1, ['j1', 'j2']));
    expect(plan.removed).toEqual([
      { judgeUid: 'j3', entryId: 'a1' },
      { judgeUid: 'j1', entryId: 'a2' },
    ]);
    expect(plan.pairs).toHaveLength(1);
    expect(plan.pairs[0]!.entryId).toBe('a1');
    expect(plan.stats).toMatchObject({ dropped: 2, kept: 0, moved: 0 });
    expect(plan.warnings).toEqual([
      { code: 'locked-out-of-pool', judgeUid: 'j3', entryId: 'a1', entryCode: 'A-1', trackId: 'ta' },
      { code: 'locked-not-competing', judgeUid: 'j1', entryId: 'a2' },
    ]);
  });

  it('counts a tag match when the entry field is a judge tag', () => {
    const d = docs(2, 0, 2);
    d.members[1]!.tags = ['pv'];
    expect(ok(d, pools(1, judges(2))).stats.tagMatches).toBe(1);
  });
});

describe('planRound: every judge', () => {
  it('gives each pool judge every entry of the track, except forbidden pairs', () => {
    const d = docs(2, 1, 3);
    d.members[3]!.conflicts = ['a2'];
    const plan = ok(d, { strategy: 'every-judge', pools: [...pools(1, judges(3), ['j1']).pools] });
    expect(judgesOf(plan.pairs, 'a1')).toEqual(['j1', 'j2', 'j3']);
    expect(judgesOf(plan.pairs, 'a2')).toEqual(['j1', 'j2']);
    expect(judgesOf(plan.pairs, 'b1')).toEqual(['j1']);
    expect(plan.loads).toEqual({ j1: 3, j2: 2, j3: 1 });
  });
});

describe('planRound: refusals', () => {
  it('names unknown judges (a team member, an organizer, nobody) once each', () => {
    const out = planRound(docs(1, 1, 2), pools(1, ['j1', 'org', 'ghost'], ['ghost', 'j2']));
    expect(out).toEqual({
      ok: false,
      problems: [
        { code: 'unknown-judge', judgeUid: 'org' },
        { code: 'unknown-judge', judgeUid: 'ghost' },
      ],
    });
  });

  it('refuses an empty pool for a track with entries, not for one without', () => {
    expect(planRound(docs(1, 0, 2), pools(1, ['j1'], []))).toMatchObject({ ok: true });
    expect(planRound(docs(1, 1, 2), pools(1, ['j1'], []))).toEqual({
      ok: false,
      problems: [{ code: 'empty-pool', trackId: 'tb' }],
    });
    expect(planRound(docs(0, 1, 2), { strategy: 'every-judge', pools: pools(1, ['j1'], []).pools })).toMatchObject({
      ok: false,
    });
  });

  it('names each entry with too few allowed judges or too many locked pairs', () => {
    const d = docs(3, 0, 3);
    d.members[1]!.conflicts = ['a1'];
    d.sheets = ['j1', 'j2', 'j3'].map((j) => ({
      roundId: R,
      judgeUid: j,
      entryId: 'a2',
      status: 'submitted' as const,
    }));
    expect(planRound(d, pools(3, judges(3)))).toEqual({
      ok: false,
      problems: [{ code: 'too-few-judges', entryId: 'a1', entryCode: 'A-1', trackId: 'ta', allowed: 2, needed: 3 }],
    });
    expect(planRound(d, pools(2, judges(3)))).toEqual({
      ok: false,
      problems: [{ code: 'too-many-locked', entryId: 'a2', entryCode: 'A-2', locked: 3, needed: 2 }],
    });
  });
});

describe('planReplacement', () => {
  /** Six entries, four judges, k = 2, committed; j1 then recuses from its first entry. */
  function recused() {
    const d = docs(6, 0, 4);
    const plan = ok(d, pools(2, judges(4)));
    const gone = plan.pairs.find((p) => p.judgeUid === 'j1')!;
    const after: Docs = {
      ...committed(d, plan),
      sheets: [{ roundId: R, ...gone, status: 'recused' }],
    };
    after.assignments = after.assignments.filter((a) => a.judgeUid !== 'j1' || a.entryId !== gone.entryId);
    return { after, gone, plan };
  }

  it('gives the entry the least loaded allowed judge of the pool and moves nothing else', () => {
    const { after, gone } = recused();
    const out = planReplacement(after, { entryId: gone.entryId, k: 2, judgeUids: null });
    if (!out.ok) throw new Error('refused');
    expect(out.added).toHaveLength(1);
    const [added] = out.added;
    expect(added!.judgeUid).not.toBe('j1');
    expect(after.assignments.some((a) => a.judgeUid === added!.judgeUid && a.entryId === gone.entryId)).toBe(false);
    // Loads were 3 each; the others on the entry are excluded, so one with load 3 it is, the first by uid.
    const others = ['j2', 'j3', 'j4'].filter(
      (j) => !after.assignments.some((a) => a.judgeUid === j && a.entryId === gone.entryId),
    );
    expect(added!.judgeUid).toBe(others[0]);
  });

  it('prefers a shared tag among equally loaded judges and keeps to the pool', () => {
    const { after, gone } = recused();
    const free = ['j2', 'j3', 'j4'].filter(
      (j) => !after.assignments.some((a) => a.judgeUid === j && a.entryId === gone.entryId),
    );
    after.members.find((m) => m.uid === free[1])!.tags = ['pv'];
    expect(planReplacement(after, { entryId: gone.entryId, k: 2, judgeUids: null })).toEqual({
      ok: true,
      added: [{ judgeUid: free[1], entryId: gone.entryId }],
    });
    expect(planReplacement(after, { entryId: gone.entryId, k: 2, judgeUids: ['j1', free[0]!] })).toEqual({
      ok: true,
      added: [{ judgeUid: free[0], entryId: gone.entryId }],
    });
  });

  it('adds nobody when the entry still has k judges, and says when no judge is left', () => {
    const { after, gone } = recused();
    expect(planReplacement(after, { entryId: gone.entryId, k: 1, judgeUids: null })).toEqual({ ok: true, added: [] });
    expect(planReplacement(after, { entryId: gone.entryId, k: 2, judgeUids: ['j1'] })).toEqual({
      ok: false,
      problems: [
        {
          code: 'too-few-judges',
          entryId: gone.entryId,
          entryCode: expect.any(String),
          trackId: 'ta',
          allowed: 1,
          needed: 2,
        },
      ],
    });
  });
});
