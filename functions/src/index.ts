// Every deployed function is exported here; each lives in its own file and
// takes its rules from src/domain, bundled in at build time.
export { acceptInvitation } from './accept-invitation';
export { assignRound } from './assign-round';
export { changeCompetitionStatus } from './change-competition-status';
export { changeEntryStatus } from './change-entry-status';
export { computeRoundResults } from './compute-round-results';
export { createCompetition } from './create-competition';
export { createInvitations } from './create-invitations';
export { discardDraft } from './discard-draft';
export { forgetDeletedDeck } from './forget-deleted-deck';
export { recheckObjectMetadata } from './recheck-object-metadata';
export { recuseSheet } from './recuse-sheet';
export { registerTeam } from './register-team';
export { removeEntryFile } from './remove-entry-file';
export { removeMember } from './remove-member';
export { reopenSheet } from './reopen-sheet';
export { revokeInvitation } from './revoke-invitation';
export { setEntryEligibility } from './set-entry-eligibility';
export { submitEntry } from './submit-entry';
export { submitSheet } from './submit-sheet';
export { transferOwnership } from './transfer-ownership';
export { updateCompetitionSettings } from './update-competition-settings';
export { validateDeckUpload } from './validate-deck-upload';
