// Documents ↔ domain types. Firestore stores dates as Timestamps, the domain
// uses epoch milliseconds; this file is the only place that converts. Reading
// is lenient (a missing list becomes [], a missing date 0) so one odd
// document never breaks a whole page.
import {
  Timestamp,
  type DocumentData,
  type FirestoreDataConverter,
  type PartialWithFieldValue,
  type QueryDocumentSnapshot,
} from 'firebase/firestore/lite';
import type {
  Assignment,
  Competition,
  Entry,
  EntryIdentity,
  Invitation,
  Member,
  Round,
  ScoreSheet,
  UserProfile,
} from '@/domain/model';

type Raw = Record<string, unknown>;

export function toMillis(value: unknown): number | null {
  if (value instanceof Timestamp) return value.toMillis();
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value instanceof Date) return value.getTime();
  return null;
}

const millis = (value: unknown): number => toMillis(value) ?? 0;
const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/**
 * Builds a converter: `read` maps raw data to the domain type; on write the
 * id field is dropped (it is the document id) and the date fields given as
 * millis become Timestamps (sentinels such as serverTimestamp() pass through).
 */
function converter<T extends object>(
  read: (data: Raw, id: string, snapshot: QueryDocumentSnapshot) => T,
  dateFields: readonly string[],
  idField: string | null,
): FirestoreDataConverter<T> {
  return {
    toFirestore(model: PartialWithFieldValue<T>): DocumentData {
      const out: DocumentData = { ...(model as DocumentData) };
      if (idField) delete out[idField];
      for (const field of dateFields) {
        const value = out[field];
        if (typeof value === 'number') out[field] = Timestamp.fromMillis(value);
      }
      return out;
    },
    fromFirestore(snapshot: QueryDocumentSnapshot): T {
      return read(snapshot.data() as Raw, snapshot.id, snapshot);
    },
  };
}

/** A round, with a rubric whose criteria have every field (older documents lack step and the guide). */
const readRound = (r: Raw): Round => ({
  ...(r as unknown as Round),
  opensAt: toMillis(r.opensAt),
  closesAt: toMillis(r.closesAt),
  judgesPerEntry: typeof r.judgesPerEntry === 'number' ? r.judgesPerEntry : null,
  rubric: {
    criteria: list<Raw>((r.rubric as Raw | undefined)?.criteria).map((c) => ({
      id: str(c.id),
      name: str(c.name),
      nameEn: str(c.nameEn),
      weight: typeof c.weight === 'number' ? c.weight : 0,
      max: typeof c.max === 'number' ? c.max : 0,
      step: typeof c.step === 'number' ? c.step : 0,
      description: str(c.description),
      descriptionEn: str(c.descriptionEn),
      levels: list(c.levels),
    })),
  },
});

export const readCompetition = (d: Raw, id: string): Competition => ({
  id,
  title: str(d.title),
  titleEn: str(d.titleEn),
  organizerName: str(d.organizerName),
  organizerNameEn: str(d.organizerNameEn),
  description: str(d.description),
  descriptionEn: str(d.descriptionEn),
  rulesText: str(d.rulesText),
  rulesTextEn: str(d.rulesTextEn),
  ownerUid: str(d.ownerUid),
  status: oneOf(d.status, ['draft', 'registration', 'review', 'final', 'closed'], 'draft'),
  visibility: oneOf(d.visibility, ['public', 'private'], 'private'),
  blind: d.blind !== false,
  feedbackToTeams: d.feedbackToTeams === true,
  submissionOpensAt: millis(d.submissionOpensAt),
  submissionDeadline: millis(d.submissionDeadline),
  tracks: list(d.tracks),
  entryForm: { questions: list((d.entryForm as Raw | undefined)?.questions) },
  rounds: list<Raw>(d.rounds).map(readRound),
  roundCriterionIds: (d.roundCriterionIds && typeof d.roundCriterionIds === 'object'
    ? d.roundCriterionIds
    : {}) as Competition['roundCriterionIds'],
  openRoundIds: list(d.openRoundIds),
  aggregation: {
    method: 'mean',
    trim: 0,
    normalization: 'none',
    minSheets: 1,
    ...(d.aggregation as Partial<Competition['aggregation']> | undefined),
  },
  ranking: { scope: oneOf((d.ranking as Raw | undefined)?.scope, ['overall', 'track'], 'overall') },
  awards: list(d.awards),
  createdAt: millis(d.createdAt),
  updatedAt: millis(d.updatedAt),
});

export const readMember = (d: Raw, id: string, snapshot?: QueryDocumentSnapshot): Member => ({
  uid: str(d.uid, id),
  // The parent competition's id when the field is missing.
  competitionId: str(d.competitionId, snapshot?.ref.parent.parent?.id ?? ''),
  role: oneOf(d.role, ['organizer', 'judge', 'team'], 'team'),
  displayName: str(d.displayName),
  email: str(d.email),
  entryIds: list(d.entryIds),
  tags: list(d.tags),
  organizations: list(d.organizations),
  conflicts: list(d.conflicts),
  trackIds: list(d.trackIds),
  addedAt: millis(d.addedAt),
});

export const readEntry = (d: Raw, id: string): Entry => ({
  id,
  code: str(d.code),
  trackId: str(d.trackId),
  title: str(d.title),
  field: str(d.field),
  summary: str(d.summary),
  problem: str(d.problem),
  solution: str(d.solution),
  stage: oneOf(d.stage, ['idea', 'prototype', 'revenue', ''], ''),
  financing: str(d.financing),
  answers: (d.answers && typeof d.answers === 'object' ? d.answers : {}) as Entry['answers'],
  status: oneOf(d.status, ['draft', 'submitted', 'withdrawn', 'disqualified'], 'draft'),
  deckPath: typeof d.deckPath === 'string' && d.deckPath ? d.deckPath : null,
  revision: typeof d.revision === 'number' ? d.revision : 0,
  createdAt: millis(d.createdAt),
  updatedAt: millis(d.updatedAt),
  submittedAt: toMillis(d.submittedAt),
});

export const readEntryIdentity = (d: Raw, id: string): EntryIdentity => ({
  entryId: id,
  teamName: str(d.teamName),
  organization: str(d.organization),
  contactName: str(d.contactName),
  contactPhone: str(d.contactPhone),
  contactEmail: str(d.contactEmail),
  members: list(d.members),
  creditCode: str(d.creditCode),
  ownerUids: list(d.ownerUids),
});

export const readAssignment = (d: Raw, id: string): Assignment => ({
  id,
  judgeUid: str(d.judgeUid),
  entryId: str(d.entryId),
  roundIds: list(d.roundIds),
  assignedAt: millis(d.assignedAt),
});

export const readSheet = (d: Raw, id: string): ScoreSheet => ({
  id,
  roundId: str(d.roundId),
  judgeUid: str(d.judgeUid),
  entryId: str(d.entryId),
  status: oneOf(d.status, ['draft', 'submitted', 'recused'], 'draft'),
  scores: (d.scores && typeof d.scores === 'object' ? d.scores : {}) as Record<string, number>,
  comments: (d.comments && typeof d.comments === 'object' ? d.comments : {}) as Record<string, string>,
  comment: str(d.comment),
  revision: typeof d.revision === 'number' ? d.revision : 0,
  updatedAt: millis(d.updatedAt),
  submittedAt: toMillis(d.submittedAt),
  reopened: readReopening(d.reopened),
});

/** An organizer's reopening of a sheet; anything else (absent, null, damaged) is none. */
function readReopening(value: unknown): ScoreSheet['reopened'] {
  if (!value || typeof value !== 'object') return null;
  const { reason, at } = value as Raw;
  return typeof reason === 'string' ? { reason, at: millis(at) } : null;
}

export const readInvitation = (d: Raw, id: string): Invitation => ({
  token: id,
  competitionId: str(d.competitionId),
  competitionTitle: str(d.competitionTitle),
  competitionTitleEn: str(d.competitionTitleEn),
  role: oneOf(d.role, ['judge', 'organizer'], 'judge'),
  name: str(d.name),
  email: str(d.email),
  status: oneOf(d.status, ['pending', 'accepted', 'revoked'], 'revoked'),
  createdAt: millis(d.createdAt),
  createdBy: str(d.createdBy),
  expiresAt: millis(d.expiresAt),
  acceptedAt: toMillis(d.acceptedAt),
  acceptedBy: typeof d.acceptedBy === 'string' ? d.acceptedBy : null,
  revokedAt: toMillis(d.revokedAt),
});

export const readUserProfile = (d: Raw, id: string): UserProfile => ({
  uid: id,
  displayName: str(d.displayName),
  email: str(d.email),
  locale: oneOf(d.locale, ['zh-CN', 'en'], 'zh-CN'),
  createdAt: millis(d.createdAt),
});

export const competitionConverter = converter(readCompetition, ['submissionDeadline', 'createdAt', 'updatedAt'], 'id');
/** `uid` is stored as well as being the document id (rules compare it). */
export const memberConverter = converter(readMember, ['addedAt'], null);
export const entryConverter = converter(readEntry, ['createdAt', 'updatedAt', 'submittedAt'], 'id');
export const entryIdentityConverter = converter(readEntryIdentity, [], 'entryId');
export const assignmentConverter = converter(readAssignment, ['assignedAt'], 'id');
export const sheetConverter = converter(readSheet, ['updatedAt', 'submittedAt'], 'id');
export const invitationConverter = converter(
  readInvitation,
  ['createdAt', 'expiresAt', 'acceptedAt', 'revokedAt'],
  'token',
);
export const userProfileConverter = converter(readUserProfile, ['createdAt'], 'uid');
