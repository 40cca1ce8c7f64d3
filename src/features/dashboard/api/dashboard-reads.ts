// The dashboard's one-off reads, through Firestore Lite (plain requests, so
// they get through where the full SDK's listen stream stalls: there, even a
// one-off getDocs waits on the stream): judges' names, entry counts by
// status and track (server-side counts, no entry downloaded), the few
// entries it lists by name, and the progress documents themselves, read
// while their listeners (./progress-live.ts) have not answered (useLive).
import { collection, doc, getCount, getDoc, getDocs, limit, orderBy, query, where } from 'firebase/firestore/lite';
import type { Competition, EntryProgress, EntryStatus, JudgeProgress, RoundProgress } from '@/domain/model';
import { db } from '@/lib/firebase/firestore';
import { readEntryProgress, readJudgeProgress, readRoundProgress } from './read-progress';

const col = (cid: string, name: string) => collection(db, 'competitions', cid, name);

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
      return (await getCount(q)).data().count;
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
  const snap = await getDoc(doc(db, 'competitions', cid, 'entries', entryId));
  if (!snap.exists()) return null;
  const s = (k: string) => {
    const v: unknown = snap.get(k);
    return typeof v === 'string' ? v : '';
  };
  return { code: s('code'), title: s('title'), trackId: s('trackId') };
}

/** The round's totals, as subscribeToRoundProgress gives them. */
export async function getRoundProgress(cid: string, roundId: string): Promise<RoundProgress | null> {
  const snap = await getDoc(doc(db, 'competitions', cid, 'roundProgress', roundId));
  const data = snap.data();
  return data ? readRoundProgress(data, roundId) : null;
}

/** One document per judge with work in the round, as subscribeToJudgeProgress gives them. */
export async function getJudgeProgress(cid: string, roundId: string): Promise<JudgeProgress[]> {
  const snap = await getDocs(query(col(cid, 'judgeProgress'), where('roundId', '==', roundId)));
  return snap.docs.map((d) => readJudgeProgress(d.data(), d.id));
}

const shortEntries = (cid: string, roundId: string) =>
  query(col(cid, 'entryProgress'), where('roundId', '==', roundId), where('belowMinimum', '==', true));

/** The first `max` short entries (by id), as subscribeToShortEntries gives them. */
export async function getShortEntries(cid: string, roundId: string, max: number): Promise<EntryProgress[]> {
  const snap = await getDocs(query(shortEntries(cid, roundId), orderBy('entryId'), limit(max)));
  return snap.docs.map((d) => readEntryProgress(d.data(), d.id));
}

/** How many entries are short of the minimum (a server-side count: one read per thousand). */
export async function countShortEntries(cid: string, roundId: string): Promise<number> {
  return (await getCount(shortEntries(cid, roundId))).data().count;
}

/** Entries a judge recused from in the round, as subscribeToRecusedEntries gives them. */
export async function getRecusedEntries(cid: string, roundId: string): Promise<EntryProgress[]> {
  const snap = await getDocs(
    query(col(cid, 'entryProgress'), where('roundId', '==', roundId), where('recused', '>', 0), limit(500)),
  );
  return snap.docs.map((d) => readEntryProgress(d.data(), d.id));
}
