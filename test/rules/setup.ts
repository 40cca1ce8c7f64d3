// Shared test environment for the firestore.rules suites: one emulator, the
// rules loaded from the repo, and a small fixture seeded (rules disabled)
// before every test after clearing the database.
//
// Cast of the fixture:
//   c1 (private, review round open, deadline in a week)
//     o1 organizer, j1 and j2 judges, t1 team owning e1 (submitted,
//     enterprise track: its identity has a credit code), t2 team owning e2
//     (draft, startup track: no company); every entry at revision 0;
//     assignment j1__e1 for round 'review'
//     pending judge invitation i1 (for u9@example.com)
//   c2 (public) o2 organizer, j3 judge, t3 team owning x1
//   u9 signed in, member of nothing
import { readFileSync } from 'node:fs';
import {
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { Timestamp, doc, setLogLevel, writeBatch, type DocumentData, type Firestore } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export const PROJECT_ID = 'demo-judging';

// Denied requests are the point of half the tests: keep the SDK from logging
// each one as a warning.
setLogLevel('silent');
const DAY_MS = 24 * 60 * 60 * 1000;

function firestoreHost(): { host: string; port: number } {
  const value = process.env.FIRESTORE_EMULATOR_HOST;
  if (!value) {
    throw new Error(
      'FIRESTORE_EMULATOR_HOST is not set: run the rules suites through scripts/emulators/with-emulators.mjs.',
    );
  }
  const at = value.lastIndexOf(':');
  return { host: value.slice(0, at), port: Number(value.slice(at + 1)) };
}

/** The modular Firestore API over a test context (its typings are compat). */
export const dbOf = (ctx: RulesTestContext): Firestore => ctx.firestore() as unknown as Firestore;

// ---- Fixture documents ------------------------------------------------------

export const ts = (offsetMs: number): Timestamp => Timestamp.fromMillis(Date.now() + offsetMs);
export const past = (): Timestamp => ts(-DAY_MS);
export const future = (): Timestamp => ts(7 * DAY_MS);
const created = Timestamp.fromMillis(Date.UTC(2025, 2, 1));

/**
 * One of a competition's own entry-form questions. Rules cannot look inside
 * list elements (the functions check them), so only the list's size matters.
 */
export function entryQuestion(id: string): DocumentData {
  return { id, kind: 'short-text', label: '目标客户是谁？', labelEn: 'Who are your customers?', required: true };
}

/**
 * A well-formed 统一社会信用代码 (GB 32100 alphabet, valid check character), for
 * identities of tracks that require a company.
 */
export const CREDIT_CODE = '91350100M000100Y43';

/** A rubric criterion with a short description and a two-band level guide. */
export function criterion(id: string, weight: number, max: number, step: number): DocumentData {
  return {
    id,
    name: id,
    nameEn: id,
    weight,
    max,
    step,
    description: `How good is the ${id}?`,
    descriptionEn: `How good is the ${id}?`,
    levels: [
      { min: max / 2, max, text: '好', textEn: 'Good' },
      { min: 0, max: max / 2, text: '一般', textEn: 'Fair' },
    ],
  };
}

export function competitionDoc(overrides: DocumentData = {}): DocumentData {
  return {
    title: '创新创业大赛',
    titleEn: 'Innovation and Entrepreneurship Challenge',
    organizerName: '高新区管委会',
    organizerNameEn: 'High-tech Zone Administration',
    description: '面向高新区科技型企业和创业团队。\n设企业组和创意组。',
    descriptionEn: 'For technology companies and start-up teams.\nAn enterprise and a start-up track.',
    rulesText: '第一条 参赛项目须为原创。\n第二条 每个团队限报一个项目。',
    rulesTextEn: 'Rule 1: projects must be original.\nRule 2: one project per team.',
    ownerUid: 'o1',
    status: 'review',
    visibility: 'private',
    blind: true,
    feedbackToTeams: false,
    submissionOpensAt: past(),
    submissionDeadline: future(),
    tracks: [
      { id: 'enterprise', name: '企业组', nameEn: 'Enterprise', codePrefix: 'E', requiresCompany: true },
      { id: 'startup', name: '创意组', nameEn: 'Startup', codePrefix: 'S', requiresCompany: false },
    ],
    entryForm: { questions: [entryQuestion('q1')] },
    rounds: [
      {
        id: 'review',
        name: '网评',
        nameEn: 'Online review',
        kind: 'online',
        status: 'open',
        opensAt: past(),
        closesAt: future(),
        judgesPerEntry: 5,
        rubric: {
          criteria: [
            criterion('innovation', 40, 10, 0.5),
            criterion('market', 30, 10, 0.5),
            criterion('team', 30, 10, 1),
          ],
        },
      },
      {
        id: 'final',
        name: '决赛',
        nameEn: 'Final',
        kind: 'roadshow',
        status: 'pending',
        opensAt: null,
        closesAt: null,
        // Every judge scores every finalist on stage.
        judgesPerEntry: null,
        rubric: { criteria: [criterion('pitch', 60, 100, 1), criterion('answers', 40, 100, 1)] },
      },
    ],
    roundCriterionIds: { review: ['innovation', 'market', 'team'], final: ['pitch', 'answers'] },
    openRoundIds: ['review'],
    aggregation: { method: 'trimmed-mean', trim: 1, normalization: 'none', minSheets: 3 },
    ranking: { scope: 'track' },
    awards: [{ id: 'first', label: '一等奖', labelEn: 'First prize', count: 1, track: 'enterprise' }],
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}

export function memberDoc(
  cid: string,
  uid: string,
  role: 'organizer' | 'judge' | 'team',
  entryIds: string[] = [],
): DocumentData {
  return {
    uid,
    competitionId: cid,
    role,
    displayName: `User ${uid}`,
    email: `${uid}@example.com`,
    entryIds,
    tags: [],
    organizations: [],
    conflicts: [],
    trackIds: [],
    addedAt: created,
  };
}

/** An invitation as createInvitations writes it (doc id = token), pending for two weeks. */
export function invitationDoc(
  cid: string,
  email: string,
  role: 'judge' | 'organizer' = 'judge',
  overrides: DocumentData = {},
): DocumentData {
  return {
    competitionId: cid,
    competitionTitle: '创新创业大赛',
    competitionTitleEn: 'Innovation and Entrepreneurship Challenge',
    role,
    name: '李四',
    email,
    status: 'pending',
    createdAt: created,
    createdBy: 'o1',
    expiresAt: ts(14 * DAY_MS),
    acceptedAt: null,
    acceptedBy: null,
    revokedAt: null,
    ...overrides,
  };
}

export function entryDoc(code: string, overrides: DocumentData = {}): DocumentData {
  return {
    code,
    trackId: 'enterprise',
    title: `Project ${code}`,
    field: '人工智能',
    summary: 'A summary.',
    problem: '',
    solution: '',
    stage: '',
    financing: '',
    answers: {},
    status: 'draft',
    deckPath: null,
    revision: 0,
    createdAt: created,
    updatedAt: created,
    submittedAt: null,
    ...overrides,
  };
}

export function identityDoc(teamName: string, ownerUids: string[], overrides: DocumentData = {}): DocumentData {
  return {
    teamName,
    organization: '某大学',
    contactName: '张三',
    contactPhone: '13800000000',
    contactEmail: 'team@example.com',
    members: [{ name: '张三', role: '队长' }],
    creditCode: '',
    ownerUids,
    ...overrides,
  };
}

export function assignmentDoc(judgeUid: string, entryId: string, roundIds: string[]): DocumentData {
  return { judgeUid, entryId, roundIds, assignedAt: created };
}

export function sheetDoc(
  roundId: string,
  judgeUid: string,
  entryId: string,
  overrides: DocumentData = {},
): DocumentData {
  return {
    roundId,
    judgeUid,
    entryId,
    status: 'draft',
    scores: { innovation: 8 },
    comments: {},
    comment: '',
    revision: 1,
    updatedAt: created,
    submittedAt: null,
    ...overrides,
  };
}

export function fixture(): Record<string, DocumentData> {
  return {
    'users/j1': { displayName: 'Judge One', email: 'j1@example.com', locale: 'zh-CN', createdAt: created },
    'competitions/c1': competitionDoc(),
    'competitions/c1/members/o1': memberDoc('c1', 'o1', 'organizer'),
    'competitions/c1/members/j1': memberDoc('c1', 'j1', 'judge'),
    'competitions/c1/members/j2': memberDoc('c1', 'j2', 'judge'),
    'competitions/c1/members/t1': memberDoc('c1', 't1', 'team', ['e1']),
    'competitions/c1/members/t2': memberDoc('c1', 't2', 'team', ['e2']),
    'competitions/c1/entries/e1': entryDoc('E-001', { status: 'submitted', submittedAt: created }),
    'competitions/c1/entries/e2': entryDoc('E-002', { trackId: 'startup' }),
    'competitions/c1/entryIdentities/e1': identityDoc('Team One', ['t1'], {
      organization: '某科技有限公司',
      creditCode: CREDIT_CODE,
    }),
    'competitions/c1/entryIdentities/e2': identityDoc('Team Two', ['t2']),
    'competitions/c1/assignments/j1__e1': assignmentDoc('j1', 'e1', ['review']),
    'competitions/c1/results/review': {
      roundId: 'review',
      computedAt: created,
      computedBy: 'o1',
      results: {},
      exportSha256: 'ab',
    },
    'competitions/c1/publishedResults/v1': {
      roundId: 'review',
      version: 1,
      publishedAt: created,
      publishedBy: 'o1',
      results: {},
      exportPath: 'public/c1/v1/export.json',
      exportSha256: 'ab',
    },
    'competitions/c1/audit/a1': {
      type: 'sheet.submitted',
      actorUid: 'j1',
      at: created,
      subject: { kind: 'sheet', id: 'review__j1__e1' },
      data: {},
    },
    'competitions/c1/invitations/i1': invitationDoc('c1', 'u9@example.com'),
    'competitions/c2': competitionDoc({ title: '公开赛', visibility: 'public', ownerUid: 'o2' }),
    'competitions/c2/members/o2': memberDoc('c2', 'o2', 'organizer'),
    'competitions/c2/members/j3': memberDoc('c2', 'j3', 'judge'),
    'competitions/c2/members/t3': memberDoc('c2', 't3', 'team', ['x1']),
    'competitions/c2/entries/x1': entryDoc('E-101'),
    'competitions/c2/publishedResults/v1': {
      roundId: 'review',
      version: 1,
      publishedAt: created,
      publishedBy: 'o2',
      results: {},
      exportPath: 'public/c2/v1/export.json',
      exportSha256: 'cd',
    },
  };
}

// ---- Environment ------------------------------------------------------------

export interface RulesHarness {
  /** Firestore as a signed-in user (token email `${uid}@example.com`). */
  as(uid: string, claims?: Record<string, unknown>): Firestore;
  /** Firestore as a signed-out visitor. */
  anon(): Firestore;
  /** Writes documents with rules disabled (path → data). */
  seed(docs: Record<string, DocumentData>): Promise<void>;
  /** Deletes documents with rules disabled. */
  remove(...paths: string[]): Promise<void>;
  env(): RulesTestEnvironment;
}

/**
 * Registers the suite hooks: start the test environment once per file, clear
 * the database and seed the fixture before each test, clean up at the end.
 */
export function useRulesEnv(): RulesHarness {
  let testEnv: RulesTestEnvironment | undefined;
  const env = (): RulesTestEnvironment => {
    if (!testEnv) throw new Error('The rules test environment has not started.');
    return testEnv;
  };

  const seed = async (docs: Record<string, DocumentData>): Promise<void> => {
    await env().withSecurityRulesDisabled(async (ctx) => {
      const db = dbOf(ctx);
      const batch = writeBatch(db);
      for (const [path, data] of Object.entries(docs)) batch.set(doc(db, path), data);
      await batch.commit();
    });
  };

  const remove = async (...paths: string[]): Promise<void> => {
    await env().withSecurityRulesDisabled(async (ctx) => {
      const db = dbOf(ctx);
      const batch = writeBatch(db);
      for (const path of paths) batch.delete(doc(db, path));
      await batch.commit();
    });
  };

  beforeAll(async () => {
    testEnv = await initializeTestEnvironment({
      projectId: PROJECT_ID,
      firestore: { rules: readFileSync('firestore.rules', 'utf8'), ...firestoreHost() },
    });
  });

  beforeEach(async () => {
    await env().clearFirestore();
    await seed(fixture());
  });

  afterAll(async () => {
    await testEnv?.cleanup();
  });

  return {
    as: (uid, claims = {}) => dbOf(env().authenticatedContext(uid, { email: `${uid}@example.com`, ...claims })),
    anon: () => dbOf(env().unauthenticatedContext()),
    seed,
    remove,
    env,
  };
}
