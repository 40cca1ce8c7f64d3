import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { z } from 'zod';
import type { Member, Role } from '../../src/domain/model';
import { db } from './admin';
import { parseDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { memberPath } from './paths';

const Scope = z.object({ competitionId: inputId });

/**
 * The signed-in caller and the competition the payload names, checked before
 * anything else of the request is parsed (only that one id is read).
 */
export function callerScope(request: CallableRequest<unknown>): { uid: string; competitionId: string } {
  const uid = request.auth?.uid;
  if (!uid) throw new HttpsError('unauthenticated', 'Sign in first.');
  const data = request.data && typeof request.data === 'object' ? request.data : {};
  const { competitionId } = parseInput(Scope, { competitionId: (data as { competitionId?: unknown }).competitionId });
  return { uid, competitionId };
}

/** The caller's membership of the competition, or null (a member doc that does not fit grants nothing). */
export async function findMember(competitionId: string, uid: string): Promise<Member | null> {
  const snap = await db.doc(memberPath(competitionId, uid)).get();
  const parsed = snap.exists ? parseDoc(snap, schemas.member) : null;
  if (!parsed?.ok || parsed.value.uid !== uid) return null;
  const { id: _id, ...member } = parsed.value;
  return member;
}

/**
 * Who is calling, checked before anything else of the request is parsed: the
 * caller must be signed in and hold `role` in the competition the payload names.
 */
export async function requireRole(
  request: CallableRequest<unknown>,
  role: Role,
): Promise<{ competitionId: string; member: Member }> {
  const { uid, competitionId } = callerScope(request);
  const member = await findMember(competitionId, uid);
  if (member?.role !== role) {
    throw new HttpsError('permission-denied', `Only a ${role} of this competition may do this.`);
  }
  return { competitionId, member };
}
