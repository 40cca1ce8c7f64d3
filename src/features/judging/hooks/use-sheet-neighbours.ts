import { useAsync } from '@/lib/async/use-async';
import { listAssignedEntries, type AssignedEntryRef } from '../api/sheet-neighbours';

export interface Neighbours {
  previous: AssignedEntryRef | null;
  next: AssignedEntryRef | null;
  /** 1-based place of this entry in the judge's list, and the list's length (0: unknown). */
  position: number;
  total: number;
}

const none: Neighbours = { previous: null, next: null, position: 0, total: 0 };

/** The entries before and after this one in the judge's list for the round (code order). */
export function useSheetNeighbours(cid: string, uid: string, roundId: string, entryId: string): Neighbours {
  // The list does not depend on the entry: moving to the next one does not read it again.
  const list = useAsync(`sheet-neighbours:${cid}:${uid}:${roundId}`, () => listAssignedEntries(cid, uid, roundId));
  if (list.status !== 'success') return none;
  const entries = list.data;
  const i = entries.findIndex((e) => e.entryId === entryId);
  if (i < 0) return { ...none, total: entries.length };
  return {
    previous: entries[i - 1] ?? null,
    next: entries[i + 1] ?? null,
    position: i + 1,
    total: entries.length,
  };
}
