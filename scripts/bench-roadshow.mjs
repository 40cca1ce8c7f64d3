// Latency benchmark of the live roadshow (issue 11), against running
// emulators: it starts nothing itself. `npm run bench` runs it inside fresh
// emulators:
//
//   node scripts/emulators/with-emulators.mjs "node scripts/bench-roadshow.mjs [--teams 20] [--judges 5]"
//
// It writes a roadshow competition of its own (an id and accounts no other
// data uses, deleted again at the end) with the Admin SDK, then drives real
// web-SDK clients (in Node: the same SDK as the browser, over gRPC instead of
// WebChannel), as on the day of the event:
//   - an organizer calls stageControl (next team, open scoring, reveal) and
//     follows the team's sheets with onSnapshot, as the stage control page;
//   - the judges call submitSheet one after another;
//   - a signed-out client follows screens/{token}, as the big screen.
// For every team it measures
//   - submit → stage control: from the moment a judge's submitSheet call
//     starts until the organizer's sheets listener sees the sheet submitted;
//   - reveal → screen: from the moment the stageControl reveal call starts
//     until the screen's listener sees that team's reveal.
// The first team is a warm-up and not counted (the Functions emulator loads a
// function on its first call; listeners connect). The goal is under 1 s for
// both; a median at or above it is a defect (exit 1).
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { getApps as getAdminApps, initializeApp as initializeAdminApp } from 'firebase-admin/app';
import { getAuth as getAdminAuth } from 'firebase-admin/auth';
import { getFirestore as getAdminFirestore, Timestamp } from 'firebase-admin/firestore';
import { deleteApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getFirestore,
  onSnapshot,
  query,
  setLogLevel,
  where,
} from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { prng } from './lib/prng.mjs';
import { buildDemoContest } from './seed/demo-contest.mjs';

const PROJECT_ID = 'demo-judging';
const ROUND = 'final';
const PASSWORD = 'bench-roadshow-1234';
const GOAL_MS = 1000;

const { values } = parseArgs({
  options: { teams: { type: 'string', default: '20' }, judges: { type: 'string', default: '5' } },
});
const TEAMS = Number(values.teams);
const JUDGES = Number(values.judges);
if (!(Number.isInteger(TEAMS) && TEAMS >= 1 && Number.isInteger(JUDGES) && JUDGES >= 1)) {
  console.error('usage: node scripts/bench-roadshow.mjs [--teams N>=1] [--judges N>=1]');
  process.exit(2);
}
for (const v of ['FIRESTORE_EMULATOR_HOST', 'FIREBASE_AUTH_EMULATOR_HOST', 'FIREBASE_EMULATOR_HUB']) {
  if (!process.env[v]) {
    console.error(
      `bench-roadshow: ${v} is not set. It runs against the emulators only: node scripts/emulators/with-emulators.mjs "node scripts/bench-roadshow.mjs"`,
    );
    process.exit(2);
  }
}
setLogLevel('silent');

const admin = getAdminApps()[0] ?? initializeAdminApp({ projectId: PROJECT_ID });
const adminDb = getAdminFirestore(admin);
const adminAuth = getAdminAuth(admin);
const run = `bench-${Date.now().toString(36)}`;
const cid = `${run}-roadshow`;
const organizer = { uid: `${run}-organizer`, email: `${run}-organizer@bench.local`, displayName: '基准测试主办方' };
const judges = Array.from({ length: JUDGES }, (_, i) => ({
  uid: `${run}-j${i + 1}`,
  email: `${run}-judge${i + 1}@bench.local`,
  displayName: `基准评委 ${i + 1}`,
}));

const ts = (ms) => (ms == null ? null : Timestamp.fromMillis(ms));

/** The demo's competition with its final roadshow open, TEAMS + 1 of its entries as finalists and the bench's judges. */
async function writeCompetition() {
  const demo = buildDemoContest();
  const c = demo.competition;
  const finalists = demo.entries
    .map((e) => e.entry)
    .filter((e) => e.status === 'submitted')
    .slice(0, TEAMS + 1);
  if (finalists.length < TEAMS + 1) throw new Error(`the demo has only ${finalists.length} submitted entries`);
  for (const u of [organizer, ...judges]) {
    await adminAuth.createUser({ ...u, password: PASSWORD, emailVerified: true });
  }
  const writer = adminDb.bulkWriter();
  writer.set(adminDb.doc(`competitions/${cid}`), {
    ...c,
    title: `${c.title}（延迟基准）`,
    ownerUid: organizer.uid,
    status: 'final',
    rounds: c.rounds.map((r) => ({
      ...r,
      status: r.id === ROUND ? 'open' : 'closed',
      opensAt: ts(r.opensAt),
      closesAt: ts(r.closesAt),
    })),
    openRoundIds: [ROUND],
    submissionOpensAt: ts(c.submissionOpensAt),
    submissionDeadline: ts(c.submissionDeadline),
    createdAt: ts(c.createdAt),
    updatedAt: ts(Date.now()),
  });
  const member = (u, role) =>
    writer.set(adminDb.doc(`competitions/${cid}/members/${u.uid}`), {
      uid: u.uid,
      competitionId: cid,
      role,
      displayName: u.displayName,
      email: u.email,
      entryIds: [],
      tags: [],
      organizations: [],
      conflicts: [],
      trackIds: [],
      addedAt: ts(Date.now()),
    });
  member(organizer, 'organizer');
  for (const j of judges) member(j, 'judge');
  for (const { id, ...entry } of finalists) {
    writer.set(adminDb.doc(`competitions/${cid}/entries/${id}`), {
      ...entry,
      createdAt: ts(entry.createdAt),
      updatedAt: ts(entry.updatedAt),
      submittedAt: ts(entry.submittedAt),
    });
    for (const j of judges) {
      writer.set(adminDb.doc(`competitions/${cid}/assignments/${j.uid}__${id}`), {
        judgeUid: j.uid,
        entryId: id,
        roundIds: [ROUND],
        assignedAt: ts(Date.now()),
      });
    }
  }
  await writer.close();
}

/** Where the Functions emulator listens, as the emulator hub lists it. */
async function functionsHost() {
  const listed = await (await fetch(`http://${process.env.FIREBASE_EMULATOR_HUB}/emulators`)).json();
  if (!listed.functions) throw new Error('The Functions emulator is not running.');
  return listed.functions;
}

let apps = 0;
/** A web-SDK client (Firestore and Functions), signed in when an account is given. */
async function client(account, fns) {
  const app = initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-key' }, `bench-${++apps}`);
  if (account) {
    const auth = getAuth(app);
    connectAuthEmulator(auth, `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}`, { disableWarnings: true });
    await signInWithEmailAndPassword(auth, account.email, PASSWORD);
  }
  const db = getFirestore(app);
  const [host, port] = process.env.FIRESTORE_EMULATOR_HOST.split(':');
  connectFirestoreEmulator(db, host, Number(port));
  const functions = getFunctions(app);
  connectFunctionsEmulator(functions, fns.host, fns.port);
  return { app, db, call: (name, data) => httpsCallable(functions, name)(data).then((r) => r.data) };
}

/** Resolves when `test` holds for a value `listen` delivers (resolved at most once). */
function waiter() {
  let pending = [];
  return {
    /** Wait until some later value passes `test`; resolves with the time it arrived. */
    until: (test) => new Promise((resolve) => pending.push({ test, resolve })),
    /** A value arrived at `at`. */
    offer(value, at) {
      pending = pending.filter((p) => (p.test(value) ? (p.resolve(at), false) : true));
    },
  };
}

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}
const ms = (x) => `${x.toFixed(0).padStart(4)} ms`;

async function cleanUp(token) {
  await adminDb.recursiveDelete(adminDb.doc(`competitions/${cid}`));
  if (token) await adminDb.doc(`screens/${token}`).delete();
  await adminAuth.deleteUsers([organizer, ...judges].map((u) => u.uid));
}

const rand = prng(2026_11_26);
const score = () => 60 + Math.floor(rand() * 39);
const clients = [];
let token = null;
const submitLatency = [];
const submitCall = [];
const revealLatency = [];
const revealCall = [];
try {
  await writeCompetition();
  const fns = await functionsHost();
  const control = await client(organizer, fns);
  const phones = await Promise.all(judges.map((j) => client(j, fns)));
  const screen = await client(null, fns);
  clients.push(control, ...phones, screen);

  await control.call('stageControl', { competitionId: cid, roundId: ROUND, action: { type: 'init' } });
  ({ token } = await control.call('stageControl', {
    competitionId: cid,
    roundId: ROUND,
    action: { type: 'screenLink' },
  }));

  // The big screen: signed out, one document.
  const onScreen = waiter();
  const stopScreen = onSnapshot(doc(screen.db, 'screens', token), (snap) =>
    onScreen.offer(snap.data() ?? null, performance.now()),
  );

  for (let team = 0; team <= TEAMS; team++) {
    const counted = team > 0;
    const act = (action) => control.call('stageControl', { competitionId: cid, roundId: ROUND, action });
    const { stage } = await act({ type: 'next' });
    const entryId = stage.current.entryId;
    await act({ type: 'openScoring' });

    // The stage control's view of the team's sheets.
    const onSheets = waiter();
    let first;
    const firstSnapshot = new Promise((resolve) => (first = resolve));
    const stopSheets = onSnapshot(
      query(
        collection(control.db, 'competitions', cid, 'sheets'),
        where('roundId', '==', ROUND),
        where('entryId', '==', entryId),
      ),
      (snap) => {
        const at = performance.now();
        first();
        onSheets.offer(new Set(snap.docs.filter((d) => d.get('status') === 'submitted').map((d) => d.id)), at);
      },
    );
    await firstSnapshot;

    for (const [i, phone] of phones.entries()) {
      const sheetId = `${ROUND}__${judges[i].uid}__${entryId}`;
      const seen = onSheets.until((submitted) => submitted.has(sheetId));
      const t0 = performance.now();
      await phone.call('submitSheet', {
        competitionId: cid,
        roundId: ROUND,
        entryId,
        scores: { value: score(), presentation: score(), answers: score() },
      });
      const returned = performance.now();
      const at = await seen;
      if (counted) {
        submitLatency.push(at - t0);
        submitCall.push(returned - t0);
      }
    }
    stopSheets();

    const shown = onScreen.until((feed) => feed?.phase === 'revealed' && feed.reveal?.entryId === entryId);
    const t0 = performance.now();
    await act({ type: 'reveal' });
    const returned = performance.now();
    const at = await shown;
    if (counted) {
      revealLatency.push(at - t0);
      revealCall.push(returned - t0);
    }
    process.stderr.write(counted ? '.' : 'warm-up done ');
  }
  process.stderr.write('\n');
  stopScreen();
} finally {
  await Promise.all(clients.map((c) => deleteApp(c.app)));
  await cleanUp(token);
}

console.log(
  `roadshow latency on the local emulators: ${TEAMS} teams × ${JUDGES} judges, web-SDK clients (node ${process.version}), warm-up team not counted`,
);
// The figures depend on what else the machine runs: say how busy it was.
console.log(
  `  ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min)`,
);
console.log(
  `  submit → stage control : median ${ms(median(submitLatency))}, p95 ${ms(quantile(submitLatency, 0.95))}, max ${ms(Math.max(...submitLatency))} (n = ${submitLatency.length}; the submitSheet call alone: median ${ms(median(submitCall))})`,
);
console.log(
  `  reveal → big screen    : median ${ms(median(revealLatency))}, p95 ${ms(quantile(revealLatency, 0.95))}, max ${ms(Math.max(...revealLatency))} (n = ${revealLatency.length}; the stageControl reveal call alone: median ${ms(median(revealCall))})`,
);
console.log(`  goal: under ${GOAL_MS} ms each; a median at or above it is a defect`);
for (const [name, xs] of [
  ['submit → stage control', submitLatency],
  ['reveal → big screen', revealLatency],
]) {
  if (median(xs) >= GOAL_MS) {
    console.error(`bench-roadshow: ${name} took a median of ${median(xs).toFixed(0)} ms, not under ${GOAL_MS} ms`);
    process.exitCode = 1;
  }
}
// Listeners' gRPC channels can keep the process alive after deleteApp.
process.exit(process.exitCode ?? 0);
