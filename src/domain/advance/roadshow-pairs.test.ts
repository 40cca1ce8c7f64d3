// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planRoadshow } from './roadshow-pairs';

describe('planRoadshow', () => {
  const judges = [
    { uid: 'j2', conflicts: [], organizations: [' 兰州大学 '] },
    { uid: 'j1', conflicts: ['e2'], organizations: [] },
  ];
  const organizations = new Map([['e3', '兰州大学']]);

  it('pairs every judge with every advanced entry, skipping conflicts and shared organizations', () => {
    const plan = planRoadshow({ judges, entryIds: ['e1', 'e2', 'e3'], organizations, current: [], withSheet: [] });
    expect(plan.add).toEqual([
      { judgeUid: 'j1', entryId: 'e1' },
      { judgeUid: 'j2', entryId: 'e1' },
      { judgeUid: 'j2', entryId: 'e2' },
      { judgeUid: 'j1', entryId: 'e3' },
    ]);
    expect(plan.skipped).toEqual([
      { judgeUid: 'j1', entryId: 'e2', reason: 'conflict' },
      { judgeUid: 'j2', entryId: 'e3', reason: 'organization' },
    ]);
  });

  it('keeps existing pairs, drops those of entries no longer advanced unless a sheet exists', () => {
    const current = [
      { judgeUid: 'j1', entryId: 'e1' },
      { judgeUid: 'j1', entryId: 'e4' },
      { judgeUid: 'j2', entryId: 'e4' },
    ];
    const plan = planRoadshow({
      judges,
      entryIds: ['e1'],
      organizations,
      current,
      withSheet: [{ judgeUid: 'j2', entryId: 'e4' }],
    });
    expect(plan.add).toEqual([{ judgeUid: 'j2', entryId: 'e1' }]);
    expect(plan.remove).toEqual([{ judgeUid: 'j1', entryId: 'e4' }]);
    expect(plan.keptWithSheet).toEqual([{ judgeUid: 'j2', entryId: 'e4' }]);
  });
});
