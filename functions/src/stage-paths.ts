// Firestore paths of the live roadshow (docs/roadshow.md): all written only by stageControl.
export const stagePath = (cid: string, roundId: string) => `competitions/${cid}/stages/${roundId}`;
export const revealPath = (cid: string, roundId: string, entryId: string) =>
  `competitions/${cid}/reveals/${roundId}__${entryId}`;
/** Where the organizers find the current screen token of a round. */
export const stageScreenPath = (cid: string, roundId: string) => `competitions/${cid}/stageScreens/${roundId}`;
/** The big screen's feed (top level: the token is its only key). */
export const screenPath = (token: string) => `screens/${token}`;
