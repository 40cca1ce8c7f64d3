// The competition and the judge's membership from the device's cache, for a
// scoring screen reloaded without network. The competition layout reads them
// through Firestore Lite, which keeps no cache, so the scoring screen also
// reads them once through the full SDK (primeCompetitionAccess) while online;
// offline, the layout falls back to that copy (cachedCompetitionAccess).
import { doc, getDoc, getDocFromCache } from 'firebase/firestore';
import type { Competition, Member } from '@/domain/model';
import { readCompetition, readMember } from '@/lib/firebase/converters';
import { liveDb } from '@/lib/firebase/firestore-live';
import { plainDates } from './sheet-parse';

const competitionRef = (cid: string) => doc(liveDb, 'competitions', cid);
const memberRef = (cid: string, uid: string) => doc(liveDb, 'competitions', cid, 'members', uid);

/** Reads both documents through the full SDK, which keeps them in the device's cache. */
export async function primeCompetitionAccess(cid: string, uid: string): Promise<void> {
  await Promise.all([getDoc(memberRef(cid, uid)), getDoc(competitionRef(cid))]);
}

/** The cached copies, or null when this device has none (never opened a scoring screen here). */
export async function cachedCompetitionAccess(
  cid: string,
  uid: string,
): Promise<{ competition: Competition; member: Member } | null> {
  try {
    const [m, c] = await Promise.all([getDocFromCache(memberRef(cid, uid)), getDocFromCache(competitionRef(cid))]);
    const memberData = m.data();
    const competitionData = c.data();
    if (!memberData || !competitionData) return null;
    return {
      member: { ...readMember(plainDates(memberData), uid), competitionId: cid },
      competition: readCompetition(plainDates(competitionData), cid),
    };
  } catch {
    // Not in the cache.
    return null;
  }
}
