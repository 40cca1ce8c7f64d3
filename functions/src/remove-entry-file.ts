import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { deckPath } from '../../src/domain/model';
import { entryFilePath } from '../../src/domain/registration/entry-file-path';
import { parseFileAnswerName } from '../../src/domain/submission/entry-file';
import { entryImagePath, IMAGE_SLOTS, imageSlotNames } from '../../src/domain/submission/entry-image';
import { storage } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { parseInput } from './input';
import { teamEntryCallable } from './team-entry';

// `{ competitionId, entryId, kind: 'deck' }`, `{ …, kind: 'file', name }`
// with a name the app makes for a file answer (`q-cert.pdf`) or
// `{ …, kind: 'image', slot: 1..6 }`: never a path, so a caller can only ever
// name a file of their own entry.
const Target = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('deck') }),
  z.object({
    kind: z.literal('file'),
    name: z
      .string()
      .max(64)
      .refine((n) => parseFileAnswerName(n) !== null, { message: 'is not the name of a file answer' }),
  }),
  z.object({ kind: z.literal('image'), slot: z.number().int().min(1).max(IMAGE_SLOTS) }),
]);

const AUDIT_TYPE = { deck: 'entry.deckRemoved', file: 'entry.fileRemoved', image: 'entry.imageRemoved' } as const;

/**
 * Clients cannot delete in Storage (storage.rules), so a team removes its
 * deck, a file answer or an image through this: the owning team, a draft entry, before
 * the deadline (server clock), audited. The deletion event then clears
 * `deckPath` (forgetDeletedDeck); a file answer's path is the form's to clear
 * (the team saves its own answers, revision-checked). Removing what is not
 * there succeeds: a double click or a retry is harmless.
 */
export const removeEntryFile = callable(
  teamEntryCallable(async ({ tx, entry, competitionId, uid }, request) => {
    const target = parseInput(Target, request.data);
    if (entry.status !== 'draft') {
      throw new HttpsError(
        'failed-precondition',
        `This entry is ${entry.status}: reopen it before removing its files.`,
        { reason: `entry-${entry.status}` },
      );
    }
    // An image slot is emptied whatever the type of the image in it; the
    // audit names the slot (`…/images/image-2.*`).
    let paths: string[];
    let path: string;
    if (target.kind === 'image') {
      paths = imageSlotNames(target.slot).map((name) => entryImagePath(competitionId, entry.id, name));
      path = entryImagePath(competitionId, entry.id, `image-${target.slot}.*`);
    } else {
      path =
        target.kind === 'deck'
          ? deckPath(competitionId, entry.id)
          : entryFilePath(competitionId, entry.id, target.name);
      paths = [path];
    }
    // Before the audit commits; a retried transaction deletes nothing twice.
    await Promise.all(paths.map((p) => storage.bucket().file(p).delete({ ignoreNotFound: true })));
    appendAudit(tx, competitionId, {
      type: AUDIT_TYPE[target.kind],
      actorUid: uid,
      subject: { kind: 'entry', id: entry.id },
      data: { code: entry.code, path },
    });
    return { removed: path };
  }),
);
