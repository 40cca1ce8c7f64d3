import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore/lite';
import type { Competition, Entry, ScoreSheet } from '@/domain/model';
import { NotFoundError } from '@/lib/errors';
import { db } from '@/lib/firebase/firestore';
import { competitionConverter, entryConverter, memberConverter, sheetConverter } from '@/lib/firebase/converters';

/** Everything the preview of one round is computed from. */
export interface PreviewData {
  /** Read again, so the preview uses the settings as they are now. */
  competition: Competition;
  entries: Entry[];
  /** The round's sheets, every status (buildExport keeps what counts: submitted sheets of submitted entries). */
  sheets: ScoreSheet[];
  /** Judge uid → display name, from the judges' member documents. */
  judgeNames: Record<string, string>;
}

const col = (cid: string, name: string) => collection(db, 'competitions', cid, name);

/**
 * The data the engine needs for a round, read by an organizer (rules: only
 * organizers list entries, sheets and members). Reads, under
 * `competitions/{cid}`: the competition document; all `entries`; `sheets`
 * where roundId == r; `members` where role == 'judge' (names only: if they
 * cannot be read the judges are shown by number).
 *
 * Everything is read in full, not page by page: the results of a round
 * depend on all of its sheets (and zscore on every sheet of a judge).
 */
export async function loadPreviewData(cid: string, roundId: string): Promise<PreviewData> {
  const [competitionSnap, entrySnaps, sheetSnaps, judgeNames] = await Promise.all([
    getDoc(doc(db, 'competitions', cid).withConverter(competitionConverter)),
    getDocs(col(cid, 'entries').withConverter(entryConverter)),
    getDocs(query(col(cid, 'sheets').withConverter(sheetConverter), where('roundId', '==', roundId))),
    loadJudgeNames(cid).catch(() => ({})),
  ]);
  const competition = competitionSnap.data();
  if (!competition) throw new NotFoundError(`competition ${cid}`);
  return {
    competition,
    entries: entrySnaps.docs.map((d) => d.data()),
    sheets: sheetSnaps.docs.map((d) => d.data()),
    judgeNames,
  };
}

async function loadJudgeNames(cid: string): Promise<Record<string, string>> {
  const snapshot = await getDocs(
    query(col(cid, 'members').withConverter(memberConverter), where('role', '==', 'judge')),
  );
  const names: Record<string, string> = {};
  for (const d of snapshot.docs) {
    const member = d.data();
    if (member.displayName) names[member.uid] = member.displayName;
  }
  return names;
}
