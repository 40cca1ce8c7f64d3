import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { blankEntry } from '../../src/domain/model';
import { entryCode, registrationWindow, teamRegistrationSchema } from '../../src/domain/registration';
import { db } from './admin';
import { runTransaction } from './transaction';
import { appendAudit } from './audit';
import { callable } from './callable';
import { parseDoc, readDoc, schemas } from './documents';
import { parseInput } from './input';
import { competitionPath, entriesPath, entryCounterPath, identityPath, memberPath } from './paths';
import { callerScope } from './require-role';
import { windowRefusal } from './submission-window';

/**
 * A signed-in user registers a team for a public competition that is open
 * for registration. In one transaction: the entry (a blank draft with its
 * number, e.g. E-017, unique per competition and never reused), the team's
 * identity (kept from judges), the caller's team membership, and an audit
 * event. Registering again (a double click, a second tab) creates nothing and
 * returns the entry the caller already has.
 */
export const registerTeam = callable(async (request) => {
  const { uid, competitionId } = callerScope(request);
  const competitionSnap = await db.doc(competitionPath(competitionId)).get();
  if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
  const competition = readDoc(competitionSnap, schemas.competition);
  const window = registrationWindow(competition, Date.now());
  if (window !== 'open') throw windowRefusal(window, competition.submissionDeadline);
  const { registration } = parseInput(
    z.object({ registration: teamRegistrationSchema(competition.tracks) }),
    request.data,
  );
  const track = competition.tracks.find((t) => t.id === registration.trackId)!;

  return runTransaction(async (tx) => {
    const memberRef = db.doc(memberPath(competitionId, uid));
    const counterRef = db.doc(entryCounterPath(competitionId));
    const [memberSnap, counterSnap] = await Promise.all([tx.get(memberRef), tx.get(counterRef)]);
    if (memberSnap.exists) {
      const member = parseDoc(memberSnap, schemas.member);
      if (member.ok && member.value.role === 'team' && member.value.entryIds.length > 0) {
        const entryId = member.value.entryIds[0]!;
        const entry = await tx.get(db.doc(`${entriesPath(competitionId)}/${entryId}`));
        return { entryId, code: String(entry.get('code') ?? ''), created: false };
      }
      const role = member.ok ? member.value.role : 'member';
      throw new HttpsError(
        'failed-precondition',
        `You are already a ${role} of this competition: a team registers with an account of its own.`,
      );
    }
    const last: unknown = counterSnap.get(`byTrack.${track.id}`);
    const n = (typeof last === 'number' && Number.isSafeInteger(last) ? last : 0) + 1;
    const code = entryCode(track.codePrefix, n);
    const entryRef = db.collection(entriesPath(competitionId)).doc();
    const now = Timestamp.now();

    tx.set(counterRef, { byTrack: { [track.id]: n } }, { merge: true });
    tx.create(entryRef, {
      ...blankEntry(code, track.id),
      createdAt: now,
      updatedAt: now,
      submittedAt: null,
    });
    tx.create(db.doc(identityPath(competitionId, entryRef.id)), {
      teamName: registration.teamName,
      organization: registration.companyName,
      contactName: registration.contactName,
      contactPhone: registration.contactPhone,
      contactEmail: registration.contactEmail,
      members: registration.members,
      creditCode: registration.creditCode,
      ownerUids: [uid],
    });
    tx.create(memberRef, {
      uid,
      competitionId,
      role: 'team',
      displayName: registration.teamName,
      email: typeof request.auth?.token.email === 'string' ? request.auth.token.email : registration.contactEmail,
      entryIds: [entryRef.id],
      tags: [],
      organizations: [],
      conflicts: [],
      trackIds: [],
      addedAt: FieldValue.serverTimestamp(),
    });
    appendAudit(tx, competitionId, {
      type: 'entry.registered',
      actorUid: uid,
      subject: { kind: 'entry', id: entryRef.id },
      data: { code, trackId: track.id },
    });
    return { entryId: entryRef.id, code, created: true };
  });
});
