// Firestore paths, written once for the functions (the SPA has its own in
// src/lib/firebase: the Admin and web SDKs' reference types differ).
export const competitionPath = (cid: string) => `competitions/${cid}`;
export const memberPath = (cid: string, uid: string) => `competitions/${cid}/members/${uid}`;
export const entriesPath = (cid: string) => `competitions/${cid}/entries`;
export const entryPath = (cid: string, eid: string) => `competitions/${cid}/entries/${eid}`;
export const sheetsPath = (cid: string) => `competitions/${cid}/sheets`;
export const assignmentPath = (cid: string, id: string) => `competitions/${cid}/assignments/${id}`;
export const sheetPath = (cid: string, id: string) => `competitions/${cid}/sheets/${id}`;
export const resultsPath = (cid: string, roundId: string) => `competitions/${cid}/results/${roundId}`;
export const auditPath = (cid: string) => `competitions/${cid}/audit`;
export const publishedResultPath = (cid: string, versionId: string) =>
  `competitions/${cid}/publishedResults/${versionId}`;
export const identityPath = (cid: string, eid: string) => `competitions/${cid}/entryIdentities/${eid}`;
/** Functions only: the last entry number given out per track. */
export const entryCounterPath = (cid: string) => `competitions/${cid}/counters/entries`;
/** The last committed assignment plan of a round (strategy and pools): read by organizers, written by functions. */
export const assignmentPlanPath = (cid: string, roundId: string) => `competitions/${cid}/assignmentPlans/${roundId}`;
export const assignmentsPath = (cid: string) => `competitions/${cid}/assignments`;
export const membersPath = (cid: string) => `competitions/${cid}/members`;
export const identitiesPath = (cid: string) => `competitions/${cid}/entryIdentities`;
export const invitationPath = (cid: string, token: string) => `competitions/${cid}/invitations/${token}`;
export const invitationsPath = (cid: string) => `competitions/${cid}/invitations`;
export const userPath = (uid: string) => `users/${uid}`;
export const roundProgressPath = (cid: string, id: string) => `competitions/${cid}/roundProgress/${id}`;
export const judgeProgressPath = (cid: string, id: string) => `competitions/${cid}/judgeProgress/${id}`;
export const entryProgressPath = (cid: string, id: string) => `competitions/${cid}/entryProgress/${id}`;
