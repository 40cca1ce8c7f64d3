// Ids of the progress documents (competitions/{cid}/roundProgress/{roundId},
// judgeProgress/{roundId}__{judgeUid}, entryProgress/{roundId}__{entryId}),
// and the parts of the sheet and assignment ids a change is read from. The
// parts come from the document id, not its fields, so even a damaged
// document still names what it touches.

export const roundProgressId = (roundId: string): string => roundId;
export const judgeProgressId = (roundId: string, judgeUid: string): string => `${roundId}__${judgeUid}`;
export const entryProgressId = (roundId: string, entryId: string): string => `${roundId}__${entryId}`;

export interface SheetKey {
  roundId: string;
  judgeUid: string;
  entryId: string;
}
export interface AssignmentKey {
  judgeUid: string;
  entryId: string;
}

const parts = (id: string, n: number): string[] | null => {
  const p = id.split('__');
  return p.length === n && p.every((s) => s.length > 0) ? p : null;
};

/** `{roundId}__{judgeUid}__{entryId}`, or null for any other id. */
export function parseSheetId(id: string): SheetKey | null {
  const p = parts(id, 3);
  return p ? { roundId: p[0]!, judgeUid: p[1]!, entryId: p[2]! } : null;
}

/** `{judgeUid}__{entryId}`, or null for any other id. */
export function parseAssignmentId(id: string): AssignmentKey | null {
  const p = parts(id, 2);
  return p ? { judgeUid: p[0]!, entryId: p[1]! } : null;
}
