// What a team reads of the published results: the latest version (members
// may read publishedResults), the judges' comments on its own entry
// (`feedback/{entryId}`, its team only) and its own objections (the query
// `where('teamUid', '==', uid)`, which the rules allow the team).
import { collection, doc, getDoc, getDocs, limit, orderBy, query, where } from 'firebase/firestore/lite';
import type { Objection, TeamFeedback } from '@/domain/model/results-docs';
import type { PublishedEntry, PublishedTier, PublishedVersion } from '@/domain/publication';
import type { ResultsV1 } from '@/domain/results';
import { toMillis } from '@/lib/firebase/converters';
import { db } from '@/lib/firebase/firestore';
import { objectionConverter } from '@/lib/firebase/objection-converter';

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const list = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter((x): x is Raw => !!x && typeof x === 'object') : []);

/** A published version with the full results it froze (for the ranks of entries without an award). */
export interface TeamVersion extends PublishedVersion {
  results: ResultsV1 | null;
}

const readEntry = (e: Raw): PublishedEntry => ({
  entryId: str(e.entryId),
  code: str(e.code),
  title: str(e.title),
  team: str(e.team),
  organization: str(e.organization),
  score: str(e.score),
  rank: num(e.rank),
});

const readTier = (t: Raw): PublishedTier => ({
  id: str(t.id),
  label: str(t.label),
  labelEn: str(t.labelEn),
  track: typeof t.track === 'string' ? t.track : null,
  trackName: str(t.trackName),
  trackNameEn: str(t.trackNameEn),
  entries: list(t.entries).map(readEntry),
});

export function readTeamVersion(d: Raw, id: string): TeamVersion {
  const method = (d.method ?? {}) as Raw;
  const results = d.results && typeof d.results === 'object' ? (d.results as ResultsV1) : null;
  return {
    id,
    version: num(d.version),
    roundId: str(d.roundId),
    roundName: str(d.roundName),
    roundNameEn: str(d.roundNameEn),
    publishedAt: toMillis(d.publishedAt) ?? 0,
    reason: typeof d.reason === 'string' ? d.reason : null,
    noticeUntil: toMillis(d.noticeUntil),
    computedAt: toMillis(d.computedAt) ?? 0,
    exportSha256: str(d.exportSha256),
    exportPath: str(d.exportPath),
    method: {
      method: method.method as PublishedVersion['method']['method'],
      trim: num(method.trim),
      normalization: method.normalization as PublishedVersion['method']['normalization'],
      minSheets: num(method.minSheets),
    },
    tiers: list(d.tiers).map(readTier),
    results: results && Array.isArray(results.groups) ? results : null,
  };
}

/** The latest published version, or null before anything is published. */
export async function getLatestVersion(cid: string): Promise<TeamVersion | null> {
  const snap = await getDocs(
    query(collection(db, 'competitions', cid, 'publishedResults'), orderBy('version', 'desc'), limit(1)),
  );
  const first = snap.docs[0];
  return first ? readTeamVersion(first.data(), first.id) : null;
}

/** The judges' written comments on the entry, or null when the organizers share none. */
export async function getFeedback(cid: string, entryId: string): Promise<TeamFeedback | null> {
  const snap = await getDoc(doc(db, 'competitions', cid, 'feedback', entryId));
  const d = snap.data();
  if (!d) return null;
  return {
    entryId,
    versionId: str(d.versionId),
    sheets: list(d.sheets).map((s) => ({
      criteria: Object.fromEntries(
        Object.entries((s.criteria ?? {}) as Raw).filter((kv): kv is [string, string] => typeof kv[1] === 'string'),
      ),
      overall: str(s.overall),
    })),
  };
}

/** A team has a handful of objections at most: the newest 20. */
export const TEAM_OBJECTIONS_LIMIT = 20;

export async function listTeamObjections(cid: string, uid: string): Promise<Objection[]> {
  const snap = await getDocs(
    query(
      collection(db, 'competitions', cid, 'objections').withConverter(objectionConverter),
      where('teamUid', '==', uid),
      orderBy('raisedAt', 'desc'),
      limit(TEAM_OBJECTIONS_LIMIT),
    ),
  );
  return snap.docs.map((d) => d.data());
}
