// Fixtures of the people suites (invitations.test.ts, people.test.ts): each
// test builds its own competition with the Admin SDK, under a fresh id, so no
// test depends on the demo seed or on another test's changes.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { presetCompetition } from '@/domain/settings';
import { DEMO_PASSWORD } from '../../scripts/seed/demo-accounts.mjs';
import { fft } from './functions-build';

const app = () => getApps()[0] ?? initializeApp({ projectId: 'demo-judging' });
export const db = () => getFirestore(app());
export const auth = () => getAuth(app());

export const DAY = 24 * 60 * 60 * 1000;
const ts = (ms: number) => Timestamp.fromMillis(ms);

export interface Caller {
  uid: string;
  email?: string;
  name?: string;
}
export type Call = (data: unknown, caller?: Caller) => Promise<unknown>;

/** A callable of the built functions (functions/lib), called in-process as `caller` (with their token's email). */
export async function loadPeopleCallable(name: string): Promise<Call> {
  const built = join(process.cwd(), 'functions', 'lib', 'index.js');
  if (!existsSync(built)) throw new Error(`${built} is missing: the emulator suites build it.`);
  const mod = (await import(pathToFileURL(built).href)) as Record<string, unknown>;
  if (!mod[name]) throw new Error(`functions/lib exports no ${name}`);
  const wrapped = fft.wrap(mod[name] as never) as unknown as (req: unknown) => Promise<unknown>;
  return (data, caller) =>
    wrapped({
      data,
      ...(caller
        ? {
            auth: {
              uid: caller.uid,
              token: {
                uid: caller.uid,
                ...(caller.email ? { email: caller.email } : {}),
                ...(caller.name ? { name: caller.name } : {}),
              },
            },
          }
        : {}),
    });
}

/** The people of a fixture competition: uids and emails unique to it. */
export interface Fixture {
  cid: string;
  owner: Caller;
  organizer: Caller;
  judge: Caller;
  judge2: Caller;
  team: Caller;
  /** An organizer of another competition, with no role in this one. */
  stranger: Caller;
}

const person = (cid: string, name: string): Caller => ({
  uid: `${cid}-${name}`,
  email: `${name}.${cid}@people.test`,
});

export async function memberDoc(cid: string, p: Caller, role: string, extra: Record<string, unknown> = {}) {
  await db()
    .doc(`competitions/${cid}/members/${p.uid}`)
    .set({
      uid: p.uid,
      competitionId: cid,
      role,
      displayName: p.uid,
      email: p.email ?? '',
      entryIds: [],
      tags: [],
      organizations: [],
      conflicts: [],
      trackIds: [],
      addedAt: ts(Date.now()),
      ...extra,
    });
}

/** A preset competition owned by `owner`, with a second organizer, two judges and a team. */
export async function makeCompetition(): Promise<Fixture> {
  const cid = `p${randomUUID().slice(0, 8)}`;
  const f: Fixture = {
    cid,
    owner: person(cid, 'owner'),
    organizer: person(cid, 'org2'),
    judge: person(cid, 'judge'),
    judge2: person(cid, 'judge2'),
    team: person(cid, 'team'),
    stranger: person(cid, 'stranger'),
  };
  const now = Date.now();
  const c = presetCompetition({ title: `测试大赛 ${cid}`, titleEn: `Contest ${cid}`, ownerUid: f.owner.uid, now });
  await db()
    .doc(`competitions/${cid}`)
    .set({
      ...c,
      status: 'review',
      rounds: c.rounds.map((r) => ({
        ...r,
        opensAt: r.opensAt === null ? null : ts(r.opensAt),
        closesAt: r.closesAt === null ? null : ts(r.closesAt),
      })),
      submissionOpensAt: ts(c.submissionOpensAt),
      submissionDeadline: ts(c.submissionDeadline),
      createdAt: ts(now),
      updatedAt: ts(now),
    });
  await Promise.all([
    memberDoc(cid, f.owner, 'organizer'),
    memberDoc(cid, f.organizer, 'organizer'),
    memberDoc(cid, f.judge, 'judge', { tags: ['AI'] }),
    memberDoc(cid, f.judge2, 'judge'),
    memberDoc(cid, f.team, 'team', { entryIds: [`${cid}-e1`] }),
  ]);
  // The stranger organizes a competition of their own.
  const other = `${cid}-other`;
  await db().doc(`competitions/${other}`).set({ title: 'other' });
  await memberDoc(other, f.stranger, 'organizer');
  return f;
}

export async function entryDoc(cid: string, eid: string, status: string, submittedAt: number | null = Date.now()) {
  const now = Date.now();
  await db()
    .doc(`competitions/${cid}/entries/${eid}`)
    .set({
      code: `A${eid.slice(-3)}`,
      trackId: 'enterprise',
      title: `项目 ${eid}`,
      field: 'AI',
      summary: '',
      problem: '',
      solution: '',
      stage: 'idea',
      financing: '',
      answers: {},
      status,
      deckPath: null,
      revision: 3,
      createdAt: ts(now),
      updatedAt: ts(now),
      submittedAt: submittedAt === null ? null : ts(submittedAt),
    });
}

export async function assignmentDoc(cid: string, judgeUid: string, entryId: string, roundIds = ['review']) {
  await db()
    .doc(`competitions/${cid}/assignments/${judgeUid}__${entryId}`)
    .set({ judgeUid, entryId, roundIds, assignedAt: ts(Date.now()) });
}

export async function sheetDoc(cid: string, judgeUid: string, entryId: string, status: string, roundId = 'review') {
  const now = Date.now();
  await db()
    .doc(`competitions/${cid}/sheets/${roundId}__${judgeUid}__${entryId}`)
    .set({
      roundId,
      judgeUid,
      entryId,
      status,
      scores: status === 'submitted' ? { tech: 8 } : {},
      comments: {},
      comment: '',
      revision: 1,
      updatedAt: ts(now),
      submittedAt: status === 'draft' ? null : ts(now),
    });
}

/** The audit events of a competition of `type`, oldest first, without their times. */
export async function auditOf(cid: string, type: string) {
  const snap = await db().collection(`competitions/${cid}/audit`).where('type', '==', type).get();
  return snap.docs
    .map((d) => d.data())
    .sort((a, b) => (a.at as Timestamp).toMillis() - (b.at as Timestamp).toMillis())
    .map(({ at: _at, type: _type, ...rest }) => rest);
}

/** An Auth account for `p` with the demo password, so the web SDK can sign in as them. */
export async function account(p: Caller): Promise<void> {
  try {
    await auth().createUser({ uid: p.uid, email: p.email, password: DEMO_PASSWORD });
  } catch (err) {
    if ((err as { code?: string }).code !== 'auth/uid-already-exists') throw err;
  }
}

export async function ids(path: string): Promise<string[]> {
  return (await db().collection(path).get()).docs.map((d) => d.id).sort();
}

/**
 * The first Firestore calls of a run (the emulator's and the functions'
 * clients starting) can take many seconds on a loaded machine: done in a
 * hook, with the hook's timeout, not in the first test.
 */
export async function warmUp(call: Call): Promise<void> {
  const f = await makeCompetition();
  await call({ competitionId: f.cid }, f.owner).catch(() => undefined);
}
