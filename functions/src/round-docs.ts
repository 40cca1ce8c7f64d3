import type { Query, QuerySnapshot } from 'firebase-admin/firestore';
import type { RoundDocs } from '../../src/domain/assignment';
import type { ScoreSheet } from '../../src/domain/model';
import { db } from './admin';
import { orRefuse, parseDoc, schemas } from './documents';
import { assignmentsPath, entriesPath, identitiesPath, membersPath, sheetsPath } from './paths';

const SHEET_STATUSES: readonly string[] = ['draft', 'submitted', 'recused'];

/**
 * What a round's assignment plan reads (src/domain/assignment/round-plan*):
 * the competing entries and their identities' organizations, the judge
 * members, the assignments listing the round and the round's sheets. `read`
 * runs a query: `q => q.get()`, or a transaction's `q => tx.get(q)`.
 * Entries, members and assignments that count must fit their schemas (the
 * organizer repairs them); of a sheet only its ids and status are read, so a
 * judge's damaged draft cannot stop an assignment.
 */
export async function readRoundDocs(
  competitionId: string,
  roundId: string,
  read: (q: Query) => Promise<QuerySnapshot>,
): Promise<RoundDocs> {
  const [entrySnaps, identitySnaps, memberSnaps, assignmentSnaps, sheetSnaps] = await Promise.all([
    read(db.collection(entriesPath(competitionId)).where('status', '==', 'submitted')),
    read(db.collection(identitiesPath(competitionId))),
    read(db.collection(membersPath(competitionId)).where('role', '==', 'judge')),
    read(db.collection(assignmentsPath(competitionId)).where('roundIds', 'array-contains', roundId)),
    read(db.collection(sheetsPath(competitionId)).where('roundId', '==', roundId)),
  ]);
  const entries = orRefuse(entrySnaps.docs.map((s) => parseDoc(s, schemas.entry)));
  const members = orRefuse(memberSnaps.docs.map((s) => parseDoc(s, schemas.member)));
  const assignments = orRefuse(assignmentSnaps.docs.map((s) => parseDoc(s, schemas.assignment)));
  const organizations = new Map<string, string>();
  for (const s of identitySnaps.docs) {
    const organization: unknown = s.get('organization');
    if (typeof organization === 'string') organizations.set(s.id, organization);
  }
  const sheets: RoundDocs['sheets'] = [];
  for (const s of sheetSnaps.docs) {
    const [judgeUid, entryId, status]: unknown[] = [s.get('judgeUid'), s.get('entryId'), s.get('status')];
    if (typeof judgeUid === 'string' && typeof entryId === 'string' && SHEET_STATUSES.includes(status as string)) {
      sheets.push({ roundId, judgeUid, entryId, status: status as ScoreSheet['status'] });
    }
  }
  return { roundId, entries, organizations, members, assignments, sheets };
}
