// Deterministic document ids: rules look documents up by these, so the
// client, the functions and the rules must build them the same way.

export const assignmentId = (judgeUid: string, entryId: string): string => `${judgeUid}__${entryId}`;

export const sheetId = (roundId: string, judgeUid: string, entryId: string): string =>
  `${roundId}__${judgeUid}__${entryId}`;

export const deckPath = (competitionId: string, entryId: string): string =>
  `competitions/${competitionId}/entries/${entryId}/deck.pdf`;
