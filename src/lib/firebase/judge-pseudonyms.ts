import { doc, getDoc } from 'firebase/firestore/lite';
import { db } from '@/lib/firebase/firestore';

/** `private/judgePseudonyms.byUid`: uid → letter; {} before the first computation (organizers only, rules). */
export async function loadJudgePseudonyms(cid: string): Promise<Record<string, string>> {
  const snapshot = await getDoc(doc(db, 'competitions', cid, 'private', 'judgePseudonyms'));
  const byUid: unknown = snapshot.get('byUid');
  if (!byUid || typeof byUid !== 'object') return {};
  return Object.fromEntries(
    Object.entries(byUid).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
  );
}
