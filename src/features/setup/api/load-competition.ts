import { doc, getDoc } from 'firebase/firestore/lite';
import type { Competition } from '@/domain/model';
import { NotFoundError } from '@/lib/errors';
import { competitionConverter } from '@/lib/firebase/converters';
import { db } from '@/lib/firebase/firestore';

/** The competition as stored now: the settings page reads it again after each save or status step. */
export async function loadCompetition(cid: string): Promise<Competition> {
  const snapshot = await getDoc(doc(db, 'competitions', cid).withConverter(competitionConverter));
  const competition = snapshot.data();
  if (!competition) throw new NotFoundError(`competition ${cid}`);
  return competition;
}
