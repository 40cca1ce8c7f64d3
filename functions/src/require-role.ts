import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { z } from 'zod';
import type { Member, Role } from '../../src/domain/model';
import { db } from './admin';
import { parseDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { memberPath } from './paths';

const Scope = z.object({ competitionId: inputId });

/**
 * Who is calling, checked before anything else of the request is parsed: the
 * caller must be signed in and hold `role` in the competition the payload
 * names (only that one id is read first). A member document that does not fit
 * its schema grants nothing.
 */
export async function requireRole(
  request: CallableRequest<unknown>,
  role: Role,
): Promise<{ competitionId: string; member: Member }> {
  const uid = request.auth?.uid;
  if (!uid) throw new HttpsError('unauthenticated', 'Sign in first.');
  const data = request.data && typeof request.data === 'object' ? request.data : {};
  const { competitionId } = parseInput(Scope, { competitionId: (data as { competitionId?: unknown }).competitionId });
  const snap = await db.doc(memberPath(competitionId, uid)).get();
  const parsed = snap.exists ? parseDoc(snap, schemas.member) : null;
  if (!parsed?.ok || parsed.value.role !== role || parsed.value.uid !== uid) {
    throw new HttpsError('permission-denied', `Only a ${role} of this competition may do this.`);
  }
  const { id: _id, ...member } = parsed.value;
  return { competitionId, member };
}
