// Files of an entry beyond its deck: the Storage trigger keeps a file answer
// only when it is what the app makes (a generated name for one of the
// competition's `file` questions, the type its first bytes show, ≤ 20 MiB, a
// draft entry, before the deadline), and removeEntryFile lets the owning team
// delete its deck or a file answer (clients cannot delete in Storage).
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
  eventually,
  exists,
  JPEG,
  PNG,
  registerEntry,
  triggerHasCaughtUp as caughtUp,
} from './entry-storage';
import { freshDemo } from './seeded';

type Fn = Awaited<ReturnType<typeof loadCallable>>;
let removeEntryFile: Fn;
let submitEntry: Fn;
beforeAll(async () => {
  submitEntry = await loadCallable('submitEntry');
  removeEntryFile = await loadCallable('removeEntryFile');
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
const HTML = Buffer.from('<html><script>alert(1)</script></html>');

const register = registerEntry;
const fileOf = (eid: string, name: string) => `competitions/${cid}/entries/${eid}/files/${name}`;
const deckOf = (eid: string) => `competitions/${cid}/entries/${eid}/deck.pdf`;

const triggerHasCaughtUp = (eid: string) => caughtUp(fileOf(eid, `sentinel-${Date.now()}.txt`));

let eid: string;
beforeEach(async () => {
  await freshDemo();
  eid = await register('team-a');
});

describe('the Storage trigger on file answers', () => {
  it('keeps a PDF, a JPEG and a PNG answering the competition’s file question', async () => {
    await bucket().file(fileOf(eid, 'certificates.pdf')).save(PDF, { contentType: 'application/pdf' });
    const other = await register('team-b');
    await bucket().file(fileOf(other, 'certificates.png')).save(PNG, { contentType: 'image/png' });
    const third = await register('team-c');
    await bucket().file(fileOf(third, 'certificates.jpg')).save(JPEG, { contentType: 'image/jpeg' });
    await triggerHasCaughtUp(eid);
    expect(await exists(fileOf(eid, 'certificates.pdf'))).toBe(true);
    expect(await exists(fileOf(other, 'certificates.png'))).toBe(true);
    expect(await exists(fileOf(third, 'certificates.jpg'))).toBe(true);
  });

  it('deletes a file whose bytes are not the type its name and Content-Type say', async () => {
    await bucket().file(fileOf(eid, 'certificates.pdf')).save(HTML, { contentType: 'application/pdf' });
    expect(await deletedByTrigger(fileOf(eid, 'certificates.pdf'))).toBe(true);
    await bucket().file(fileOf(eid, 'certificates.png')).save(JPEG, { contentType: 'image/png' });
    expect(await deletedByTrigger(fileOf(eid, 'certificates.png'))).toBe(true);
  });

  it('deletes a name the app never makes, a question that is not a file question, a wrong type or size', async () => {
    const bad: [string, Buffer, string][] = [
      ['index.html', HTML, 'text/html'],
      ['certificates.pdf.html', PDF, 'application/pdf'],
      ['ip.pdf', PDF, 'application/pdf'], // a long-text question
      ['no-such-question.pdf', PDF, 'application/pdf'],
      ['certificates.png', PNG, 'text/html'],
      ['certificates.pdf', Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]), 'application/pdf'],
    ];
    for (const [name, bytes, contentType] of bad) await bucket().file(fileOf(eid, name)).save(bytes, { contentType });
    for (const [name] of bad) expect(await deletedByTrigger(fileOf(eid, name)), name).toBe(true);
  });

  it('deletes a file of a submitted entry, of a missing entry, or uploaded after the deadline', async () => {
    await entryRef(eid).update({ status: 'submitted' });
    await bucket().file(fileOf(eid, 'certificates.pdf')).save(PDF, { contentType: 'application/pdf' });
    expect(await deletedByTrigger(fileOf(eid, 'certificates.pdf'))).toBe(true);

    await bucket().file(fileOf('nobody', 'certificates.pdf')).save(PDF, { contentType: 'application/pdf' });
    expect(await deletedByTrigger(fileOf('nobody', 'certificates.pdf'))).toBe(true);

    const late = await register('team-late');
    await db()
      .doc(`competitions/${cid}`)
      .update({ submissionDeadline: Timestamp.fromMillis(Date.now() - 1000) });
    await bucket().file(fileOf(late, 'certificates.pdf')).save(PDF, { contentType: 'application/pdf' });
    expect(await deletedByTrigger(fileOf(late, 'certificates.pdf'))).toBe(true);
  });

  it('deletes a kept file whose type is switched to text/html by a metadata update', async () => {
    await bucket().file(fileOf(eid, 'certificates.png')).save(PNG, { contentType: 'image/png' });
    await triggerHasCaughtUp(eid);
    expect(await exists(fileOf(eid, 'certificates.png'))).toBe(true);
    await bucket().file(fileOf(eid, 'certificates.png')).setMetadata({ contentType: 'text/html' });
    expect(await deletedByTrigger(fileOf(eid, 'certificates.png'))).toBe(true);
  });
});

describe('removeEntryFile', () => {
  it('removes the deck (its deckPath is then cleared) and a file answer, each audited', async () => {
    await bucket().file(deckOf(eid)).save(PDF, { contentType: 'application/pdf' });
    expect(await eventually(async () => (await entryRef(eid).get()).get('deckPath') === deckOf(eid))).toBe(true);
    await bucket().file(fileOf(eid, 'certificates.pdf')).save(PDF, { contentType: 'application/pdf' });

    expect(await removeEntryFile({ competitionId: cid, entryId: eid, kind: 'deck' }, 'team-a')).toEqual({
      removed: deckOf(eid),
    });
    expect(await exists(deckOf(eid))).toBe(false);
    expect(await eventually(async () => (await entryRef(eid).get()).get('deckPath') === null)).toBe(true);

    await removeEntryFile({ competitionId: cid, entryId: eid, kind: 'file', name: 'certificates.pdf' }, 'team-a');
    expect(await exists(fileOf(eid, 'certificates.pdf'))).toBe(false);

    const audit = await db().collection(`competitions/${cid}/audit`).where('subject.id', '==', eid).get();
    expect(audit.docs.map((d) => d.get('type')).sort()).toEqual([
      'entry.deckRemoved',
      'entry.fileRemoved',
      'entry.registered',
    ]);
    // Again: nothing there, still fine (a double click).
    await removeEntryFile({ competitionId: cid, entryId: eid, kind: 'deck' }, 'team-a');
  });

  it('refuses another team, a signed-out caller, a submitted entry and after the deadline, deleting nothing', async () => {
    await bucket().file(deckOf(eid)).save(PDF, { contentType: 'application/pdf' });
    const deck = { competitionId: cid, entryId: eid, kind: 'deck' };
    await register('team-b');
    expect(await errorOf(removeEntryFile(deck, 'team-b'))).toMatchObject({ code: 'permission-denied' });
    expect(await errorOf(removeEntryFile(deck))).toMatchObject({ code: 'unauthenticated' });
    expect(await errorOf(removeEntryFile(deck, 'organizer'))).toMatchObject({ code: 'permission-denied' });

    await entryRef(eid).update({ status: 'submitted' });
    expect(await errorOf(removeEntryFile(deck, 'team-a'))).toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'entry-submitted' },
    });
    await entryRef(eid).update({ status: 'draft' });
    await db()
      .doc(`competitions/${cid}`)
      .update({ submissionDeadline: Timestamp.fromMillis(Date.now() - 1000) });
    expect(await errorOf(removeEntryFile(deck, 'team-a'))).toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'window-closed' },
    });
    expect(await exists(deckOf(eid))).toBe(true);
  });

  it('refuses hostile payloads with invalid-argument: paths, traversal, unknown kinds', async () => {
    const base = { competitionId: cid, entryId: eid };
    for (const data of [
      { ...base, kind: 'file', name: '../deck.pdf' },
      { ...base, kind: 'file', name: `competitions/${cid}/entries/other/deck.pdf` },
      { ...base, kind: 'file', name: 'index.html' },
      { ...base, kind: 'file' },
      { ...base, kind: 'export' },
      { ...base, kind: { toString: 'deck' } },
      { ...base, kind: 'file', name: 'x'.repeat(10_000) },
      'deck',
    ]) {
      const err = await errorOf(removeEntryFile(data, 'team-a'));
      expect(err.code, JSON.stringify(data).slice(0, 80)).toBe('invalid-argument');
    }
    expect(await errorOf(removeEntryFile({ ...base, entryId: '../x', kind: 'deck' }, 'team-a'))).toMatchObject({
      code: 'invalid-argument',
    });
  });
});

describe('submitEntry and file answers', () => {
  it('refuses an answer naming a file that is no longer there, pointing at its question', async () => {
    const certificate = fileOf(eid, 'certificates.pdf');
    await db().runTransaction(async (tx) => {
      const snap = await tx.get(entryRef(eid));
      tx.update(entryRef(eid), {
        title: '高原光伏组件智能清扫机器人',
        field: '光伏新能源',
        summary: '一句话介绍',
        problem: '高原风沙大',
        solution: '无水清扫',
        stage: 'prototype',
        answers: { 'team-size': 8, ip: '发明专利 2 项', registered: 'yes', certificates: certificate },
        revision: snap.get('revision') + 1,
        updatedAt: Timestamp.now(),
      });
    });
    await bucket().file(deckOf(eid)).save(PDF, { contentType: 'application/pdf' });
    expect(await eventually(async () => (await entryRef(eid).get()).get('deckPath') === deckOf(eid))).toBe(true);

    const gone = await errorOf(submitEntry({ competitionId: cid, entryId: eid }, 'team-a'));
    expect(gone).toMatchObject({ code: 'failed-precondition', details: { reason: 'incomplete' } });
    // The question is optional: its stale answer is to be replaced or cleared.
    expect(gone.details!.missing).toEqual([{ field: 'answers.certificates', key: 'validation.fileInvalid' }]);
    expect((await entryRef(eid).get()).get('status')).toBe('draft');

    await bucket().file(certificate).save(PDF, { contentType: 'application/pdf' });
    await triggerHasCaughtUp(eid);
    expect(await submitEntry({ competitionId: cid, entryId: eid }, 'team-a')).toMatchObject({ status: 'submitted' });
  });
});
