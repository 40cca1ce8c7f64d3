import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import type { CompetitionStatus } from '../../src/domain/model';
import { changeStatus, STATUS_ORDER } from '../../src/domain/settings';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { storedFields } from './competition-fields';
import { readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { competitionPath } from './paths';
import { requireRole } from './require-role';
import { runTransaction } from './transaction';

const Input = z.strictObject({
  competitionId: inputId,
  to: z.enum(STATUS_ORDER as readonly [CompetitionStatus, ...CompetitionStatus[]], {
    error: `must be one of ${STATUS_ORDER.join(', ')}`,
  }),
});

/**
 * An organizer moves the competition one step along draft → registration →
 * review → final → closed, or one step back (src/domain/settings/
 * status-steps.ts decides, and sets the rounds' statuses with the step). A
 * refused step says every reason, for the page to list.
 */
export const changeCompetitionStatus = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const { to } = parseInput(Input, request.data);
  const ref = db.doc(competitionPath(competitionId));

  return runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists) throw new HttpsError('not-found', 'No such competition.');
    const competition = readDoc(snap, schemas.competition);
    const change = changeStatus(competition, to);
    if (!change.ok) {
      const codes = change.refusals.map((r) => r.code).join(', ');
      throw new HttpsError('failed-precondition', `The competition cannot move to ${to}: ${codes}.`, {
        reason: 'status-refused',
        refusals: change.refusals,
      });
    }
    tx.update(ref, { ...storedFields(change.value), updatedAt: FieldValue.serverTimestamp() });
    appendAudit(tx, competitionId, {
      type: 'competition.status-changed',
      actorUid: organizer.uid,
      subject: { kind: 'competition', id: competitionId },
      data: { from: competition.status, to },
    });
    return { status: change.value.status };
  });
});
