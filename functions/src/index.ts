// Every deployed function is exported here; each lives in its own file and
// takes its rules from src/domain, bundled in at build time.
export { computeRoundResults } from './compute-round-results';
export { submitSheet } from './submit-sheet';
export { validateDeckUpload } from './validate-deck-upload';
