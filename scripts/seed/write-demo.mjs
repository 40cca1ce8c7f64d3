// Writes the demo contest to the emulators with the Admin SDK.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { buildDemoContest, DEMO_COMPETITION_ID } from './demo-contest.mjs';
import { buildOpenContest, OPEN_COMPETITION_ID, OPEN_FOR_MS } from './open-contest.mjs';

const PROJECT_ID = 'demo-judging';

function assertEmulators() {
  for (const v of ['FIRESTORE_EMULATOR_HOST', 'FIREBASE_AUTH_EMULATOR_HOST']) {
    if (!process.env[v]) throw new Error(`${v} is not set: the seed only ever writes to the local emulators.`);
  }
}

const app = () => getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
const ts = (ms) => (ms === null ? null : Timestamp.fromMillis(ms));

/** Empties the emulators' Firestore and Auth (emulator-only REST endpoints). */
export async function clearEmulators() {
  assertEmulators();
  const fs = process.env.FIRESTORE_EMULATOR_HOST;
  const auth = process.env.FIREBASE_AUTH_EMULATOR_HOST;
  for (const url of [
    `http://${fs}/emulator/v1/projects/${PROJECT_ID}/databases/(default)/documents`,
    `http://${auth}/emulator/v1/projects/${PROJECT_ID}/accounts`,
  ]) {
    const res = await fetch(url, { method: 'DELETE' });
    if (!res.ok) throw new Error(`could not clear ${url}: HTTP ${res.status}`);
  }
}

async function upsertUser(auth, { uid, email, displayName }, password) {
  try {
    await auth.updateUser(uid, { email, displayName, password, emailVerified: true });
  } catch (err) {
    if (err?.code !== 'auth/user-not-found') throw err;
    await auth.createUser({ uid, email, displayName, password, emailVerified: true });
  }
}

const competitionDoc = (c) => ({
  ...c,
  rounds: c.rounds.map((r) => ({
    ...r,
    opensAt: r.opensAt == null ? null : ts(r.opensAt),
    closesAt: r.closesAt == null ? null : ts(r.closesAt),
  })),
  submissionOpensAt: ts(c.submissionOpensAt),
  submissionDeadline: ts(c.submissionDeadline),
  createdAt: ts(c.createdAt),
  updatedAt: ts(c.updatedAt),
});

/**
 * Kept data (npm run dev restarts) must not leave the open demo closed: when
 * its deadline is less than a week away, it moves to 30 days from now again.
 */
async function keepOpenContestOpen(db) {
  const ref = db.doc(`competitions/${OPEN_COMPETITION_ID}`);
  const snap = await ref.get();
  const now = Date.now();
  if (!snap.exists) {
    await ref.set(competitionDoc(buildOpenContest(now)));
    return;
  }
  const deadline = snap.get('submissionDeadline');
  if (deadline instanceof Timestamp && deadline.toMillis() - now > 7 * 24 * 60 * 60 * 1000) return;
  await ref.update({ submissionDeadline: ts(now + OPEN_FOR_MS), updatedAt: ts(now) });
}

/** @returns the counts written, or null when ifEmpty and the demo is already there. */
export async function seedDemo({ ifEmpty = false, fresh = false } = {}) {
  assertEmulators();
  const db = getFirestore(app());
  const auth = getAuth(app());
  const cid = DEMO_COMPETITION_ID;
  const compRef = db.doc(`competitions/${cid}`);
  if (ifEmpty && (await compRef.get()).exists) {
    await keepOpenContestOpen(db);
    return null;
  }

  const demo = buildDemoContest();
  const users = [demo.organizer, ...demo.judges, ...demo.entries.map((e) => e.team)];
  // The accounts (Auth emulator) and the documents (Firestore emulator) are
  // written at once. Just after clearEmulators (`fresh`) every account is
  // created outright, all together, rather than first tried as an update.
  const accounts = fresh
    ? Promise.all(
        users.map(({ uid, email, displayName }) =>
          auth.createUser({ uid, email, displayName, password: demo.password, emailVerified: true }),
        ),
      )
    : (async () => {
        // The Auth emulator is quick, but 84 accounts one by one still add up.
        for (let i = 0; i < users.length; i += 12) {
          await Promise.all(users.slice(i, i + 12).map((u) => upsertUser(auth, u, demo.password)));
        }
      })();

  const writer = db.bulkWriter();
  writer.set(compRef, competitionDoc(demo.competition));
  writer.set(db.doc(`competitions/${OPEN_COMPETITION_ID}`), competitionDoc(buildOpenContest(Date.now())));
  const c = demo.competition;
  const addedAt = ts(c.createdAt);
  const member = (u, role, entryIds = [], competitionId = cid) => {
    writer.set(db.doc(`competitions/${competitionId}/members/${u.uid}`), {
      uid: u.uid,
      competitionId,
      role,
      displayName: u.displayName,
      email: u.email,
      entryIds,
      tags: u.tags ?? [],
      organizations: u.organizations ?? [],
      conflicts: u.conflicts ?? [],
      trackIds: u.trackIds ?? [],
      addedAt,
    });
    writer.set(db.doc(`users/${u.uid}`), {
      displayName: u.displayName,
      email: u.email,
      locale: 'zh-CN',
      createdAt: addedAt,
    });
  };
  member(demo.organizer, 'organizer');
  // The organizer runs the second edition too.
  member(demo.organizer, 'organizer', [], OPEN_COMPETITION_ID);
  for (const j of demo.judges) member(j, 'judge');
  for (const { team, entry, identity } of demo.entries) {
    member(team, 'team', [entry.id]);
    const { id, ...fields } = entry;
    writer.set(db.doc(`competitions/${cid}/entries/${id}`), {
      ...fields,
      createdAt: ts(entry.createdAt),
      updatedAt: ts(entry.updatedAt),
      submittedAt: ts(entry.submittedAt),
    });
    writer.set(db.doc(`competitions/${cid}/entryIdentities/${id}`), identity);
  }
  for (const a of demo.assignments) {
    writer.set(db.doc(`competitions/${cid}/assignments/${a.judgeUid}__${a.entryId}`), {
      ...a,
      assignedAt: ts(a.assignedAt),
    });
  }
  // The plan the review round was assigned with, as assignRound stores it:
  // a recusal re-runs it.
  writer.set(db.doc(`competitions/${cid}/assignmentPlans/${demo.reviewPlan.roundId}`), {
    strategy: demo.reviewPlan.strategy,
    pools: demo.reviewPlan.pools,
    updatedAt: ts(demo.reviewPlan.updatedAt),
    updatedBy: demo.organizer.uid,
  });
  for (const s of demo.sheets) {
    writer.set(db.doc(`competitions/${cid}/sheets/${s.roundId}__${s.judgeUid}__${s.entryId}`), {
      ...s,
      updatedAt: ts(s.updatedAt),
      submittedAt: ts(s.submittedAt),
    });
  }
  await Promise.all([accounts, writer.close()]);
  return { entries: demo.entries.length, sheets: demo.sheets.length, users: users.length };
}
