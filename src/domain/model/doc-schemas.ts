// Schemas of the stored documents, for code that must not trust what it reads
// (the Cloud Functions): rules check what clients write, but not everything
// (list elements, values of maps an older rule let through, documents written
// by hand in the console), so a function parses each document before use.
//
// Dates: each side of the app has its own Timestamp class (web vs Admin SDK),
// so the schemas are built from the side's own timestamp schema, which turns a
// Timestamp into epoch millis. Only the fields named as dates are converted;
// anything else of an unexpected type is an error at that field, never walked
// into (a DocumentReference value once sent a recursive converter into its
// Firestore client until the stack overflowed).
import { z } from 'zod';
import { entryQuestionsSchema } from '../registration/entry-question';
import type { Competition } from './competition';
import type { Entry, EntryIdentity } from './entry';
import type { Invitation } from './invitation';
import type { Member } from './member';
import type { Assignment, ScoreSheet } from './scoring';
import type { Reveal, ScreenFeed, Stage } from './stage';

const text = (max: number) => z.string().max(max);
const names = { name: text(200), nameEn: text(200) };

const SHEET_FIELDS = {
  roundId: text(64).min(1),
  judgeUid: text(128).min(1),
  entryId: text(128).min(1),
};

/** The entries of a stored map whose values pass `keep`; anything that is not a plain map is empty. */
function keepValues<T>(value: unknown, keep: (v: unknown) => v is T): Record<string, T> {
  if (!value || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return {};
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(value)) if (keep(v)) out[k] = v;
  return out;
}
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isAnswer = (v: unknown): v is string | number => typeof v === 'string' || isFiniteNumber(v);

/**
 * The document schemas, given the side's timestamp schema (a Timestamp in,
 * epoch millis out). Ids are not stored in the documents: add them after parsing.
 */
export function documentSchemas(timestamp: z.ZodType<number>) {
  const criterion = z.object({
    id: text(64),
    ...names,
    weight: z.number(),
    max: z.number(),
    step: z.number(),
    description: text(2000),
    descriptionEn: text(2000),
    levels: z.array(z.object({ min: z.number(), max: z.number(), text: text(500), textEn: text(500) })).max(10),
  });

  const competition = z.object({
    title: text(200),
    titleEn: text(200),
    organizerName: text(200),
    organizerNameEn: text(200),
    // Competitions written before these settings existed lack them.
    description: text(5000).default(''),
    descriptionEn: text(5000).default(''),
    rulesText: text(20000),
    rulesTextEn: text(20000).default(''),
    ownerUid: text(128).default(''),
    status: z.enum(['draft', 'registration', 'review', 'final', 'closed']),
    visibility: z.enum(['public', 'private']),
    blind: z.boolean(),
    feedbackToTeams: z.boolean().default(false),
    submissionOpensAt: timestamp,
    submissionDeadline: timestamp,
    tracks: z
      .array(
        z.object({ id: text(64), ...names, codePrefix: z.string().regex(/^[A-Z]$/), requiresCompany: z.boolean() }),
      )
      .max(50),
    entryForm: z.object({ questions: entryQuestionsSchema }),
    rounds: z
      .array(
        z.object({
          id: text(64),
          ...names,
          kind: z.enum(['online', 'roadshow']),
          status: z.enum(['pending', 'open', 'closed']),
          opensAt: timestamp.nullable().default(null),
          closesAt: timestamp.nullable().default(null),
          judgesPerEntry: z.int().min(1).nullable().default(null),
          rubric: z.object({ criteria: z.array(criterion).max(20) }),
        }),
      )
      .max(10),
    roundCriterionIds: z.record(text(64), z.array(text(64)).max(20)),
    openRoundIds: z.array(text(64)).max(10),
    aggregation: z.object({
      method: z.enum(['mean', 'median', 'trimmed-mean']),
      trim: z.number(),
      normalization: z.enum(['none', 'zscore']),
      minSheets: z.number(),
    }),
    ranking: z.object({ scope: z.enum(['overall', 'track']) }),
    awards: z
      .array(
        z.object({ id: text(64), label: text(100), labelEn: text(100), count: z.number(), track: text(64).nullable() }),
      )
      .max(50),
    createdAt: timestamp,
    updatedAt: timestamp,
  });

  const member = z.object({
    uid: text(128),
    competitionId: text(128),
    role: z.enum(['organizer', 'judge', 'team']),
    displayName: text(100),
    email: text(254),
    entryIds: z.array(text(128)).max(20),
    // Member documents written before judges had a profile lack these: none.
    tags: z.array(text(64)).max(20).default([]),
    organizations: z.array(text(200)).max(10).default([]),
    conflicts: z.array(text(128)).max(500).default([]),
    trackIds: z.array(text(64)).max(50).default([]),
    addedAt: timestamp,
  });

  const invitation = z.object({
    competitionId: text(128),
    competitionTitle: text(200),
    competitionTitleEn: text(200),
    role: z.enum(['judge', 'organizer']),
    name: text(100),
    email: text(254),
    status: z.enum(['pending', 'accepted', 'revoked']),
    createdAt: timestamp,
    createdBy: text(128),
    expiresAt: timestamp,
    acceptedAt: timestamp.nullable(),
    acceptedBy: text(128).nullable(),
    revokedAt: timestamp.nullable(),
  });

  const entry = z.object({
    code: text(20),
    trackId: text(64),
    title: text(200),
    field: text(100),
    summary: text(5000),
    problem: text(3000),
    solution: text(3000),
    stage: z.enum(['idea', 'prototype', 'revenue', '']),
    financing: text(500),
    // Checked against the competition's questions where they matter
    // (submitEntry's submit schema); elsewhere an answer that is no text or
    // number is read as unanswered, so it can never stop a computation.
    answers: z.unknown().transform((v) => keepValues(v, isAnswer)),
    status: z.enum(['draft', 'submitted', 'withdrawn', 'disqualified']),
    deckPath: text(1024).nullable(),
    revision: z.int().min(0),
    createdAt: timestamp,
    updatedAt: timestamp,
    submittedAt: timestamp.nullable(),
  });

  const identity = z.object({
    teamName: text(100),
    organization: text(200),
    contactName: text(100),
    contactPhone: text(32),
    contactEmail: text(254),
    members: z.array(z.object({ name: text(50), role: text(50) })).max(15),
    creditCode: text(18),
    ownerUids: z.array(text(128)).max(10),
  });

  const assignment = z.object({
    judgeUid: text(128),
    entryId: text(128),
    roundIds: z.array(text(64)).max(10),
    assignedAt: timestamp,
  });

  // A submitted sheet counts: every score must be a number (the engine then
  // checks ranges and completeness against the rubric). A draft or recused
  // sheet counts for nothing, so it is read for what it is: whatever is not a
  // finite number in it is a missing score, and a bad comment or date is blank.
  // Only functions write it; a value that is not a reopening reads as none.
  const reopened = z
    .object({ reason: text(1000), at: timestamp })
    .nullable()
    .catch(null);
  const submittedSheet = z.object({
    ...SHEET_FIELDS,
    status: z.literal('submitted'),
    scores: z.record(z.string(), z.number()),
    comments: z.record(z.string(), text(1000)),
    comment: text(2000),
    revision: z.int().min(0),
    updatedAt: timestamp,
    submittedAt: timestamp,
    reopened,
  });
  const uncountedSheet = z.object({
    ...SHEET_FIELDS,
    status: z.enum(['draft', 'recused']),
    scores: z.unknown().transform((v) => keepValues(v, isFiniteNumber)),
    comments: z.unknown().transform((v) => keepValues(v, isString)),
    comment: z.string().catch(''),
    revision: z.int().min(0).catch(0),
    updatedAt: timestamp.catch(0),
    submittedAt: timestamp.nullable().catch(null),
    reopened,
  });
  const sheet = z.discriminatedUnion('status', [submittedSheet, uncountedSheet]);

  // The live roadshow (stage.ts): written only by the stageControl function,
  // read back by it in the next call's transaction.
  const stageTeam = z.object({ entryId: text(128).min(1), code: text(20), title: text(200) });
  const stageTimer = z.object({
    segment: z.enum(['pitch', 'qa']),
    durationMs: z.int().min(0),
    elapsedMs: z.int().min(0),
    startedAt: timestamp.nullable(),
  });
  const entryIds = z.array(text(128)).max(300);
  const stage = z.object({
    roundId: text(64).min(1),
    order: entryIds,
    absent: entryIds,
    draw: z
      .object({
        seed: z.int().min(0).max(4294967295),
        from: entryIds,
        order: entryIds,
        at: timestamp,
        by: text(128),
      })
      .nullable(),
    phase: z.enum(['idle', 'on-stage', 'scoring', 'revealed']),
    current: stageTeam.nullable(),
    timer: stageTimer.nullable(),
    revealed: entryIds,
    showJudgeNames: z.boolean(),
    timing: z.object({ pitchSeconds: z.int().min(1), qaSeconds: z.int().min(1) }),
    revision: z.int().min(0),
    updatedAt: timestamp,
  });
  const reveal = z.object({
    roundId: text(64).min(1),
    entryId: text(128).min(1),
    code: text(20),
    title: text(200),
    sheets: z
      .array(
        z.object({
          judgeNumber: z.int().min(0),
          name: text(100).nullable(),
          total: text(20),
          struck: z.enum(['high', 'low']).nullable(),
        }),
      )
      .max(200),
    score: text(20),
    method: text(32),
    missing: z.int().min(0),
    revealedAt: timestamp,
    revealedBy: text(128),
  });
  const screenFeed = z.object({
    competitionId: text(128).min(1),
    roundId: text(64).min(1),
    title: text(200),
    titleEn: text(200),
    roundName: text(200),
    roundNameEn: text(200),
    phase: stage.shape.phase,
    current: stageTeam.nullable(),
    timer: stageTimer.nullable(),
    reveal: reveal.nullable(),
    leaderboard: z
      .array(z.object({ rank: z.int().min(1), code: text(20), title: text(200), score: text(20) }))
      .max(300),
    updatedAt: timestamp,
  });
  const stageScreen = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{32}$/), createdAt: timestamp });

  return {
    competition,
    member,
    entry,
    identity,
    assignment,
    sheet,
    invitation,
    stage,
    reveal,
    screenFeed,
    stageScreen,
  };
}

export type DocumentSchemas = ReturnType<typeof documentSchemas>;

// What the schemas give is a domain type (ids aside): a change to one without
// the other fails to compile here.
type Parsed<K extends keyof DocumentSchemas> = z.output<DocumentSchemas[K]>;
type Fits<A, B> = [A] extends [B] ? true : never;
export const SCHEMAS_FIT_MODEL: [
  Fits<Parsed<'competition'>, Omit<Competition, 'id'>>,
  Fits<Parsed<'member'>, Member>,
  Fits<Parsed<'entry'>, Omit<Entry, 'id'>>,
  Fits<Parsed<'identity'>, Omit<EntryIdentity, 'entryId'>>,
  Fits<Parsed<'assignment'>, Omit<Assignment, 'id'>>,
  Fits<Parsed<'sheet'>, Omit<ScoreSheet, 'id'>>,
  Fits<Parsed<'invitation'>, Omit<Invitation, 'token'>>,
  Fits<Parsed<'stage'>, Stage>,
  Fits<Parsed<'reveal'>, Reveal>,
  Fits<Parsed<'screenFeed'>, ScreenFeed>,
] = [true, true, true, true, true, true, true, true, true, true];
