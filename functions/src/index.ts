// Every deployed function is exported here; each lives in its own file and
// takes its rules from src/domain, bundled in at build time.
import { progressOnAssignmentWrite as onAssignmentWrite } from './progress-on-assignment-write';
import { progressOnSheetWrite as onSheetWrite } from './progress-on-sheet-write';

export { acceptInvitation } from './accept-invitation';
export { addJudgeToEntry } from './add-judge-to-entry';
export { answerObjection } from './answer-objection';
export { advanceRound } from './advance-round';
export { assignRound } from './assign-round';
export { changeCompetitionStatus } from './change-competition-status';
export { changeEntryStatus } from './change-entry-status';
export { computeRoundResults } from './compute-round-results';
export { createCompetition } from './create-competition';
export { createInvitations } from './create-invitations';
export { discardDraft } from './discard-draft';
export { forgetDeletedDeck } from './forget-deleted-deck';
export { raiseObjection } from './raise-objection';
export { publishResults } from './publish-results';
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

// The progress triggers, unless a test run turned them off
// (scripts/emulators/with-emulators.mjs --no-progress-triggers): an export
// left undefined is no function at all to the emulator and to deploys.
const progressTriggersOn = process.env.JUDGING_PROGRESS_TRIGGERS !== 'off';
export const progressOnAssignmentWrite = progressTriggersOn ? onAssignmentWrite : undefined;
export const progressOnSheetWrite = progressTriggersOn ? onSheetWrite : undefined;
