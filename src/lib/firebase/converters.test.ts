// @vitest-environment node
import { Timestamp, serverTimestamp, type QueryDocumentSnapshot } from 'firebase/firestore/lite';
import { describe, expect, it } from 'vitest';
import { competitionConverter, entryConverter, memberConverter, sheetConverter } from './converters';

function snapshot(id: string, data: Record<string, unknown>): QueryDocumentSnapshot {
  return { id, data: () => data } as unknown as QueryDocumentSnapshot;
}

describe('converters', () => {
  it('reads Timestamps as epoch millis and the document id as id', () => {
    const deadline = Date.UTC(2025, 5, 30, 16);
    const competition = competitionConverter.fromFirestore(
      snapshot('xn-2025', {
        title: '大赛',
        titleEn: 'Contest',
        status: 'review',
        visibility: 'private',
        blind: true,
        submissionDeadline: Timestamp.fromMillis(deadline),
        tracks: [{ id: 'a', name: '甲', nameEn: 'A' }],
        createdAt: Timestamp.fromMillis(1000),
        updatedAt: Timestamp.fromMillis(2000),
      }),
    );
    expect(competition.id).toBe('xn-2025');
    expect(competition.submissionDeadline).toBe(deadline);
    expect(competition.createdAt).toBe(1000);
    expect(competition.tracks).toHaveLength(1);
    // Missing lists read as empty, not undefined.
    expect(competition.rounds).toEqual([]);
    expect(competition.roundCriterionIds).toEqual({});
  });

  it('keeps a null submittedAt null', () => {
    const entry = entryConverter.fromFirestore(
      snapshot('e1', { code: 'E-001', status: 'draft', submittedAt: null, deckPath: null }),
    );
    expect(entry.submittedAt).toBeNull();
    expect(entry.deckPath).toBeNull();
    expect(entry.status).toBe('draft');
  });

  it('writes millis as Timestamps, drops the id and passes sentinels through', () => {
    const written = sheetConverter.toFirestore({
      id: 'r1__j__e',
      roundId: 'r1',
      judgeUid: 'j',
      entryId: 'e',
      status: 'draft',
      scores: { c1: 8 },
      comments: {},
      comment: '',
      revision: 1,
      updatedAt: serverTimestamp(),
      submittedAt: 5000,
      reopened: null,
    });
    expect(written).not.toHaveProperty('id');
    expect(written.submittedAt).toBeInstanceOf(Timestamp);
    expect((written.submittedAt as Timestamp).toMillis()).toBe(5000);
    expect(written.updatedAt).not.toBeInstanceOf(Timestamp);
  });

  it('reads a reopened sheet with its reason and time, and anything else as not reopened', () => {
    const base = { roundId: 'r1', judgeUid: 'j', entryId: 'e', status: 'draft' };
    const reopened = sheetConverter.fromFirestore(
      snapshot('r1__j__e', { ...base, reopened: { reason: '请复核', at: Timestamp.fromMillis(7000) } }),
    );
    expect(reopened.reopened).toEqual({ reason: '请复核', at: 7000 });
    for (const value of [undefined, null, 'yes', { at: 1 }]) {
      expect(sheetConverter.fromFirestore(snapshot('r1__j__e', { ...base, reopened: value })).reopened).toBeNull();
    }
  });

  it('keeps the member uid field, which rules compare with the document id', () => {
    const written = memberConverter.toFirestore({
      uid: 'u1',
      competitionId: 'c',
      role: 'judge',
      displayName: 'J',
      email: 'j@x',
      entryIds: [],
      tags: [],
      organizations: [],
      conflicts: [],
      trackIds: [],
      addedAt: 10,
    });
    expect(written.uid).toBe('u1');
    expect((written.addedAt as Timestamp).toMillis()).toBe(10);
  });
});
