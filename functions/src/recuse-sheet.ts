import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { planReplacement, type ReplacementRequest, type RoundDocs } from '../../src/domain/assignment';
import { assignmentId, sheetId } from '../../src/domain/model';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { parseDoc, readDoc, schemas } from './documents';
import { inputId, parseInput, reason } from './input';
import { assignmentPath, assignmentPlanPath, competitionPath, memberPath, sheetPath } from './paths';
import { requireRole } from './require-role';
import { readRoundDocs } from './round-docs';
import { runTransaction } from './transaction';

const Input = z.object({ competitionId: inputId, roundId: inputId, entryId: inputId, reason });

/** The stored plan of a round, as assignRound writes it; anything else is no plan. */
const StoredPlan = z.object({
  strategy: z.enum(['engine', 'every-judge']),
  pools: z.array(z.object({ trackId: z.string(), k: z.number(), judgeUids: z.array(z.string()) })),
});

/**
 * A judge declares a conflict of interest with an entry assigned to them in
 * an open round, with a reason. In one transaction: the sheet becomes
 * `recused` (created if the judge had not started it), the entry joins the
 * judge's member `conflicts`, the entry leaves the judge's assignments for
 * the round, the audit trail records it with the reason, and the entry gets
 * a replacement judge from its track's pool in the round's stored plan (all
 * judges and the entry's current number of judges when there is none), with
 * nothing else moved. A round assigned with `every-judge` gets no
 * replacement: every other judge already scores the entry. When no judge is
 * left for it, the recusal stands and the replacement is null.
 */
export const recuseSheet = callable(async (request) => {
  const { competitionId, member: judge } = await requireRole(request, 'judge');
  const { roundId, entryId, reason: why } = parseInput(Input, request.data);
  const uid = judge.uid;

  return runTransaction(async (tx) => {
    const competitionSnap = await tx.get(db.doc(competitionPath(competitionId)));
    if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
    const competition = readDoc(competitionSnap, schemas.competition);
    if (!competition.openRoundIds.includes(roundId)) {
      throw new HttpsError('failed-precondition', 'This round is not open: a recusal can no longer change it.');
    }
    const sheetRef = db.doc(sheetPath(competitionId, sheetId(roundId, uid, entryId)));
    const assignmentRef = db.doc(assignmentPath(competitionId, assignmentId(uid, entryId)));
    const [sheetSnap, assignmentSnap, planSnap] = await Promise.all([
      tx.get(sheetRef),
      tx.get(assignmentRef),
      tx.get(db.doc(assignmentPlanPath(competitionId, roundId))),
    ]);
    const sheet = sheetSnap.exists ? parseDoc(sheetSnap, schemas.sheet) : null;
    if (sheet?.ok && sheet.value.status === 'recused') return { replacement: null }; // a second click
    if (sheet?.ok && sheet.value.status === 'submitted') {
      throw new HttpsError('failed-precondition', 'This sheet is already submitted; an organizer can reopen it.');
    }
    const assignment = assignmentSnap.exists ? parseDoc(assignmentSnap, schemas.assignment) : null;
    if (!assignment?.ok || !assignment.value.roundIds.includes(roundId)) {
      throw new HttpsError('permission-denied', 'This entry is not assigned to you in this round.');
    }

    const before = await readRoundDocs(competitionId, roundId, (q) => tx.get(q));
    const after: RoundDocs = {
      ...before,
      assignments: before.assignments.filter((a) => a.judgeUid !== uid || a.entryId !== entryId),
      sheets: [...before.sheets, { roundId, judgeUid: uid, entryId, status: 'recused' }],
      members: before.members.map((m) => (m.uid === uid ? { ...m, conflicts: [...m.conflicts, entryId] } : m)),
    };
    const wanted = replacementRequest(before, planSnap.data(), entryId);
    const replaced = wanted ? planReplacement(after, wanted) : { ok: true as const, added: [] };
    const added = replaced.ok ? replaced.added : [];
    const addedRefs = added.map((p) => db.doc(assignmentPath(competitionId, assignmentId(p.judgeUid, p.entryId))));
    const addedSnaps = addedRefs.length > 0 ? await tx.getAll(...addedRefs) : [];

    // Writes, after every read.
    const draft = sheet?.ok ? sheet.value : null;
    tx.set(sheetRef, {
      roundId,
      judgeUid: uid,
      entryId,
      status: 'recused',
      scores: draft?.scores ?? {},
      comments: draft?.comments ?? {},
      comment: draft?.comment ?? '',
      revision: (draft?.revision ?? 0) + 1,
      updatedAt: FieldValue.serverTimestamp(),
      submittedAt: null,
    });
    tx.update(db.doc(memberPath(competitionId, uid)), { conflicts: FieldValue.arrayUnion(entryId) });
    const otherRounds = assignment.value.roundIds.filter((r) => r !== roundId);
    if (otherRounds.length === 0) tx.delete(assignmentRef);
    else tx.update(assignmentRef, { roundIds: FieldValue.arrayRemove(roundId) });
    addedRefs.forEach((ref, i) => {
      if (addedSnaps[i]?.exists) tx.update(ref, { roundIds: FieldValue.arrayUnion(roundId) });
      else tx.set(ref, { ...added[i]!, roundIds: [roundId], assignedAt: FieldValue.serverTimestamp() });
    });
    const replacement = added[0]?.judgeUid ?? null;
    appendAudit(tx, competitionId, {
      type: 'sheet.recused',
      actorUid: uid,
      subject: { kind: 'sheet', id: sheetRef.id },
      data: {
        reason: why,
        roundId,
        entryId,
        replacement,
        ...(replaced.ok ? {} : { replacementProblems: replaced.problems }),
      },
    });
    return { replacement };
  });
});

/**
 * Who may replace the judge: the entry's track's pool and k in the stored
 * plan; with no plan, every judge and the entry's number of judges before the
 * recusal. Null when nobody is to be added (every-judge, or no such entry).
 */
function replacementRequest(before: RoundDocs, stored: unknown, entryId: string): ReplacementRequest | null {
  const entry = before.entries.find((e) => e.id === entryId);
  if (!entry) return null;
  const plan = StoredPlan.safeParse(stored);
  if (plan.success) {
    if (plan.data.strategy === 'every-judge') return null;
    const pool = plan.data.pools.find((p) => p.trackId === entry.trackId);
    if (pool) return { entryId, k: pool.k, judgeUids: pool.judgeUids };
  }
  const k = before.assignments.filter((a) => a.entryId === entryId).length;
  return { entryId, k, judgeUids: null };
}
