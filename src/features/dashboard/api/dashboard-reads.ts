// The dashboard's one-off reads: judges' names, entry counts by status and
// track (server-side counts, no entry downloaded), and the few entries it
// lists by name.
import { collection, doc, getCountFromServer, getDoc, getDocs, query, where } from 'firebase/firestore';
import type { Competition, EntryStatus } from '@/domain/model';
import { liveDb } from '@/lib/firebase/firestore-live';

const col = (cid: string, name: string) => collection(liveDb, 'competitions', cid, name);

/** Judge uid → display name (one document per judge). */
export async function getJudgeNames(cid: string): Promise<Record<string, string>> {
  const snap = await getDocs(query(col(cid, 'members'), where('role', '==', 'judge')));
  return Object.fromEntries(
    snap.docs.map((d) => {
      const name: unknown = d.get('displayName');
      return [d.id, typeof name === 'string' ? name : ''];
    }),
  );
}

export const ENTRY_STATUSES: readonly EntryStatus[] = ['submitted', 'draft', 'withdrawn', 'disqualified'];

/** Track id → status → number of entries: one count query per pair. */
export type EntryCounts = Record<string, Record<EntryStatus, number>>;

export async function getEntryCounts(competition: Pick<Competition, 'id' | 'tracks'>): Promise<EntryCounts> {
  const entries = col(competition.id, 'entries');
  const pairs = competition.tracks.flatMap((t) => ENTRY_STATUSES.map((s) => [t.id, s] as const));
  const counts = await Promise.all(
    pairs.map(async ([trackId, status]) => {
      const q = query(entries, where('trackId', '==', trackId), where('status', '==', status));
      return (await getCountFromServer(q)).data().count;
    }),
  );
  const out: EntryCounts = {};
  pairs.forEach(([trackId, status], i) => {
    out[trackId] ??= { submitted: 0, draft: 0, withdrawn: 0, disqualified: 0 };
    out[trackId][status] = counts[i] ?? 0;
  });
  return out;
}

export interface EntryLabel {
  code: string;
  title: string;
  trackId: string;
}

/** An entry's code, title and track, for a list row; null when it is gone. */
export async function getEntryLabel(cid: string, entryId: string): Promise<EntryLabel | null> {
  const snap = await getDoc(doc(liveDb, 'competitions', cid, 'entries', entryId));
  if (!snap.exists()) return null;
  const s = (k: string) => {
    const v: unknown = snap.get(k);
    return typeof v === 'string' ? v : '';
  };
  return { code: s('code'), title: s('title'), trackId: s('trackId') };
}
