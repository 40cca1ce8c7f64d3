import { FieldValue } from 'firebase-admin/firestore';
import { z } from 'zod';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { inputId } from './input';
import { parseFields, refusal } from './people-fields';
import { OBJECTION_REASON_MAX, objectionsPath } from './raise-objection';
import { requireRole } from './require-role';
import { runTransaction } from './transaction';

const Input = z.object({
  competitionId: inputId,
  objectionId: inputId,
  decision: z.enum(['upheld', 'dismissed'], { message: 'validation.invalid' }),
  answer: z
    .string({ message: 'validation.required' })
    .trim()
    .min(1, { message: 'validation.required' })
    .max(OBJECTION_REASON_MAX, { message: 'validation.tooLong' }),
});

/**
 * An organizer answers an open objection: upheld or dismissed, with a reason
 * the objecting team reads. An answer is final (a second one is refused: the
 * first stands); an upheld objection is put right by publishing a correction,
 * a new version. The answer and its audit event land in one transaction.
 */
export const answerObjection = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const { objectionId, decision, answer } = parseFields(Input, request.data);

  return runTransaction(async (tx) => {
    const ref = db.doc(`${objectionsPath(competitionId)}/${objectionId}`);
    const snap = await tx.get(ref);
    if (!snap.exists) throw refusal('not-found', 'No such objection.', { reason: 'no-such-objection' });
    const status: unknown = snap.get('status');
    if (status !== 'open') {
      throw refusal('failed-precondition', 'This objection has already been answered.', {
        reason: 'already-answered',
        status: typeof status === 'string' ? status : '',
      });
    }
    tx.update(ref, {
      status: decision,
      answer,
      answeredAt: FieldValue.serverTimestamp(),
      answeredBy: organizer.uid,
    });
    appendAudit(tx, competitionId, {
      type: 'objection.answered',
      actorUid: organizer.uid,
      subject: { kind: 'objection', id: objectionId },
      data: {
        decision,
        answer,
        versionId: snap.get('versionId') as unknown,
        teamUid: snap.get('teamUid') as unknown,
      },
    });
    return { status: decision };
  });
});
