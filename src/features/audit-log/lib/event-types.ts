/**
 * Every audit event type the functions write (grep `type:` in appendAudit
 * calls under functions/src), each with the i18n key of its label
 * (`auditLog.types.<key>`; i18next keys cannot hold the types' dots).
 * An event of a type not listed here still shows, by its raw type.
 */
export const AUDIT_TYPES = {
  'competition.created': 'competitionCreated',
  'competition.settings-changed': 'competitionSettingsChanged',
  'competition.status-changed': 'competitionStatusChanged',
  'competition.owner-changed': 'competitionOwnerChanged',
  'invitation.created': 'invitationCreated',
  'invitation.revoked': 'invitationRevoked',
  'invitation.accepted': 'invitationAccepted',
  'member.removed': 'memberRemoved',
  'entry.registered': 'entryRegistered',
  'entry.submitted': 'entrySubmitted',
  'entry.reopened': 'entryReopened',
  'entry.withdrawn': 'entryWithdrawn',
  'entry.disqualified': 'entryDisqualified',
  'entry.reinstated': 'entryReinstated',
  'entry.deckRemoved': 'entryDeckRemoved',
  'entry.fileRemoved': 'entryFileRemoved',
  'entry.imageRemoved': 'entryImageRemoved',
  'assignment.committed': 'assignmentCommitted',
  'assignment.added': 'assignmentAdded',
  'sheet.submitted': 'sheetSubmitted',
  'sheet.recused': 'sheetRecused',
  'sheet.reopened': 'sheetReopened',
  'sheet.draft-discarded': 'sheetDraftDiscarded',
  'results.computed': 'resultsComputed',
  'round.advanced': 'roundAdvanced',
  'results.published': 'resultsPublished',
  'objection.raised': 'objectionRaised',
  'objection.answered': 'objectionAnswered',
  // The live roadshow's stage control (src/domain/roadshow STAGE_AUDIT_TYPES).
  'stage.created': 'stageCreated',
  'stage.drawn': 'stageDrawn',
  'stage.order-set': 'stageOrderSet',
  'stage.absent-marked': 'stageAbsentMarked',
  'stage.team-called': 'stageTeamCalled',
  'stage.timer': 'stageTimer',
  'stage.timing-set': 'stageTimingSet',
  'stage.scoring-opened': 'stageScoringOpened',
  'stage.revealed': 'stageRevealed',
  'stage.names-shown': 'stageNamesShown',
  'stage.screen-linked': 'stageScreenLinked',
} as const;

export type KnownAuditType = keyof typeof AUDIT_TYPES;
export type AuditTypeKey = (typeof AUDIT_TYPES)[KnownAuditType];

export const isKnownType = (type: string): type is KnownAuditType => Object.hasOwn(AUDIT_TYPES, type);
