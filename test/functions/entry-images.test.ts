// An entry's optional product images (competitions/{cid}/entries/{eid}/images/
// image-{1..6}.{jpg|png|webp}): the Storage trigger keeps an image only when
// it is what the app makes (a slot 1–6, the type its first bytes show and its
// name and Content-Type say, ≤ 5 MiB, a draft entry, before the deadline) and
// replaces the older image of a slot uploaded under another type;
// removeEntryFile empties a slot for the owning team only.
import { Timestamp } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OPEN_COMPETITION_ID as cid } from '../../scripts/seed/open-contest.mjs';
import { loadCallable } from './functions-build';
import {
  bucket,
  db,
  deletedByTrigger,
  entryRef,
  errorOf,
  exists,
  JPEG,
  PNG,
  registerEntry,
  triggerHasCaughtUp as caughtUp,
} from './entry-storage';
import { freshDemo } from './seeded';

type Fn = Awaited<ReturnType<typeof loadCallable>>;
let removeEntryFile: Fn;
beforeAll(async () => {
  removeEntryFile = await loadCallable('removeEntryFile');
});

const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([64, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(56),
]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const MiB = 1024 * 1024;

const register = registerEntry;
const imageOf = (eid: string, name: string) => `competitions/${cid}/entries/${eid}/images/${name}`;
const save = (path: string, bytes: Buffer, contentType: string) => bucket().file(path).save(bytes, { contentType });

const triggerHasCaughtUp = (eid: string) => caughtUp(imageOf(eid, `sentinel-${Date.now()}.png`));

let eid: string;
beforeEach(async () => {
  await freshDemo();
  eid = await register('team-a');
});

describe('the Storage trigger on product images', () => {
  it('keeps a JPEG, a PNG and a WebP in their slots', async () => {
    await save(imageOf(eid, 'image-1.jpg'), JPEG, 'image/jpeg');
    await save(imageOf(eid, 'image-2.png'), PNG, 'image/png');
    await save(imageOf(eid, 'image-6.webp'), WEBP, 'image/webp');
    await triggerHasCaughtUp(eid);
    for (const name of ['image-1.jpg', 'image-2.png', 'image-6.webp']) {
      expect(await exists(imageOf(eid, name)), name).toBe(true);
    }
  });

  it('deletes wrong first bytes, over 5 MiB, slot 7, a bad extension or Content-Type', async () => {
    const bad: [string, Buffer, string][] = [
      ['image-1.png', JPEG, 'image/png'], // JPEG bytes named PNG
      ['image-2.jpg', PDF, 'image/jpeg'],
      ['image-3.png', Buffer.concat([PNG, Buffer.alloc(5 * MiB)]), 'image/png'],
      ['image-7.png', PNG, 'image/png'],
      ['image-0.png', PNG, 'image/png'],
      ['image-4.gif', PNG, 'image/gif'],
      ['image-4.jpeg', JPEG, 'image/jpeg'],
      ['image-5.png', PNG, 'text/html'],
      ['photo.png', PNG, 'image/png'],
    ];
    for (const [name, bytes, type] of bad) await save(imageOf(eid, name), bytes, type);
    for (const [name] of bad) expect(await deletedByTrigger(imageOf(eid, name)), name).toBe(true);
  });

  it('deletes an image of a submitted entry, of a missing entry, or uploaded after the deadline', async () => {
    await entryRef(eid).update({ status: 'submitted' });
    await save(imageOf(eid, 'image-1.png'), PNG, 'image/png');
    expect(await deletedByTrigger(imageOf(eid, 'image-1.png'))).toBe(true);

    await save(imageOf('nobody', 'image-1.png'), PNG, 'image/png');
    expect(await deletedByTrigger(imageOf('nobody', 'image-1.png'))).toBe(true);

    const late = await register('team-late');
    await db()
      .doc(`competitions/${cid}`)
      .update({ submissionDeadline: Timestamp.fromMillis(Date.now() - 1000) });
    await save(imageOf(late, 'image-1.jpg'), JPEG, 'image/jpeg');
    expect(await deletedByTrigger(imageOf(late, 'image-1.jpg'))).toBe(true);
  });

  it('replaces the older image of a slot uploaded under another type, and keeps it when the new one is refused', async () => {
    await save(imageOf(eid, 'image-2.jpg'), JPEG, 'image/jpeg');
    await triggerHasCaughtUp(eid);
    await save(imageOf(eid, 'image-2.png'), PNG, 'image/png');
    expect(await deletedByTrigger(imageOf(eid, 'image-2.jpg'))).toBe(true);
    expect(await exists(imageOf(eid, 'image-2.png'))).toBe(true);

    // A refused upload into the slot replaces nothing.
    await save(imageOf(eid, 'image-2.webp'), PNG, 'image/webp');
    expect(await deletedByTrigger(imageOf(eid, 'image-2.webp'))).toBe(true);
    await triggerHasCaughtUp(eid);
    expect(await exists(imageOf(eid, 'image-2.png'))).toBe(true);
  });

  it('deletes a kept image whose type is switched to text/html by a metadata update', async () => {
    await save(imageOf(eid, 'image-1.png'), PNG, 'image/png');
    await triggerHasCaughtUp(eid);
    expect(await exists(imageOf(eid, 'image-1.png'))).toBe(true);
    await bucket().file(imageOf(eid, 'image-1.png')).setMetadata({ contentType: 'text/html' });
    expect(await deletedByTrigger(imageOf(eid, 'image-1.png'))).toBe(true);
  });
});

describe('removeEntryFile on an image slot', () => {
  it('empties the slot for the owning team, audited', async () => {
    await save(imageOf(eid, 'image-3.webp'), WEBP, 'image/webp');
    await save(imageOf(eid, 'image-4.png'), PNG, 'image/png');
    await triggerHasCaughtUp(eid);
    expect(await removeEntryFile({ competitionId: cid, entryId: eid, kind: 'image', slot: 3 }, 'team-a')).toEqual({
      removed: imageOf(eid, 'image-3.*'),
    });
    expect(await exists(imageOf(eid, 'image-3.webp'))).toBe(false);
    expect(await exists(imageOf(eid, 'image-4.png'))).toBe(true);
    const audit = await db().collection(`competitions/${cid}/audit`).where('type', '==', 'entry.imageRemoved').get();
    expect(audit.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({ actorUid: 'team-a', subject: { kind: 'entry', id: eid } }),
    ]);
    // An empty slot: still fine (a double click).
    await removeEntryFile({ competitionId: cid, entryId: eid, kind: 'image', slot: 3 }, 'team-a');
  });

  it('refuses another team and bad slots, deleting nothing', async () => {
    await save(imageOf(eid, 'image-1.png'), PNG, 'image/png');
    await register('team-b');
    const base = { competitionId: cid, entryId: eid, kind: 'image' };
    expect(await errorOf(removeEntryFile({ ...base, slot: 1 }, 'team-b'))).toMatchObject({ code: 'permission-denied' });
    for (const slot of [0, 7, 1.5, -1, '1', null, 'image-1.png', '../deck.pdf']) {
      const err = await errorOf(removeEntryFile({ ...base, slot }, 'team-a'));
      expect(err.code, String(slot)).toBe('invalid-argument');
    }
    expect((await errorOf(removeEntryFile(base, 'team-a'))).code).toBe('invalid-argument');
    expect(await exists(imageOf(eid, 'image-1.png'))).toBe(true);
  });
});
