// The pitch deck's limits, shared by the upload form (to refuse early, with a
// message), storage.rules (which repeat them) and the Storage trigger (which
// deletes what slipped past).

export const DECK_MAX_BYTES = 20 * 1024 * 1024;
export const DECK_CONTENT_TYPE = 'application/pdf';

const DECK_PATH = /^competitions\/[^/]+\/entries\/[^/]+\/deck\.pdf$/;
const PUBLISHED_PATH = /^competitions\/[^/]+\/published\//;

export type UploadProblem =
  { kind: 'path' } | { kind: 'type'; contentType: string | null } | { kind: 'size'; size: number };

/** Why a stored object breaks the limits, or null when it may stay. */
export function uploadProblem(path: string, contentType: string | undefined, size: number): UploadProblem | null {
  if (PUBLISHED_PATH.test(path)) return null; // written by the functions themselves
  if (!DECK_PATH.test(path)) return { kind: 'path' };
  if (contentType !== DECK_CONTENT_TYPE) return { kind: 'type', contentType: contentType ?? null };
  if (size > DECK_MAX_BYTES) return { kind: 'size', size };
  return null;
}
