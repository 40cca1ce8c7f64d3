import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, DEMO_ROUND_ID as roundId, freshDemo } from './seeded';

const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));
const full = { innovation: 8, market: 7.5, team: 9, business: 6, pitch: 8 };

let submitSheet: Awaited<ReturnType<typeof loadCallable>>;
/** A draft sheet of the seed: its judge may submit it. */
let draft: { judgeUid: string; entryId: string; id: string };

beforeAll(async () => {
  submitSheet = await loadCallable('submitSheet');
});
beforeEach(async () => {
  await freshDemo();
  const drafts = await db().collection(`competitions/${cid}/sheets`).where('status', '==', 'draft').limit(1).get();
  const d = drafts.docs[0]!;
  draft = { judgeUid: d.get('judgeUid'), entryId: d.get('entryId'), id: d.id };
}, 120_000);

describe('submitSheet (through the functions build)', () => {
  it('submits and locks a complete sheet, with an audit event', async () => {
    await submitSheet(
      { competitionId: cid, roundId, entryId: draft.entryId, scores: full, comment: '很好' },
      draft.judgeUid,
    );
    const sheet = await db().doc(`competitions/${cid}/sheets/${draft.id}`).get();
    expect(sheet.get('status')).toBe('submitted');
    expect(sheet.get('scores')).toEqual(full);
    expect(sheet.get('submittedAt')).not.toBeNull();
    const audit = await db().collection(`competitions/${cid}/audit`).where('subject.id', '==', draft.id).get();
    expect(audit.docs.map((d) => d.get('type'))).toEqual(['sheet.submitted']);
    // No comments given: none stored. The seed's draft was revision 1.
    expect(sheet.get('comments')).toEqual({});
    expect(sheet.get('revision')).toBe(2);

    await expect(
      submitSheet({ competitionId: cid, roundId, entryId: draft.entryId, scores: full }, draft.judgeUid),
    ).rejects.toMatchObject({ code: 'failed-precondition' });
  });

  it('refuses incomplete, out-of-range and unknown scores, naming each', async () => {
    const err = await submitSheet(
      { competitionId: cid, roundId, entryId: draft.entryId, scores: { innovation: 11, market: 5, extra: 1 } },
      draft.judgeUid,
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'invalid-argument' });
    expect((err as { details: { problems: string[] } }).details.problems).toEqual([
      'scores.extra: not a criterion of this rubric',
      'scores.innovation: must be between 0 and 10',
      'scores.team: missing',
      'scores.business: missing',
      'scores.pitch: missing',
    ]);
    const sheet = await db().doc(`competitions/${cid}/sheets/${draft.id}`).get();
    expect(sheet.get('status')).toBe('draft');
  });

  it('refuses an entry not assigned to the judge, a closed round and a non-judge', async () => {
    const otherJudge = draft.judgeUid === 'j1' ? 'j2' : 'j1';
    const assigned = await db().doc(`competitions/${cid}/assignments/${otherJudge}__${draft.entryId}`).get();
    if (!assigned.exists) {
      await expect(
        submitSheet({ competitionId: cid, roundId, entryId: draft.entryId, scores: full }, otherJudge),
      ).rejects.toMatchObject({ code: 'permission-denied' });
    }
    await expect(
      submitSheet({ competitionId: cid, roundId, entryId: 'no-such-entry', scores: full }, draft.judgeUid),
    ).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(
      submitSheet({ competitionId: cid, roundId: 'final', entryId: draft.entryId, scores: full }, draft.judgeUid),
    ).rejects.toMatchObject({ code: 'failed-precondition' });
    await expect(
      submitSheet({ competitionId: cid, roundId, entryId: draft.entryId, scores: full }, 'organizer'),
    ).rejects.toMatchObject({ code: 'permission-denied' });
  });

  it('stores the comments per criterion and the next revision', async () => {
    const comments = { innovation: '技术路线清晰', pitch: '' };
    await submitSheet(
      { competitionId: cid, roundId, entryId: draft.entryId, scores: full, comments, comment: '建议进入决赛' },
      draft.judgeUid,
    );
    const sheet = await db().doc(`competitions/${cid}/sheets/${draft.id}`).get();
    expect(sheet.get('comments')).toEqual(comments);
    expect(sheet.get('comment')).toBe('建议进入决赛');
    expect(sheet.get('revision')).toBe(2);
  });

  it('starts at revision 1 when the judge submits without a draft', async () => {
    const assigned = await db()
      .collection(`competitions/${cid}/assignments`)
      .where('roundIds', 'array-contains', roundId)
      .get();
    const sheets = await db().collection(`competitions/${cid}/sheets`).where('roundId', '==', roundId).get();
    const withSheet = new Set(sheets.docs.map((d) => `${d.get('judgeUid')}__${d.get('entryId')}`));
    const fresh = assigned.docs.find((d) => !withSheet.has(d.id));
    // The seed leaves judge1 an assigned review entry without a sheet.
    if (!fresh) throw new Error('every assigned pair has a sheet: the seed changed');
    await submitSheet(
      { competitionId: cid, roundId, entryId: fresh.get('entryId'), scores: full },
      fresh.get('judgeUid'),
    );
    const sheet = await db().doc(`competitions/${cid}/sheets/${roundId}__${fresh.id}`).get();
    expect(sheet.get('revision')).toBe(1);
  });

  it('refuses a score off the criterion step and a comment on no criterion of the round', async () => {
    const err = await submitSheet(
      {
        competitionId: cid,
        roundId,
        entryId: draft.entryId,
        scores: { ...full, market: 7.3 },
        comments: { price: '便宜' },
      },
      draft.judgeUid,
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'invalid-argument' });
    const problems = (err as { details: { problems: string[] } }).details.problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^scores\.market: /);
    expect(problems[1]).toBe('comments.price: not a criterion of this rubric');
    const sheet = await db().doc(`competitions/${cid}/sheets/${draft.id}`).get();
    expect(sheet.get('status')).toBe('draft');
  });
});
