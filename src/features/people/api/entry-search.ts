import { collection, documentId, getDocs, limit, orderBy, query, where } from 'firebase/firestore/lite';
import type { Track } from '@/domain/model';
import { entryConverter } from '@/lib/firebase/converters';
import { db } from '@/lib/firebase/firestore';

/** An entry as the conflict picker shows it. */
export interface EntryChoice {
  id: string;
  code: string;
  title: string;
  trackId: string;
}

const entries = (cid: string) => collection(db, 'competitions', cid, 'entries').withConverter(entryConverter);
const HIGH = '\uf8ff';

async function startingWith(cid: string, field: 'code' | 'title', prefix: string, max: number) {
  const snap = await getDocs(
    query(entries(cid), where(field, '>=', prefix), where(field, '<=', prefix + HIGH), orderBy(field), limit(max)),
  );
  return snap.docs.map((d) => d.data());
}

/**
 * The codes a search may mean: `e17`, `E17` and `E-17` mean E-017; digits
 * alone mean that number in every track.
 */
export function codePrefixes(text: string, tracks: readonly Pick<Track, 'codePrefix'>[]): string[] {
  const t = text.trim().toUpperCase();
  const digits = /^\d{1,3}$/.test(t) ? t : null;
  if (digits) return tracks.map((tr) => `${tr.codePrefix}-${digits.padStart(3, '0')}`);
  const coded = /^([A-Z])-?(\d{1,3})$/.exec(t);
  if (coded) return [`${coded[1]}-${(coded[2] ?? '').padStart(3, '0')}`];
  return t ? [t] : [];
}

/**
 * Entries whose code or title starts with `text`, at most `max` (rules:
 * organizers list entries; prefix queries on one field each, no index
 * beyond the automatic ones).
 */
export async function searchEntries(
  cid: string,
  text: string,
  tracks: readonly Pick<Track, 'codePrefix'>[],
  max = 10,
): Promise<EntryChoice[]> {
  const title = text.trim();
  if (!title) return [];
  const found = await Promise.all([
    ...codePrefixes(title, tracks).map((p) => startingWith(cid, 'code', p, max)),
    startingWith(cid, 'title', title, max),
  ]);
  const byId = new Map<string, EntryChoice>();
  for (const e of found.flat()) byId.set(e.id, { id: e.id, code: e.code, title: e.title, trackId: e.trackId });
  return [...byId.values()].sort((a, b) => a.code.localeCompare(b.code)).slice(0, max);
}

/** The entries a judge's conflicts name, 30 ids per query (Firestore's `in` limit). */
export async function entriesByIds(cid: string, ids: readonly string[]): Promise<EntryChoice[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 30) chunks.push(ids.slice(i, i + 30));
  const snaps = await Promise.all(chunks.map((c) => getDocs(query(entries(cid), where(documentId(), 'in', c)))));
  return snaps
    .flatMap((s) => s.docs.map((d) => d.data()))
    .map(({ id, code, title, trackId }) => ({ id, code, title, trackId }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
