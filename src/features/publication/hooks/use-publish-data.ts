import { useAsync } from '@/lib/async/use-async';
import { loadCompetitionFacts, type CompetitionFacts } from '../api/competition-facts';
import { loadStoredComputation, type StoredComputation } from '../api/stored-computation';
import { loadLatestVersion, type VersionRow } from '../api/versions';

export interface PublishData {
  computation: StoredComputation | null;
  facts: CompetitionFacts;
  /** The competition's latest version (any round): the next one is a correction when it exists. */
  latest: VersionRow | null;
}

/** What the publish page shows for a round; `revision` changes after a publication to read it again. */
export function usePublishData(cid: string, roundId: string | null, revision: number) {
  return useAsync(roundId === null ? null : `${cid}:${roundId}:${revision}`, async (): Promise<PublishData> => {
    const [computation, facts, latest] = await Promise.all([
      loadStoredComputation(cid, roundId ?? ''),
      loadCompetitionFacts(cid),
      loadLatestVersion(cid),
    ]);
    return { computation, facts, latest };
  });
}

/** Whether `latest` froze exactly this computation (what publishResults compares to stay idempotent). */
export function publishedAs(computation: StoredComputation, latest: VersionRow | null): number | null {
  if (!latest) return null;
  const same =
    latest.roundId === computation.roundId &&
    latest.exportSha256 === computation.exportSha256 &&
    latest.computedAt === computation.computedAt;
  return same ? latest.version : null;
}

/** Whether a version shows the award confidence (the organizer's choice when publishing it). */
export const showsConfidence = (version: Pick<VersionRow, 'confidence'>) => version.confidence != null;

/**
 * The version that already froze this computation with this choice of
 * showing the award confidence: publishing it again changes nothing. The
 * other choice makes a new version (a correction), as publishResults does.
 */
export function publishedWith(
  computation: StoredComputation,
  latest: VersionRow | null,
  showConfidence: boolean,
): number | null {
  const version = publishedAs(computation, latest);
  return version !== null && latest && showsConfidence(latest) === showConfidence ? version : null;
}
