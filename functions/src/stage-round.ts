// What stageControl reads of a roadshow round inside its transaction: the
// round's pairs (assignments listing it) and its entries.
import type { Transaction } from 'firebase-admin/firestore';
import type { Entry, StageTeam } from '../../src/domain/model';
import { db } from './admin';
import { orRefuse, parseDoc, schemas } from './documents';
import { assignmentsPath, entryPath } from './paths';

export interface RoundPair {
  judgeUid: string;
  entryId: string;
}

/** Every judge–entry pair assigned for the round. */
export async function readRoundPairs(tx: Transaction, cid: string, roundId: string): Promise<RoundPair[]> {
  const snap = await tx.get(db.collection(assignmentsPath(cid)).where('roundIds', 'array-contains', roundId));
  return orRefuse(snap.docs.map((s) => parseDoc(s, schemas.assignment))).map((a) => ({
    judgeUid: a.judgeUid,
    entryId: a.entryId,
  }));
}

/** The entries with these ids that exist (by id). */
export async function readEntries(tx: Transaction, cid: string, ids: readonly string[]): Promise<Map<string, Entry>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const snaps = await tx.getAll(...unique.map((id) => db.doc(entryPath(cid, id))));
  const entries = orRefuse(snaps.filter((s) => s.exists).map((s) => parseDoc(s, schemas.entry)));
  return new Map(entries.map((e) => [e.id, e as Entry]));
}

export const teamOf = (e: Pick<Entry, 'id' | 'code' | 'title'>): StageTeam => ({
  entryId: e.id,
  code: e.code,
  title: e.title,
});

export const teamsOf = (entries: Map<string, Entry>): Map<string, StageTeam> =>
  new Map([...entries.values()].map((e) => [e.id, teamOf(e)]));
