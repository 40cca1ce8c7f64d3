import type { Transaction } from 'firebase-admin/firestore';
import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { z } from 'zod';
import type { Competition, Entry } from '../../src/domain/model';
import { db } from './admin';
import { runTransaction } from './transaction';
import { readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { competitionPath, entryPath } from './paths';
import { requireRole } from './require-role';
import { windowRefusal } from './submission-window';

const Input = z.object({ competitionId: inputId, entryId: inputId });

export interface TeamEntryAction {
  tx: Transaction;
  competition: Competition;
  entry: Entry;
  competitionId: string;
  uid: string;
  /** The server's clock, read once. */
  now: number;
}

/**
 * A callable by which a team acts on its own entry before the submission
 * deadline (the server's clock): `{ competitionId, entryId, ...rest }`, the
 * competition and the entry read in a transaction that `act` completes.
 */
export function teamEntryCallable<T>(
  act: (action: TeamEntryAction, request: CallableRequest<unknown>) => Promise<T> | T,
) {
  return async (request: CallableRequest<unknown>) => {
    const { competitionId, member } = await requireRole(request, 'team');
    const { entryId } = parseInput(Input, request.data);
    if (!member.entryIds.includes(entryId)) {
      throw new HttpsError('permission-denied', 'This entry is not yours.');
    }
    return runTransaction(async (tx) => {
      const [competitionSnap, entrySnap] = await Promise.all([
        tx.get(db.doc(competitionPath(competitionId))),
        tx.get(db.doc(entryPath(competitionId, entryId))),
      ]);
      if (!competitionSnap.exists || !entrySnap.exists) throw new HttpsError('not-found', 'No such entry.');
      const competition = readDoc(competitionSnap, schemas.competition);
      const entry = readDoc(entrySnap, schemas.entry);
      const now = Date.now();
      if (now >= competition.submissionDeadline) throw windowRefusal('closed', competition.submissionDeadline);
      if (entry.status === 'disqualified') {
        throw new HttpsError('failed-precondition', 'This entry has been disqualified: contact the organizers.');
      }
      return act({ tx, competition, entry, competitionId, uid: member.uid, now }, request);
    });
  };
}
