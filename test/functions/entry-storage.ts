// What the entry-files and entry-images suites share: the admin handles, a
// team registration (and registering one), small files of each type, and waiting for the Storage trigger (by polling for its
// effect, never for a fixed time).
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { expect } from 'vitest';
import { OPEN_COMPETITION_ID as cid } from '../../scripts/seed/open-contest.mjs';
import { loadCallable } from './functions-build';

const app = () => getApps()[0] ?? initializeApp({ projectId: 'demo-judging' });
export const db = () => getFirestore(app());
export const bucket = () => getStorage(app()).bucket('demo-judging.appspot.com');
export const entryRef = (eid: string) => db().doc(`competitions/${cid}/entries/${eid}`);

/** A team-track registration of the open competition. */
export const registration = {
  trackId: 'team',
  teamName: '青藜团队',
  contactName: '张伟',
  contactPhone: '13809710001',
  contactEmail: 'zhang@example.com',
  members: [{ name: '张伟', role: '负责人' }],
  companyName: '',
  creditCode: '',
};

let registerTeam: Awaited<ReturnType<typeof loadCallable>> | undefined;
/** Registers `uid` as a team of the open competition through registerTeam; its new entry's id. */
export async function registerEntry(uid: string): Promise<string> {
  registerTeam ??= await loadCallable('registerTeam');
  return ((await registerTeam({ competitionId: cid, registration }, uid)) as { entryId: string }).entryId;
}

/** First bytes of the file types the trigger tells apart, padded to a small file. */
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]);

/** Polls (up to 15 s) until `check` holds; false if it never does. */
export async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
export const exists = async (path: string) => (await bucket().file(path).exists())[0];
export const deletedByTrigger = (path: string) => eventually(async () => !(await exists(path)));

/** By the time a bad upload at `sentinelPath` (made after the good ones) is deleted, the trigger has seen those too. */
export async function triggerHasCaughtUp(sentinelPath: string): Promise<void> {
  await bucket().file(sentinelPath).save(Buffer.from('x'), { contentType: 'text/plain' });
  expect(await deletedByTrigger(sentinelPath)).toBe(true);
}

export const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as { code: string; message: string; details?: Record<string, unknown> },
  );
