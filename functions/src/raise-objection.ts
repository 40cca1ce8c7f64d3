import { createHash } from 'node:crypto';
import { FieldValue, Timestamp, type Transaction } from 'firebase-admin/firestore';
import { z } from 'zod';
import { versionState } from '../../src/domain/publication';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { inputId } from './input';
import { competitionPath, entryPath, memberPath } from './paths';
import { parseFields, refusal } from './people-fields';
import { requireRole } from './require-role';
import { runTransaction } from './transaction';

export const OBJECTION_REASON_MAX = 1000;

const Input = z.object({
  competitionId: inputId,
  versionId: z.string().regex(/^v[1-9][0-9]{0,5}$/, { message: 'validation.invalid' }),
  reason: z
    .string({ message: 'validation.required' })
    .trim()
    .min(1, { message: 'validation.required' })
    .max(OBJECTION_REASON_MAX, { message: 'validation.tooLong' }),
});

export const objectionsPath = (cid: string) => `${competitionPath(cid)}/objections`;
const versionsPath = (cid: string) => `${competitionPath(cid)}/publishedResults`;

/** A stored time (a Timestamp, or epoch millis as written by some hand) as epoch millis; null otherwise. */
export function storedMillis(value: unknown): number | null {
  if (value instanceof Timestamp) return value.toMillis();
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** ALREADY_EXISTS: a create inside a transaction met a document another call created first. */
const ALREADY_EXISTS = 6;

/**
 * A team raises an objection (异议) to the results under public notice. Only
 * the latest version, and only until its notice ends by the server's clock
 * (a version published as final at once takes none). A team has at most one
 * open objection per version: the objection's id is the team's n-th on the
 * version (n counted in the transaction), created with `create`, so two
 * simultaneous calls cannot both land one; the loser runs again and is told
 * one is already open. The objection and its audit event land together.
 */
export const raiseObjection = callable(async (request) => {
  const { competitionId, member } = await requireRole(request, 'team');
  const { versionId, reason } = parseFields(Input, request.data);
  const uid = member.uid;
  // A uid may hold characters a document id must not; its hash never does.
  const teamKey = createHash('sha256').update(uid).digest('hex').slice(0, 16);

  const attempt = () =>
    runTransaction(async (tx: Transaction) => {
      const [latestSnap, versionSnap, memberSnap, mine] = await Promise.all([
        tx.get(db.collection(versionsPath(competitionId)).orderBy('version', 'desc').limit(1)),
        tx.get(db.doc(`${versionsPath(competitionId)}/${versionId}`)),
        tx.get(db.doc(memberPath(competitionId, uid))),
        tx.get(
          db.collection(objectionsPath(competitionId)).where('teamUid', '==', uid).where('versionId', '==', versionId),
        ),
      ]);
      if (!versionSnap.exists) {
        throw refusal('not-found', 'No such published version.', { reason: 'no-such-version' });
      }
      const version = Number(versionSnap.get('version'));
      const latest = Number(latestSnap.docs[0]?.get('version') ?? version);
      const noticeUntil = storedMillis(versionSnap.get('noticeUntil'));
      const now = Date.now();
      const state = versionState({ version, noticeUntil }, latest, now);
      if (state === 'superseded') {
        throw refusal('failed-precondition', 'A later version replaced this one: object to the latest.', {
          reason: 'superseded',
          latestVersionId: latestSnap.docs[0]!.id,
        });
      }
      if (state !== 'notice') {
        throw refusal('failed-precondition', 'The public notice period of this version is over.', {
          reason: 'notice-over',
          noticeUntil,
        });
      }
      const open = mine.docs.find((d) => d.get('status') === 'open');
      if (open) {
        throw refusal('failed-precondition', 'Your team already has an open objection to this version.', {
          reason: 'already-open',
          objectionId: open.id,
        });
      }
      // The entries as the membership lists them now, with their numbers.
      const entryIds: string[] = (memberSnap.get('entryIds') as string[] | undefined) ?? member.entryIds;
      const entrySnaps = await Promise.all(entryIds.map((eid) => tx.get(db.doc(entryPath(competitionId, eid)))));
      const entryCodes = entrySnaps.map((s) => {
        const code: unknown = s.get('code');
        return typeof code === 'string' ? code : '';
      });

      const ref = db.doc(`${objectionsPath(competitionId)}/${versionId}-${teamKey}-${mine.size + 1}`);
      tx.create(ref, {
        versionId,
        version,
        teamUid: uid,
        entryIds,
        entryCodes,
        reason,
        raisedAt: FieldValue.serverTimestamp(),
        status: 'open',
        answer: '',
        answeredAt: null,
        answeredBy: null,
      });
      appendAudit(tx, competitionId, {
        type: 'objection.raised',
        actorUid: uid,
        subject: { kind: 'objection', id: ref.id },
        data: { versionId, version, entryCodes, reason },
      });
      return { objectionId: ref.id };
    });

  try {
    return await attempt();
  } catch (err) {
    // Another call created the same n-th objection first: run again, and be told it is open.
    if ((err as { code?: unknown }).code !== ALREADY_EXISTS) throw err;
    return attempt();
  }
});
