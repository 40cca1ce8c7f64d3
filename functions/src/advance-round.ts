import { FieldValue, Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { cutResults, planRoadshow, type RoadshowPair } from '../../src/domain/advance';
import { assignmentId, type Advancement } from '../../src/domain/model';
import type { ResultsV1 } from '../../src/domain/results';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { orRefuse, parseDoc, readDoc, schemas, timestamp } from './documents';
import { inputId, parseInput } from './input';
import {
  assignmentPath,
  assignmentsPath,
  competitionPath,
  entriesPath,
  entryPath,
  identityPath,
  membersPath,
  resultsPath,
  sheetsPath,
} from './paths';
import { requireRole } from './require-role';
import { runTransaction } from './transaction';

const advancementPath = (cid: string, roundId: string) => `competitions/${cid}/advancements/${roundId}`;

/** Firestore commits at most 500 writes at once; the advancement and its audit event take two. */
const MAX_PAIR_WRITES = 450;

const Input = z
  .object({
    competitionId: inputId,
    fromRoundId: inputId,
    toRoundId: inputId,
    scope: z.enum(['overall', 'track']),
    n: z.number().int().min(1).max(1000),
    excludedTiedEntryIds: z
      .array(inputId)
      .max(1000)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'lists an entry twice' })
      .optional(),
  })
  .refine((i) => i.fromRoundId !== i.toRoundId, { path: ['toRoundId'], message: 'must differ from fromRoundId' });

/** What the cut reads of a stored computation (results/{roundId}); the rest is the engine's. */
const StoredResults = z.object({
  exportSha256: z.string(),
  computedAt: timestamp,
  results: z.object({
    format: z.literal('judging-results/v1'),
    competitionId: z.string(),
    groups: z.array(
      z.object({
        track: z.string().nullable(),
        entries: z.array(
          z.object({
            entryId: z.string(),
            rank: z.number(),
            score: z.number(),
            sheets: z.number(),
            award: z.string().nullable(),
          }),
        ),
      }),
    ),
    unranked: z.array(z.object({ entryId: z.string(), reason: z.literal('insufficient-sheets'), sheets: z.number() })),
  }),
});

const refuse = (message: string, details: Record<string, unknown>) =>
  new HttpsError('failed-precondition', message, details);

/**
 * An organizer advances the top N of a round, overall or per track, to
 * another round (晋级), from the round's stored computation
 * (results/{fromRoundId}; src/domain/advance/cut.ts decides). Entries tied
 * at the cut line all go on unless listed in `excludedTiedEntryIds`; the
 * choice is kept in advancements/{toRoundId} and the audit trail. A
 * roadshow round is then scored by every judge for every advanced entry:
 * its assignment pairs are written at once, skipping the pairs a conflict
 * forbids (reported). Advancing again replaces the previous advancement:
 * the pairs of entries that no longer go on leave the round, unless a sheet
 * of that round exists for them. One transaction: all of it or nothing.
 */
export const advanceRound = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const input = parseInput(Input, request.data);
  const { fromRoundId, toRoundId, scope, n } = input;
  const excludedTiedEntryIds = input.excludedTiedEntryIds ?? [];

  return runTransaction(async (tx): Promise<Advancement> => {
    const [competitionSnap, resultsSnap] = await Promise.all([
      tx.get(db.doc(competitionPath(competitionId))),
      tx.get(db.doc(resultsPath(competitionId, fromRoundId))),
    ]);
    if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
    const competition = readDoc(competitionSnap, schemas.competition);
    const from = competition.rounds.find((r) => r.id === fromRoundId);
    const to = competition.rounds.find((r) => r.id === toRoundId);
    if (!from)
      throw new HttpsError('not-found', `No round ${fromRoundId} in this competition.`, { reason: 'no-round' });
    if (!to) throw new HttpsError('not-found', `No round ${toRoundId} in this competition.`, { reason: 'no-round' });
    if (to.status === 'closed') {
      throw refuse(`Round ${toRoundId} is closed: its entries can no longer change.`, { reason: 'round-closed' });
    }
    if (!resultsSnap.exists) {
      throw refuse(`Round ${fromRoundId} has no stored computation: compute its results first.`, {
        reason: 'not-computed',
      });
    }
    const stored = readStored(resultsSnap);

    // A track cut of results ranked overall needs each entry's track.
    const needTracks = scope === 'track' && !stored.results.groups.some((g) => g.track !== null);
    const entrySnaps = needTracks
      ? (await tx.get(db.collection(entriesPath(competitionId)).where('status', '==', 'submitted'))).docs
      : null;
    const trackOf = new Map(entrySnaps?.map((s) => [s.id, s.get('trackId') as unknown]) ?? []);
    const cut = cutResults(stored.results, {
      scope,
      n,
      excludedTiedEntryIds,
      trackOf: (id) => {
        const t = trackOf.get(id);
        return typeof t === 'string' ? t : null;
      },
      trackOrder: competition.tracks.map((t) => t.id),
    });
    if (cut.unknownExclusions.length > 0) {
      throw new HttpsError('invalid-argument', 'Only entries tied at the cut line can be left out.', {
        reason: 'not-tied',
        entryIds: cut.unknownExclusions.slice(0, 50),
      });
    }

    // Entries withdrawn or disqualified since the computation must not go on.
    const advancedSnaps = cut.entryIds.length
      ? await tx.getAll(...cut.entryIds.map((id) => db.doc(entryPath(competitionId, id))))
      : [];
    const notCompeting = advancedSnaps.filter((s) => s.get('status') !== 'submitted').map((s) => s.id);
    if (notCompeting.length > 0) {
      throw refuse('Some entries no longer compete since the computation: compute the results again.', {
        reason: 'entries-changed',
        entryIds: notCompeting.slice(0, 50),
      });
    }

    const roadshow = to.kind === 'roadshow';
    const [memberSnaps, assignmentSnaps, sheetSnaps, identitySnaps] = await Promise.all([
      roadshow ? tx.get(db.collection(membersPath(competitionId)).where('role', '==', 'judge')) : null,
      tx.get(db.collection(assignmentsPath(competitionId)).where('roundIds', 'array-contains', toRoundId)),
      tx.get(db.collection(sheetsPath(competitionId)).where('roundId', '==', toRoundId)),
      roadshow && cut.entryIds.length
        ? tx.getAll(...cut.entryIds.map((id) => db.doc(identityPath(competitionId, id))))
        : Promise.resolve([] as DocumentSnapshot[]),
    ]);
    const judges = memberSnaps ? orRefuse(memberSnaps.docs.map((s) => parseDoc(s, schemas.member))) : [];
    const assignments = orRefuse(assignmentSnaps.docs.map((s) => parseDoc(s, schemas.assignment)));
    const organizations = new Map<string, string>();
    for (const s of identitySnaps) {
      const org: unknown = s.get('organization');
      if (typeof org === 'string') organizations.set(s.id, org);
    }
    const withSheet: RoadshowPair[] = [];
    for (const s of sheetSnaps.docs) {
      const [judgeUid, entryId]: unknown[] = [s.get('judgeUid'), s.get('entryId')];
      if (typeof judgeUid === 'string' && typeof entryId === 'string') withSheet.push({ judgeUid, entryId });
    }
    // Another kind of round (no judges read) only loses the pairs of entries no longer advanced.
    const plan = planRoadshow({
      judges: judges.map((j) => ({ uid: j.uid, conflicts: j.conflicts, organizations: j.organizations })),
      entryIds: cut.entryIds,
      organizations,
      current: assignments.map((a) => ({ judgeUid: a.judgeUid, entryId: a.entryId })),
      withSheet,
    });
    if (plan.add.length + plan.remove.length > MAX_PAIR_WRITES) {
      throw refuse(`This advancement would change more than ${MAX_PAIR_WRITES} judge–entry pairs at once.`, {
        reason: 'too-many-pairs',
        pairs: plan.add.length + plan.remove.length,
      });
    }
    const addRefs = plan.add.map((p) => db.doc(assignmentPath(competitionId, assignmentId(p.judgeUid, p.entryId))));
    const addSnaps = addRefs.length > 0 ? await tx.getAll(...addRefs) : [];

    // Writes, after every read.
    addRefs.forEach((ref, i) => {
      if (addSnaps[i]?.exists) tx.update(ref, { roundIds: FieldValue.arrayUnion(toRoundId) });
      else tx.set(ref, { ...plan.add[i]!, roundIds: [toRoundId], assignedAt: FieldValue.serverTimestamp() });
    });
    const roundsOf = new Map(assignments.map((a) => [assignmentId(a.judgeUid, a.entryId), a.roundIds]));
    for (const p of plan.remove) {
      const id = assignmentId(p.judgeUid, p.entryId);
      const ref = db.doc(assignmentPath(competitionId, id));
      const others = (roundsOf.get(id) ?? []).filter((r) => r !== toRoundId);
      if (others.length === 0) tx.delete(ref);
      else tx.update(ref, { roundIds: FieldValue.arrayRemove(toRoundId) });
    }
    const at = Timestamp.now();
    const advancement: Advancement = {
      toRoundId,
      fromRoundId,
      scope,
      n,
      entryIds: cut.entryIds,
      tiedAtCut: cut.tiedAtCut,
      excludedTiedEntryIds: cut.excluded,
      exportSha256: stored.exportSha256,
      computedAt: stored.computedAt,
      assignments: {
        added: plan.add.length,
        removed: plan.remove.length,
        keptWithSheet: plan.keptWithSheet.length,
        skipped: plan.skipped,
      },
      at: at.toMillis(),
      by: organizer.uid,
    };
    tx.set(db.doc(advancementPath(competitionId, toRoundId)), {
      ...advancement,
      computedAt: Timestamp.fromMillis(stored.computedAt),
      at,
    });
    appendAudit(tx, competitionId, {
      type: 'round.advanced',
      actorUid: organizer.uid,
      subject: { kind: 'round', id: toRoundId },
      data: {
        fromRoundId,
        n,
        scope,
        entryIds: cut.entryIds,
        tiedAtCut: cut.tiedAtCut,
        excluded: cut.excluded,
        exportSha256: stored.exportSha256,
        assignmentsAdded: plan.add.length,
        assignmentsRemoved: plan.remove.length,
        skipped: plan.skipped.length,
      },
    });
    return advancement;
  });
});

function readStored(snap: DocumentSnapshot): { exportSha256: string; computedAt: number; results: ResultsV1 } {
  const parsed = StoredResults.safeParse(snap.data());
  if (!parsed.success) {
    throw refuse('The stored computation cannot be read: compute the results again.', { reason: 'not-computed' });
  }
  return parsed.data as { exportSha256: string; computedAt: number; results: ResultsV1 };
}
