import { assignPseudonyms } from '../../src/domain/export';
import { db } from './admin';
import { judgePseudonymsPath } from './publish-paths';
import { runTransaction } from './transaction';

/**
 * The judges' letters for `uids`: those already given, and the next letters
 * for new judges, written in a transaction so that two computations running
 * at once agree (the second one re-reads what the first wrote). Letters are
 * never taken back: a judge keeps theirs in every export of the competition.
 */
export async function judgePseudonyms(cid: string, uids: ReadonlySet<string>): Promise<Record<string, string>> {
  const ref = db.doc(judgePseudonymsPath(cid));
  return runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const stored: unknown = snap.get('byUid');
    const existing =
      stored && typeof stored === 'object'
        ? Object.fromEntries(Object.entries(stored).filter((kv): kv is [string, string] => typeof kv[1] === 'string'))
        : {};
    const { byUid, added } = assignPseudonyms(existing, uids);
    // A merge of only the new letters: nothing given before is rewritten.
    if (Object.keys(added).length > 0) tx.set(ref, { byUid: added }, { merge: true });
    return byUid;
  });
}
