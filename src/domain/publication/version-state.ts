import type { PublishedVersion, VersionState } from './types';

/**
 * A version is superseded once a later one exists; otherwise it is under
 * public notice until `noticeUntil` and final from then on, by itself: no
 * job has to run for it to become final, everyone reads the same clock.
 */
export function versionState(
  version: Pick<PublishedVersion, 'version' | 'noticeUntil'>,
  latestVersion: number,
  now: number,
): VersionState {
  if (version.version < latestVersion) return 'superseded';
  if (version.noticeUntil !== null && now < version.noticeUntil) return 'notice';
  return 'final';
}
