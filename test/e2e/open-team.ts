// Teams of the open demo competition (xining-2022) for the browser suites,
// written with the Admin SDK exactly as registerTeam writes them, plus the
// files they upload: each suite starts from a team of its own in a known state.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore, Timestamp } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { blankEntry, type Entry } from '../../src/domain/model';
import { withoutBackgroundTriggers } from '../../scripts/emulators/background-triggers.mjs';
import { useEmulatorHosts } from '../../scripts/seed/emulator-hosts.mjs';
import { OPEN_COMPETITION_ID } from '../../scripts/seed/open-contest.mjs';

useEmulatorHosts();

export const CID: string = OPEN_COMPETITION_ID;
export const PROJECT_ID = 'demo-judging';
export const admin = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
export const adminDb = getFirestore(admin);
export const bucket = () => getStorage(admin).bucket(`${PROJECT_ID}.appspot.com`);
export const entryRef = (eid: string) => adminDb.doc(`competitions/${CID}/entries/${eid}`);
export const storedEntry = async (eid: string) => (await entryRef(eid).get()).data()!;

export interface OpenTeam {
  uid: string;
  email: string;
  password: string;
  eid: string;
  code: string;
  teamName: string;
}

/** The content fields of an entry a suite may fill in beforehand. */
type EntryContent = Partial<
  Pick<Entry, 'title' | 'field' | 'summary' | 'problem' | 'solution' | 'stage' | 'financing' | 'answers'>
>;

let made = 0;
const run = Date.now().toString(36);

/** A new account with a registered team (team track) of the open competition; its entry a draft. */
export async function createOpenTeam(
  name: string,
  { content = {}, password = 'demo1234' }: { content?: EntryContent; password?: string } = {},
): Promise<OpenTeam> {
  const n = ++made;
  const email = `${name.replace(/[^a-z0-9-]/gi, '').toLowerCase() || 'team'}-${run}-${n}@example.com`;
  const teamName = name;
  const { uid } = await getAuth(admin).createUser({ email, password, displayName: teamName });
  const ref = adminDb.collection(`competitions/${CID}/entries`).doc();
  // Codes past the seed's and registerTeam's numbers in these runs, unique per suite file.
  const code = `T-${String(Date.now()).slice(-3)}${n}`;
  const now = Timestamp.now();
  await ref.create({ ...blankEntry(code, 'team'), ...content, createdAt: now, updatedAt: now, submittedAt: null });
  await adminDb.doc(`competitions/${CID}/entryIdentities/${ref.id}`).create({
    teamName,
    organization: '',
    contactName: '张三',
    contactPhone: '13800138000',
    contactEmail: email,
    members: [{ name: '张三', role: '负责人' }],
    creditCode: '',
    ownerUids: [uid],
  });
  await adminDb.doc(`competitions/${CID}/members/${uid}`).create({
    uid,
    competitionId: CID,
    role: 'team',
    displayName: teamName,
    email,
    entryIds: [ref.id],
    tags: [],
    organizations: [],
    conflicts: [],
    addedAt: FieldValue.serverTimestamp(),
  });
  return { uid, email, password, eid: ref.id, code, teamName };
}

/**
 * A competition of a suite's own: a copy of the open demo edition under `cid`
 * (titles changed), run and owned by the demo organizer, so the suite can
 * change its settings and people without touching what other suites read.
 */
export async function ownCopyOfOpenCompetition(cid: string, title: string, titleEn: string): Promise<void> {
  const open = (await adminDb.doc(`competitions/${CID}`).get()).data()!;
  await adminDb.doc(`competitions/${cid}`).set({ ...open, title, titleEn, ownerUid: 'organizer' });
  await adminDb.doc(`competitions/${cid}/members/organizer`).set({
    uid: 'organizer',
    competitionId: cid,
    role: 'organizer',
    displayName: '大赛组委会',
    email: 'organizer@demo.local',
    entryIds: [],
    tags: [],
    organizations: [],
    conflicts: [],
    trackIds: [],
    addedAt: FieldValue.serverTimestamp(),
  });
}

/** Polls (up to 30 s) until `check` holds; false if it never does. */
export async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 120; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/**
 * A valid one-page PDF (a few coloured boxes), with correct cross-reference
 * offsets; `padding` bytes of an unreferenced stream make it as large as a
 * real deck, so that its upload takes long enough to be seen.
 */
export function makePdf(padding = 0): Buffer {
  const content = '0.04 0.24 0.55 rg 40 700 515 80 re f 0.9 0.9 0.9 rg 40 120 515 540 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Length ${padding} >>\nstream\n${'0'.repeat(padding)}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const deckPathOf = (eid: string) => `competitions/${CID}/entries/${eid}/deck.pdf`;

/** Uploads a deck as the browser would, and waits for the Storage trigger to record it on the entry. */
export async function uploadDeck(eid: string): Promise<boolean> {
  await bucket().file(deckPathOf(eid)).save(makePdf(), { contentType: 'application/pdf', resumable: false });
  return eventually(async () => (await entryRef(eid).get()).get('deckPath') === deckPathOf(eid));
}

/** The demo contest's closed edition, which most organizer suites read. */
export const SEEDED_CID = 'xining-2021';

/**
 * The seeded competition's documents (members, entries, identities,
 * assignments and their plans, sheets) copied under `cid` with new titles, so a suite may
 * change them while the seeded one stays as other suites read it. Remove the
 * copy's people with `forgetCopy` when the suite ends.
 */
export async function copyOfSeeded(cid: string, title: string, titleEn: string): Promise<void> {
  // No suite that copies reads the copy's progress documents: spare the
  // Functions emulator some 760 recounts, one event at a time.
  await withoutBackgroundTriggers(() => writeCopyOfSeeded(cid, title, titleEn));
}

async function writeCopyOfSeeded(cid: string, title: string, titleEn: string): Promise<void> {
  const from = adminDb.doc(`competitions/${SEEDED_CID}`);
  const competition = (await from.get()).data()!;
  let batch = adminDb.batch();
  let n = 0;
  const put = async (path: string, data: FirebaseFirestore.DocumentData) => {
    batch.set(adminDb.doc(path), data);
    if (++n % 400 === 0) {
      await batch.commit();
      batch = adminDb.batch();
    }
  };
  await put(`competitions/${cid}`, { ...competition, title, titleEn });
  for (const name of ['members', 'entries', 'entryIdentities', 'assignments', 'assignmentPlans', 'sheets']) {
    for (const d of (await from.collection(name).get()).docs) {
      const data = d.data();
      await put(
        `competitions/${cid}/${name}/${d.id}`,
        'competitionId' in data ? { ...data, competitionId: cid } : data,
      );
    }
  }
  await batch.commit();
}

/**
 * Deletes a suite's copy's member documents. A demo judge or team who belongs
 * to two competitions is asked to choose one after signing in, so a copy left
 * behind would change what later suites see on sign-in.
 */
export async function forgetCopy(cid: string): Promise<void> {
  const members = await adminDb.collection(`competitions/${cid}/members`).get();
  const batch = adminDb.batch();
  for (const d of members.docs) batch.delete(d.ref);
  await batch.commit();
}
