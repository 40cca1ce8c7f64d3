import { collection, getDocs, limit, query, where } from 'firebase/firestore/lite';
import { db } from '@/lib/firebase/firestore';

/**
 * Whether any score sheet of a round exists (draft or submitted): from then
 * on the round's rubric is fixed, because sheets hold scores against its
 * criteria. updateCompetitionSettings refuses the change as well; this read
 * lets the page say so before the organizer edits anything. Query:
 * competitions/{cid}/sheets where roundId == rid, limit 1 (organizers read sheets).
 */
export async function roundHasSheets(competitionId: string, roundId: string): Promise<boolean> {
  const sheets = collection(db, 'competitions', competitionId, 'sheets');
  const snapshot = await getDocs(query(sheets, where('roundId', '==', roundId), limit(1)));
  return !snapshot.empty;
}
