// Reads public/{cid}/results.json. Storage answers 404 for a competition
// that has published nothing (or does not exist: the page cannot tell, and
// so never reveals which unpublished competitions exist).
import { PUBLIC_RESULTS_FORMAT, type PublicResultsFile } from '@/domain/publication';
import { downloadUrl, resultsPath, type StorageLocation } from './storage-url';

export type LoadOutcome =
  { kind: 'ok'; file: PublicResultsFile } | { kind: 'not-published' } | { kind: 'network' } | { kind: 'unreadable' };

export async function loadResults(
  location: StorageLocation,
  cid: string,
  fetchFn: typeof fetch = fetch,
): Promise<LoadOutcome> {
  let response: Response;
  try {
    response = await fetchFn(downloadUrl(location, resultsPath(cid)));
  } catch {
    return { kind: 'network' };
  }
  // 403: rules that do not (yet) open the path read as "nothing published".
  if (response.status === 404 || response.status === 403) return { kind: 'not-published' };
  if (!response.ok) return { kind: 'network' };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { kind: 'unreadable' };
  }
  return isPublicResultsFile(body, cid) ? { kind: 'ok', file: body } : { kind: 'unreadable' };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The shape the page relies on (zod would weigh more than the page itself).
 * The functions write the file; this guards against a foreign or damaged
 * one rather than re-validating every field.
 */
export function isPublicResultsFile(v: unknown, cid: string): v is PublicResultsFile {
  if (!isObject(v) || v.format !== PUBLIC_RESULTS_FORMAT) return false;
  const c = v.competition;
  if (!isObject(c) || c.id !== cid || !isString(c.title) || !isString(c.organizerName)) return false;
  if (!Array.isArray(v.versions) || v.versions.length === 0) return false;
  return v.versions.every(
    (ver: unknown) =>
      isObject(ver) &&
      isNumber(ver.version) &&
      isNumber(ver.publishedAt) &&
      (ver.noticeUntil === null || isNumber(ver.noticeUntil)) &&
      isString(ver.exportSha256) &&
      Array.isArray(ver.tiers) &&
      ver.tiers.every(
        (tier: unknown) =>
          isObject(tier) &&
          isString(tier.label) &&
          Array.isArray(tier.entries) &&
          tier.entries.every((e: unknown) => isObject(e) && isString(e.score) && isNumber(e.rank)),
      ),
  );
}
