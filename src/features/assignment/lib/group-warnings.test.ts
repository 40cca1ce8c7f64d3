// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { groupWarnings } from './group-warnings';

describe('groupWarnings', () => {
  it('says a judge’s alike warnings once, with their entries, in the server’s order', () => {
    const out = (judgeUid: string, entryId: string, trackId = 'a') =>
      ({ code: 'locked-out-of-pool', judgeUid, entryId, entryCode: entryId.toUpperCase(), trackId }) as const;
    expect(
      groupWarnings([
        out('j1', 'e1'),
        { code: 'locked-forbidden', judgeUid: 'j1', entryId: 'e1', entryCode: 'E1', reason: 'conflict' },
        out('j2', 'e1'),
        out('j1', 'e2'),
        out('j1', 'e3', 'b'),
        { code: 'locked-forbidden', judgeUid: 'j1', entryId: 'e4', entryCode: 'E4', reason: 'organization' },
        { code: 'locked-forbidden', judgeUid: 'j1', entryId: 'e5', reason: 'conflict' },
        { code: 'locked-not-competing', judgeUid: 'j3', entryId: 'e6' },
        { code: 'other', text: 'x' },
        { code: 'locked-not-competing', judgeUid: 'j3', entryId: 'e7' },
      ]),
    ).toEqual([
      {
        code: 'locked-out-of-pool',
        judgeUid: 'j1',
        trackId: 'a',
        entries: [
          { entryId: 'e1', entryCode: 'E1' },
          { entryId: 'e2', entryCode: 'E2' },
        ],
      },
      {
        code: 'locked-forbidden',
        judgeUid: 'j1',
        reason: 'conflict',
        entries: [{ entryId: 'e1', entryCode: 'E1' }, { entryId: 'e5' }],
      },
      { code: 'locked-out-of-pool', judgeUid: 'j2', trackId: 'a', entries: [{ entryId: 'e1', entryCode: 'E1' }] },
      { code: 'locked-out-of-pool', judgeUid: 'j1', trackId: 'b', entries: [{ entryId: 'e3', entryCode: 'E3' }] },
      {
        code: 'locked-forbidden',
        judgeUid: 'j1',
        reason: 'organization',
        entries: [{ entryId: 'e4', entryCode: 'E4' }],
      },
      { code: 'locked-not-competing', judgeUid: 'j3', entries: [{ entryId: 'e6' }, { entryId: 'e7' }] },
      { code: 'other', text: 'x' },
    ]);
  });
});
