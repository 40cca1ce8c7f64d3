// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { groupProblems } from './group-problems';

describe('groupProblems', () => {
  it('says alike problems once, with their entries, in the server’s order', () => {
    const few = (id: string, allowed: number, trackId = 'a') =>
      ({ code: 'too-few-judges', entryId: id, entryCode: id.toUpperCase(), trackId, allowed, needed: 8 }) as const;
    expect(
      groupProblems([
        few('e1', 7),
        { code: 'empty-pool', trackId: 'b' },
        few('e2', 6),
        few('e3', 7),
        few('e4', 7, 'c'),
        { code: 'too-many-locked', entryId: 'e5', locked: 4, needed: 3 },
        { code: 'too-many-locked', entryId: 'e6', locked: 4, needed: 3 },
      ]),
    ).toEqual([
      {
        code: 'too-few-judges',
        trackId: 'a',
        allowed: 7,
        needed: 8,
        entries: [
          { entryId: 'e1', entryCode: 'E1' },
          { entryId: 'e3', entryCode: 'E3' },
        ],
      },
      { code: 'empty-pool', trackId: 'b' },
      { code: 'too-few-judges', trackId: 'a', allowed: 6, needed: 8, entries: [{ entryId: 'e2', entryCode: 'E2' }] },
      { code: 'too-few-judges', trackId: 'c', allowed: 7, needed: 8, entries: [{ entryId: 'e4', entryCode: 'E4' }] },
      {
        code: 'too-many-locked',
        locked: 4,
        needed: 3,
        entries: [
          { entryId: 'e5', entryCode: undefined },
          { entryId: 'e6', entryCode: undefined },
        ],
      },
    ]);
  });
});
