export * from './types';
export * from './version-state';
export {
  buildPublishedVersion,
  confidencePercent,
  publishedMethod,
  publishedScore,
  versionId,
  winnersWithoutConfidence,
  type PublishedVersionInput,
  type VersionFacts,
} from './build-published-version';
export { buildPublicResultsFile, publicFields } from './build-public-results-file';
export { buildTeamFeedback } from './build-team-feedback';
