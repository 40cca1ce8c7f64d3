export * from './types';
export * from './version-state';
export {
  buildPublishedVersion,
  publishedMethod,
  publishedScore,
  versionId,
  type PublishedVersionInput,
  type VersionFacts,
} from './build-published-version';
export { buildPublicResultsFile, publicFields } from './build-public-results-file';
export { buildTeamFeedback } from './build-team-feedback';
