import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore/lite';
import type { Advancement, AdvancementAssignments } from '@/domain/model';
import type { ResultsV1 } from '@/domain/results';
import { db } from '@/lib/firebase/firestore';
import { entryConverter, memberConverter, toMillis } from '@/lib/firebase/converters';

/** A round's stored computation (results/{roundId}, written by computeRoundResults). */
export interface StoredComputation {
  results: ResultsV1;
  exportSha256: string;
  computedAt: number;
}

export interface EntryLabel {
  code: string;
  title: string;
  trackId: string;
}

export interface AdvanceData {
  /** null: the round was never computed. */
  computation: StoredComputation | null;
  /** The target round's current advancement, or null. */
  advancement: Advancement | null;
  entries: Map<string, EntryLabel>;
  /** Judge uid → display name (for the conflicts an advancement skipped). */
  judgeNames: Map<string, string>;
}

type Raw = Record<string, unknown>;
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function readComputation(d: Raw | undefined): StoredComputation | null {
  const results = d?.results as ResultsV1 | undefined;
  if (!d || !results || !Array.isArray(results.groups) || typeof d.exportSha256 !== 'string') return null;
  return { results, exportSha256: d.exportSha256, computedAt: toMillis(d.computedAt) ?? 0 };
}

function readAssignments(v: unknown): AdvancementAssignments {
  const a = (v && typeof v === 'object' ? v : {}) as Raw;
  const num = (x: unknown) => (typeof x === 'number' ? x : 0);
  return {
    added: num(a.added),
    removed: num(a.removed),
    keptWithSheet: num(a.keptWithSheet),
    skipped: Array.isArray(a.skipped) ? (a.skipped as AdvancementAssignments['skipped']) : [],
  };
}

/** An advancement document, read leniently (an odd field never breaks the page). */
export function readAdvancement(d: Raw | undefined, toRoundId: string): Advancement | null {
  if (!d) return null;
  return {
    toRoundId,
    fromRoundId: typeof d.fromRoundId === 'string' ? d.fromRoundId : '',
    scope: d.scope === 'track' ? 'track' : 'overall',
    n: typeof d.n === 'number' ? d.n : 0,
    entryIds: strings(d.entryIds),
    tiedAtCut: strings(d.tiedAtCut),
    excludedTiedEntryIds: strings(d.excludedTiedEntryIds),
    exportSha256: typeof d.exportSha256 === 'string' ? d.exportSha256 : '',
    computedAt: toMillis(d.computedAt) ?? 0,
    assignments: readAssignments(d.assignments),
    at: toMillis(d.at) ?? 0,
    by: typeof d.by === 'string' ? d.by : '',
  };
}

/**
 * What the advance page shows for a pair of rounds, read by an organizer
 * (rules: organizers read results, advancements, entries and members):
 * `results/{from}`, `advancements/{to}`, every entry (codes and titles for
 * the preview) and the judge members (names).
 */
export async function loadAdvanceData(cid: string, fromRoundId: string, toRoundId: string): Promise<AdvanceData> {
  const [resultsSnap, advancementSnap, entrySnaps, judgeSnaps] = await Promise.all([
    getDoc(doc(db, 'competitions', cid, 'results', fromRoundId)),
    getDoc(doc(db, 'competitions', cid, 'advancements', toRoundId)),
    getDocs(collection(db, 'competitions', cid, 'entries').withConverter(entryConverter)),
    getDocs(
      query(
        collection(db, 'competitions', cid, 'members').withConverter(memberConverter),
        where('role', '==', 'judge'),
      ),
    ).catch(() => null),
  ]);
  const entries = new Map<string, EntryLabel>();
  for (const d of entrySnaps.docs) {
    const e = d.data();
    entries.set(e.id, { code: e.code || e.id, title: e.title, trackId: e.trackId });
  }
  const judgeNames = new Map<string, string>();
  for (const d of judgeSnaps?.docs ?? []) {
    const m = d.data();
    if (m.displayName) judgeNames.set(m.uid, m.displayName);
  }
  return {
    computation: readComputation(resultsSnap.data()),
    advancement: readAdvancement(advancementSnap.data(), toRoundId),
    entries,
    judgeNames,
  };
}
