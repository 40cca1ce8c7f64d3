// The paths of computing and publishing results (Firestore and Cloud Storage),
// written once for computeRoundResults and publishResults.

/** Firestore: the judges' stable letters, `{ byUid: { uid: 'A' } }`; organizers read it. */
export const judgePseudonymsPath = (cid: string) => `competitions/${cid}/private/judgePseudonyms`;
export const publishedResultsPath = (cid: string) => `competitions/${cid}/publishedResults`;
export const feedbackPath = (cid: string, entryId: string) => `competitions/${cid}/feedback/${entryId}`;

/** Storage: every computed export, under its SHA-256; organizers read it. */
export const storedExportPath = (cid: string, sha256: string) => `competitions/${cid}/exports/${sha256}.json`;
/** Storage, public: a published version's export, the same bytes as the stored one. */
export const publicExportPath = (cid: string, versionId: string) => `public/${cid}/${versionId}/export.json`;
/** Storage, public: every published version (PublicResultsFile), for the public page. */
export const publicResultsPath = (cid: string) => `public/${cid}/results.json`;

/** The public file changes with each version: caches may keep it a minute. */
export const PUBLIC_RESULTS_CACHE = 'public, max-age=60';
/** A version's export never changes once written (a correction is a new version, a new path). */
export const PUBLIC_EXPORT_CACHE = 'public, max-age=86400';

/** Storage: the results of a computed export, as the CLI prints them; organizers read it. */
export const storedResultsPath = (cid: string, sha256: string) => `competitions/${cid}/exports/${sha256}.results.json`;
/** Storage, public: a published version's full results (judging-results/v1), as the CLI prints them. */
export const publicVersionResultsPath = (cid: string, versionId: string) => `public/${cid}/${versionId}/results.json`;
/** Storage: the award confidence of a computed export (confidence-v1, B = 2000, seed 1); organizers read it. */
export const storedConfidencePath = (cid: string, sha256: string) =>
  `competitions/${cid}/exports/${sha256}.confidence.json`;
