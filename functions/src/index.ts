// Every deployed function is exported here; each lives in its own file and
// takes its rules from src/domain, bundled in at build time.
export { computeRoundResults } from './compute-round-results';
export { discardDraft } from './discard-draft';
export { forgetDeletedDeck } from './forget-deleted-deck';
export { recheckObjectMetadata } from './recheck-object-metadata';
export { reopenSheet } from './reopen-sheet';
export { submitSheet } from './submit-sheet';
export { validateDeckUpload } from './validate-deck-upload';
