export * from './types';
export * from './version-state';
export {
  buildPublishedVersion,
  publishedMethod,
  publishedScore,
  versionId,
  winnersWithoutConfidence,
  type PublishedVersionInput,
  type VersionFacts,
} from './build-published-version';
// The public page rounds award confidence as every other page does (a direct path: the page carries no engine).
export { confidencePercent } from '../results/confidence';
export { buildPublicResultsFile, publicFields } from './build-public-results-file';
export { buildTeamFeedback } from './build-team-feedback';
