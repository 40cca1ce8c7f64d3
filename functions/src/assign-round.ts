import { FieldValue, type WriteBatch } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { planRound, type PlanPair, type PlanProblem, type RoundDocs } from '../../src/domain/assignment';
import { assignmentId, sheetId } from '../../src/domain/model';
import { db } from './admin';
import { appendAudit } from './audit';
import { commitInBatches } from './batched-writes';
import { callable } from './callable';
import { readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { assignmentPath, assignmentPlanPath, competitionPath, sheetPath } from './paths';
import { requireRole } from './require-role';
import { readRoundDocs } from './round-docs';

export const MAX_K = 20;
const advancementPath = (cid: string, roundId: string) => `competitions/${cid}/advancements/${roundId}`;
/** More than any judge panel of a competition (member docs are written one by one by organizers). */
const MAX_POOL = 500;
/** Problems returned at most (one per entry at worst); the message says how many in all. */
const MAX_PROBLEMS = 200;

const Pool = z.object({
  trackId: inputId,
  k: z.number(),
  judgeUids: z
    .array(inputId)
    .max(MAX_POOL)
    .refine((uids) => new Set(uids).size === uids.length, { message: 'lists a judge twice' }),
});

export const AssignInput = z
  .object({
    competitionId: inputId,
    roundId: inputId,
    commit: z.boolean(),
    strategy: z.enum(['engine', 'every-judge']),
    pools: z.array(Pool).min(1).max(50),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.pools.forEach((pool, i) => {
      if (seen.has(pool.trackId))
        ctx.addIssue({ code: 'custom', path: ['pools', i, 'trackId'], message: 'a second pool for this track' });
      seen.add(pool.trackId);
      // every-judge ignores k.
      if (input.strategy === 'engine' && !(Number.isInteger(pool.k) && pool.k >= 1 && pool.k <= MAX_K)) {
        ctx.addIssue({ code: 'custom', path: ['pools', i, 'k'], message: `must be an integer from 1 to ${MAX_K}` });
      }
    });
  });

/**
 * An organizer assigns a round's judges (src/domain/assignment/round-plan*):
 * a preview (`commit: false`) writes nothing; a commit writes the assignment
 * documents that change, deletes the drafts of removed pairs, stores the plan
 * (so that a recusal re-runs it) and audits it. An impossible request is
 * refused with structured problems and writes nothing.
 */
export const assignRound = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const input = parseInput(AssignInput, request.data);
  const { roundId, strategy, pools } = input;

  const competitionSnap = await db.doc(competitionPath(competitionId)).get();
  if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
  const competition = readDoc(competitionSnap, schemas.competition);
  const round = competition.rounds.find((r) => r.id === roundId);
  if (!round) throw new HttpsError('not-found', `No round ${roundId} in this competition.`);
  if (round.status === 'closed') {
    throw new HttpsError('failed-precondition', `Round ${roundId} is closed: its assignments can no longer change.`);
  }
  const trackIds = competition.tracks.map((t) => t.id);
  pools.forEach((pool, i) => {
    if (!trackIds.includes(pool.trackId)) {
      throw new HttpsError('invalid-argument', `The request is not valid: pools.${i}.trackId: no such track`);
    }
  });
  const missing = trackIds.filter((t) => !pools.some((p) => p.trackId === t));
  if (missing.length > 0) {
    throw new HttpsError(
      'invalid-argument',
      `The request is not valid: pools: no pool for track ${missing.join(', ')}`,
    );
  }

  const [roundDocs, advancementSnap] = await Promise.all([
    readRoundDocs(competitionId, roundId, (q) => q.get()),
    db.doc(advancementPath(competitionId, roundId)).get(),
  ]);
  const docs = onlyAdvanced(roundDocs, advancementSnap.get('entryIds'));
  const outcome = planRound(docs, { strategy, pools });
  if (!outcome.ok) throw impossible(outcome.problems);
  const { pairs: _pairs, ...plan } = outcome.value;
  if (!input.commit) return { committed: false, ...plan };

  const ops = await assignmentWrites(competitionId, roundId, plan.added, plan.removed, docs.assignments);
  const removed = new Set(plan.removed.map((p) => assignmentId(p.judgeUid, p.entryId)));
  for (const s of docs.sheets) {
    if (s.status === 'draft' && removed.has(assignmentId(s.judgeUid, s.entryId))) {
      const ref = db.doc(sheetPath(competitionId, sheetId(roundId, s.judgeUid, s.entryId)));
      ops.push((b) => b.delete(ref));
    }
  }
  await commitInBatches(ops, (batch) => {
    batch.set(db.doc(assignmentPlanPath(competitionId, roundId)), {
      strategy,
      pools,
      updatedAt: FieldValue.serverTimestamp(),
      updatedBy: organizer.uid,
    });
    appendAudit(batch, competitionId, {
      type: 'assignment.committed',
      actorUid: organizer.uid,
      subject: { kind: 'round', id: roundId },
      data: { strategy, pools, added: plan.added.length, removed: plan.removed.length, stats: plan.stats },
    });
  });
  return { committed: true, ...plan };
});

/**
 * A round entries advanced to (advancements/{roundId}, written by
 * advanceRound) is assigned for those entries only; a round without one,
 * for every competing entry.
 */
function onlyAdvanced(docs: RoundDocs, advanced: unknown): RoundDocs {
  if (!Array.isArray(advanced)) return docs;
  const ids = new Set(advanced.filter((id): id is string => typeof id === 'string'));
  return { ...docs, entries: docs.entries.filter((e) => ids.has(e.id)) };
}

function impossible(problems: PlanProblem[]): HttpsError {
  const more = problems.length > MAX_PROBLEMS ? ` (the first ${MAX_PROBLEMS} of ${problems.length} are listed)` : '';
  return new HttpsError('failed-precondition', `This assignment is not possible: ${problems.length} problems${more}.`, {
    problems: problems.slice(0, MAX_PROBLEMS),
  });
}

type Op = (batch: WriteBatch) => void;

/**
 * The writes to the assignment documents: an added pair creates its document
 * or adds the round to it (it may list other rounds); a removed pair takes
 * the round out, deleting the document when no round is left.
 */
async function assignmentWrites(
  competitionId: string,
  roundId: string,
  added: PlanPair[],
  removed: PlanPair[],
  current: { judgeUid: string; entryId: string; roundIds: string[] }[],
): Promise<Op[]> {
  const ops: Op[] = [];
  const refOf = (p: PlanPair) => db.doc(assignmentPath(competitionId, assignmentId(p.judgeUid, p.entryId)));
  const existing = added.length > 0 ? await db.getAll(...added.map(refOf)) : [];
  added.forEach((p, i) => {
    const ref = refOf(p);
    if (existing[i]?.exists) ops.push((b) => b.update(ref, { roundIds: FieldValue.arrayUnion(roundId) }));
    else {
      const doc = { ...p, roundIds: [roundId], assignedAt: FieldValue.serverTimestamp() };
      ops.push((b) => b.set(ref, doc));
    }
  });
  const roundsOf = new Map(current.map((a) => [assignmentId(a.judgeUid, a.entryId), a.roundIds]));
  for (const p of removed) {
    const ref = refOf(p);
    const others = (roundsOf.get(ref.id) ?? []).filter((r) => r !== roundId);
    ops.push(
      others.length === 0 ? (b) => b.delete(ref) : (b) => b.update(ref, { roundIds: FieldValue.arrayRemove(roundId) }),
    );
  }
  return ops;
}
