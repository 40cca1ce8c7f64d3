// The Storage triggers, run by the real Functions emulator on real uploads:
// the second line of defence behind storage.rules (which the local Storage
// emulator cannot enforce). They delete what breaks the limits and keep each
// entry's deckPath equal to a checked file that is really there.
import { createHash } from 'node:crypto';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { beforeAll, describe, expect, it } from 'vitest';
import { useEmulatorHosts } from '../../scripts/seed/emulator-hosts.mjs';
import { DEMO_COMPETITION_ID, freshDemo } from './seeded';

useEmulatorHosts();
const app = () => getApps()[0] ?? initializeApp({ projectId: 'demo-judging' });
const bucket = () => getStorage(app()).bucket('demo-judging.appspot.com');
const db = () => getFirestore(app());

const CID = 'open-2026';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
const deckOf = (eid: string) => `competitions/${CID}/entries/${eid}/deck.pdf`;
let entryNumber = 0;

/** A fresh entry of an open competition (deadline in a week), with this status. */
async function newEntry(status = 'draft'): Promise<string> {
  const eid = `t${++entryNumber}`;
  const template = (await db().collection(`competitions/${DEMO_COMPETITION_ID}/entries`).limit(1).get()).docs[0]!;
  await db()
    .doc(`competitions/${CID}/entries/${eid}`)
    .set({ ...template.data(), status, deckPath: null, submittedAt: null });
  return eid;
}

beforeAll(async () => {
  await freshDemo();
  const demo = await db().doc(`competitions/${DEMO_COMPETITION_ID}`).get();
  await db()
    .doc(`competitions/${CID}`)
    .set({ ...demo.data(), submissionDeadline: Timestamp.fromMillis(Date.now() + 7 * 86_400_000) });
});

/** Polls (up to 15 s) until `check` holds; false if it never does. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
const exists = async (path: string) => (await bucket().file(path).exists())[0];
const deletedByTrigger = (path: string) => eventually(async () => !(await exists(path)));
const deckPathOf = async (eid: string) => (await db().doc(`competitions/${CID}/entries/${eid}`).get()).get('deckPath');

/**
 * Rather than wait an arbitrary time for nothing to happen, upload a bad file
 * after the good one and wait for that one's deletion: by then the trigger
 * has had the good file's event too.
 */
async function triggerHasCaughtUp(): Promise<void> {
  const sentinel = `competitions/${CID}/sentinel-${Date.now()}.txt`;
  await bucket().file(sentinel).save(Buffer.from('x'), { contentType: 'text/plain' });
  expect(await deletedByTrigger(sentinel)).toBe(true);
}

describe('decks', () => {
  it('keeps a PDF deck and records it on its entry', async () => {
    const eid = await newEntry();
    await bucket().file(deckOf(eid)).save(PDF, { contentType: 'application/pdf' });
    expect(await eventually(async () => (await deckPathOf(eid)) === deckOf(eid))).toBe(true);
    expect(await exists(deckOf(eid))).toBe(true);
  });

  it('deletes a deck declared as another type', async () => {
    const eid = await newEntry();
    await bucket().file(deckOf(eid)).save(Buffer.from('<html></html>'), { contentType: 'text/html' });
    expect(await deletedByTrigger(deckOf(eid))).toBe(true);
  });

  it('deletes HTML uploaded as application/pdf (its first bytes are not %PDF-)', async () => {
    const eid = await newEntry();
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    await bucket().file(deckOf(eid)).save(html, { contentType: 'application/pdf' });
    expect(await deletedByTrigger(deckOf(eid))).toBe(true);
    expect(await deckPathOf(eid)).toBeNull();
  });

  it('deletes a deck of a withdrawn or disqualified entry, of a missing entry, or after the deadline', async () => {
    for (const status of ['withdrawn', 'disqualified']) {
      const eid = await newEntry(status);
      await bucket().file(deckOf(eid)).save(PDF, { contentType: 'application/pdf' });
      expect(await deletedByTrigger(deckOf(eid)), status).toBe(true);
    }
    await bucket().file(deckOf('no-such-entry')).save(PDF, { contentType: 'application/pdf' });
    expect(await deletedByTrigger(deckOf('no-such-entry'))).toBe(true);
    // The demo competition's deadline has passed.
    const late = `competitions/${DEMO_COMPETITION_ID}/entries/e01/deck.pdf`;
    await bucket().file(late).save(PDF, { contentType: 'application/pdf' });
    expect(await deletedByTrigger(late)).toBe(true);
  });

  it('deletes a deck whose type is switched to text/html by a metadata update, and forgets it', async () => {
    const eid = await newEntry();
    await bucket().file(deckOf(eid)).save(PDF, { contentType: 'application/pdf' });
    expect(await eventually(async () => (await deckPathOf(eid)) === deckOf(eid))).toBe(true);
    await bucket().file(deckOf(eid)).setMetadata({ contentType: 'text/html' });
    expect(await deletedByTrigger(deckOf(eid))).toBe(true);
    expect(await eventually(async () => (await deckPathOf(eid)) === null)).toBe(true);
  });

  it('keeps a disqualified entry’s deck through a harmless metadata update (it is evidence)', async () => {
    const eid = await newEntry();
    await bucket().file(deckOf(eid)).save(PDF, { contentType: 'application/pdf' });
    expect(await eventually(async () => (await deckPathOf(eid)) === deckOf(eid))).toBe(true);
    await db().doc(`competitions/${CID}/entries/${eid}`).update({ status: 'disqualified' });
    await bucket()
      .file(deckOf(eid))
      .setMetadata({ metadata: { note: 'checked by the organizers' } });
    await triggerHasCaughtUp();
    expect(await exists(deckOf(eid))).toBe(true);
  });

  it('keeps a team’s deck when the competition is malformed elsewhere (the organizers’ to repair)', async () => {
    const eid = await newEntry();
    const competition = db().doc(`competitions/${CID}`);
    const tracks = (await competition.get()).get('tracks');
    await competition.update({ tracks: [{ ...tracks[0], name: '长'.repeat(300) }, ...tracks.slice(1)] });
    try {
      await bucket().file(deckOf(eid)).save(PDF, { contentType: 'application/pdf' });
      await triggerHasCaughtUp();
      expect(await exists(deckOf(eid))).toBe(true);
    } finally {
      await competition.update({ tracks });
    }
  });

  it('deletes a deck at a path whose ids the app never makes', async () => {
    const path = 'competitions/__x__/entries/e1/deck.pdf';
    await bucket().file(path).save(Buffer.from('<html></html>'), { contentType: 'application/pdf' });
    expect(await deletedByTrigger(path)).toBe(true);
  });

  it('forgets a deck that is deleted, and keeps one that is replaced', async () => {
    const eid = await newEntry();
    await bucket().file(deckOf(eid)).save(PDF, { contentType: 'application/pdf' });
    expect(await eventually(async () => (await deckPathOf(eid)) === deckOf(eid))).toBe(true);
    await bucket()
      .file(deckOf(eid))
      .save(Buffer.concat([PDF, PDF]), { contentType: 'application/pdf' });
    await triggerHasCaughtUp();
    expect(await deckPathOf(eid)).toBe(deckOf(eid));
    await bucket().file(deckOf(eid)).delete();
    expect(await eventually(async () => (await deckPathOf(eid)) === null)).toBe(true);
  });
});

describe('other paths', () => {
  it('deletes an upload at any path the app does not use', async () => {
    const path = `competitions/${CID}/entries/t1/notes.txt`;
    await bucket().file(path).save(Buffer.from('hello'), { contentType: 'text/plain' });
    expect(await deletedByTrigger(path)).toBe(true);
  });

  it('keeps a published export only when a published version names it with its SHA-256', async () => {
    const exportJson = Buffer.from(JSON.stringify({ format: 'judging-export/v1' }));
    const sha256 = createHash('sha256').update(exportJson).digest('hex');
    const path = (v: string) => `public/${CID}/${v}/export.json`;
    for (const v of ['v1', 'v2']) {
      await db()
        .doc(`competitions/${CID}/publishedResults/${v}`)
        .set({ roundId: 'review', version: 1, exportPath: path(v), exportSha256: sha256, results: {} });
    }
    await bucket().file(path('v1')).save(exportJson, { contentType: 'application/json' });
    // v2's document names a file with other bytes; v3 has no document.
    await bucket().file(path('v2')).save(Buffer.from('{"forged":true}'), { contentType: 'application/json' });
    await bucket().file(path('v3')).save(exportJson, { contentType: 'application/json' });
    expect(await deletedByTrigger(path('v2'))).toBe(true);
    expect(await deletedByTrigger(path('v3'))).toBe(true);
    await triggerHasCaughtUp();
    expect(await exists(path('v1'))).toBe(true);
  });

  it("keeps a computation's export only under its own SHA-256", async () => {
    const exportJson = Buffer.from(JSON.stringify({ format: 'judging-export/v1', n: 1 }));
    const sha256 = createHash('sha256').update(exportJson).digest('hex');
    const good = `competitions/${CID}/exports/${sha256}.json`;
    const forged = `competitions/${CID}/exports/${'0'.repeat(64)}.json`;
    await bucket().file(forged).save(exportJson, { contentType: 'application/json' });
    await bucket().file(good).save(exportJson, { contentType: 'application/json' });
    expect(await deletedByTrigger(forged)).toBe(true);
    await triggerHasCaughtUp();
    expect(await exists(good)).toBe(true);
  });

  it('deletes HTML or a 25 MiB file dropped under public/', async () => {
    const html = `public/${CID}/v9/index.html`;
    await bucket().file(html).save(Buffer.from('<html></html>'), { contentType: 'text/html' });
    const big = `public/${CID}/results.json`;
    await bucket()
      .file(big)
      .save(Buffer.alloc(25 * 1024 * 1024, 32), { contentType: 'application/json' });
    expect(await deletedByTrigger(html)).toBe(true);
    expect(await deletedByTrigger(big)).toBe(true);
  });
});
