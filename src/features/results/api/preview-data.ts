import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore/lite';
import type { Competition, Entry, Member, ScoreSheet } from '@/domain/model';
import { NotFoundError } from '@/lib/errors';
import { db } from '@/lib/firebase/firestore';
import { competitionConverter, entryConverter, memberConverter } from '@/lib/firebase/converters';
import { loadJudgePseudonyms } from '@/lib/firebase/judge-pseudonyms';

/** What a round's results are computed from, apart from its sheets (which arrive live). */
export interface PreviewBase {
  /** Read again, so the preview uses the settings as they are now. */
  competition: Competition;
  entries: Entry[];
  /** The judge members (for their names, and their conflicts where judges are offered); [] when unreadable. */
  judges: Member[];
  /** Judge uid → display name, from the judges' member documents. */
  judgeNames: Record<string, string>;
  /**
   * The judges' stored letters (uid → A, B, …), for computing the award
   * confidence on the export exactly as the compute function pseudonymizes
   * it; null when they could not be read (the ranking shows all the same).
   */
  judgePseudonyms: Record<string, string> | null;
}

/** Everything the preview of one round is computed from. */
export interface PreviewData extends PreviewBase {
  /** The round's sheets, every status (buildExport keeps what counts: submitted sheets of submitted entries). */
  sheets: ScoreSheet[];
}

const col = (cid: string, name: string) => collection(db, 'competitions', cid, name);

/**
 * What the engine needs besides the sheets, read once by an organizer (rules:
 * only organizers list entries and members). Reads, under
 * `competitions/{cid}`: the competition document; all `entries`; `members`
 * where role == 'judge' (if they cannot be read the judges are shown by
 * number); `private/judgePseudonyms`. The round's sheets come from
 * `subscribeToRoundSheets` (or once from `readRoundSheets` when it is silent;
 * hooks/use-live-sheets.ts).
 *
 * Everything is read in full, not page by page: the results of a round
 * depend on all of its entries (and zscore on every sheet of a judge).
 */
export async function loadPreviewBase(cid: string): Promise<PreviewBase> {
  const [competitionSnap, entrySnaps, judges, judgePseudonyms] = await Promise.all([
    getDoc(doc(db, 'competitions', cid).withConverter(competitionConverter)),
    getDocs(col(cid, 'entries').withConverter(entryConverter)),
    loadJudges(cid).catch(() => []),
    loadJudgePseudonyms(cid).catch(() => null),
  ]);
  const competition = competitionSnap.data();
  if (!competition) throw new NotFoundError(`competition ${cid}`);
  const judgeNames: Record<string, string> = {};
  for (const judge of judges) if (judge.displayName) judgeNames[judge.uid] = judge.displayName;
  return { competition, entries: entrySnaps.docs.map((d) => d.data()), judges, judgeNames, judgePseudonyms };
}

async function loadJudges(cid: string): Promise<Member[]> {
  const snapshot = await getDocs(
    query(col(cid, 'members').withConverter(memberConverter), where('role', '==', 'judge')),
  );
  return snapshot.docs.map((d) => d.data());
}
