import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import type { Member, Role } from '../../src/domain/model';
import { db } from './admin';
import { memberPath } from './paths';
import { toMember } from './to-domain';

/** The caller's membership of `cid` when it has `role`; otherwise an HttpsError. */
export async function requireRole(request: CallableRequest, cid: string, role: Role): Promise<Member> {
  const uid = request.auth?.uid;
  if (!uid) throw new HttpsError('unauthenticated', 'Sign in first.');
  const snap = await db.doc(memberPath(cid, uid)).get();
  const member = snap.exists ? toMember(snap) : null;
  if (!member || member.role !== role) {
    throw new HttpsError('permission-denied', `Only a ${role} of this competition may do this.`);
  }
  return member;
}
