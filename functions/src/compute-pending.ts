import { db } from './admin';
import { readInPages } from './compute-paged-read';
import { assignmentsPath, sheetsPath } from './paths';

/**
 * The judge–entry pairs assigned for a round (assignments whose roundIds
 * hold it) that have neither a submitted nor a recused sheet in it: the
 * sheets still to come. Counted pair by pair, not as "assigned − submitted −
 * recused": a recusal takes the pair off its assignment, and a sheet may
 * outlive its pair (an entry withdrawn, a judge re-assigned), so those
 * counts do not subtract (on the demo they give 1 where 8 are pending).
 * Only ids are read (select() without fields; an assignment's id is
 * `{judgeUid}__{entryId}`), in pages.
 *
 * `submittedPairs`: the round's submitted sheets as `{judgeUid}__{entryId}`,
 * which the computation has read anyway.
 */
export async function countPendingSheets(
  cid: string,
  roundId: string,
  submittedPairs: ReadonlySet<string>,
): Promise<number> {
  const recused = new Set<string>();
  await readInPages(
    db
      .collection(sheetsPath(cid))
      .where('roundId', '==', roundId)
      .where('status', '==', 'recused')
      .select('judgeUid', 'entryId'),
    (page) => {
      for (const s of page) recused.add(`${String(s.get('judgeUid'))}__${String(s.get('entryId'))}`);
    },
  );
  let pending = 0;
  await readInPages(
    db.collection(assignmentsPath(cid)).where('roundIds', 'array-contains', roundId).select(),
    (page) => {
      for (const a of page) if (!submittedPairs.has(a.id) && !recused.has(a.id)) pending += 1;
    },
  );
  return pending;
}
