import { collection, getDocs, query, where } from 'firebase/firestore/lite';
import type { ScoreSheet } from '@/domain/model';
import { sheetConverter } from '@/lib/firebase/converters';
import { db } from '@/lib/firebase/firestore';

/**
 * Every sheet of a round (every status), read from the server through
 * Firestore Lite, a plain HTTPS request: what the results pages show while the
 * live listener (./live-sheets.ts) has not answered (useLive's read). Organizers only (rules).
 */
export async function readRoundSheets(cid: string, roundId: string): Promise<ScoreSheet[]> {
  const snapshot = await getDocs(
    query(collection(db, 'competitions', cid, 'sheets').withConverter(sheetConverter), where('roundId', '==', roundId)),
  );
  return snapshot.docs.map((d) => d.data());
}
