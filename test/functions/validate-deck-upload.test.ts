// The Storage trigger, run by the real Functions emulator on real uploads:
// the second line of defence behind storage.rules (which the local Storage
// emulator cannot enforce).
import { getApps, initializeApp } from 'firebase-admin/app';
import { getStorage } from 'firebase-admin/storage';
import { describe, expect, it } from 'vitest';
import { useEmulatorHosts } from '../../scripts/seed/emulator-hosts.mjs';

useEmulatorHosts();
const bucket = () =>
  getStorage(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' })).bucket('demo-judging.appspot.com');

/** Waits (up to 15 s) for the trigger to delete `path`; false if it never does. */
async function deletedByTrigger(path: string): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    const [exists] = await bucket().file(path).exists();
    if (!exists) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

describe('validateDeckUpload', () => {
  it('keeps a PDF deck at its path', async () => {
    const path = 'competitions/c1/entries/e1/deck.pdf';
    await bucket().file(path).save(Buffer.from('%PDF-1.4\n%%EOF\n'), { contentType: 'application/pdf' });
    // Rather than wait an arbitrary time for nothing to happen, upload a bad
    // file after it and wait for that one's deletion: by then the trigger has
    // had the PDF's event too.
    const sentinel = 'competitions/c1/entries/e1/sentinel.txt';
    await bucket().file(sentinel).save(Buffer.from('x'), { contentType: 'text/plain' });
    expect(await deletedByTrigger(sentinel)).toBe(true);
    const [kept] = await bucket().file(path).exists();
    expect(kept).toBe(true);
  });

  it('deletes a deck that is not a PDF', async () => {
    const path = 'competitions/c1/entries/e2/deck.pdf';
    await bucket().file(path).save(Buffer.from('<html></html>'), { contentType: 'text/html' });
    expect(await deletedByTrigger(path)).toBe(true);
  });

  it('deletes an upload at any other path', async () => {
    const path = 'competitions/c1/entries/e3/notes.txt';
    await bucket().file(path).save(Buffer.from('hello'), { contentType: 'text/plain' });
    expect(await deletedByTrigger(path)).toBe(true);
  });
});
