// Decides whether an object in Cloud Storage may stay, for the Storage
// triggers. It mirrors storage.rules (which the local emulator cannot enforce,
// and which a metadata update or a lying Content-Type could slip past) and
// adds what rules cannot see: the file's first bytes and, for a published
// export, its SHA-256 against the version document that published it.
import { createHash } from 'node:crypto';
import type { StorageObjectData } from 'firebase-functions/v2/storage';
import {
  classifyObjectPath,
  deckMetadataProblem,
  PDF_MAGIC,
  startsLikePdf,
  type StoredObject,
} from '../../src/domain/submission/deck';
import { db, storage } from './admin';
import { parseDoc, schemas } from './documents';
import { competitionPath, entryPath, publishedResultPath } from './paths';

/** Published exports are JSON of a few MB at most; anything far larger is not one. */
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

const fileOf = (object: StorageObjectData) => storage.bucket(object.bucket).file(object.name);

/** Why the object must go, or null when it may stay. */
export async function storedObjectProblem(object: StorageObjectData): Promise<string | null> {
  const where = classifyObjectPath(object.name);
  switch (where.kind) {
    case 'deck':
      return deckProblem(object, where);
    case 'published-export':
      return publishedExportProblem(object, where);
    case 'unknown':
      return 'nothing may be stored at this path';
  }
}

async function deckProblem(
  object: StorageObjectData,
  { competitionId, entryId }: Extract<StoredObject, { kind: 'deck' }>,
): Promise<string | null> {
  const metadata = deckMetadataProblem(object.contentType, Number(object.size));
  if (metadata) return `breaks the deck's ${metadata.kind} limit`;
  const [competitionSnap, entrySnap] = await Promise.all([
    db.doc(competitionPath(competitionId)).get(),
    db.doc(entryPath(competitionId, entryId)).get(),
  ]);
  const competition = competitionSnap.exists ? parseDoc(competitionSnap, schemas.competition) : null;
  const entry = entrySnap.exists ? parseDoc(entrySnap, schemas.entry) : null;
  if (!competition?.ok || !entry?.ok) return 'no such competition or entry';
  if (entry.value.status !== 'draft' && entry.value.status !== 'submitted') {
    return `the entry is ${entry.value.status}: its deck is frozen`;
  }
  const created = new Date(object.timeCreated ?? NaN).getTime();
  if (!(created < competition.value.submissionDeadline)) return 'uploaded after the submission deadline';
  const [head] = await fileOf(object).download({ start: 0, end: PDF_MAGIC.length - 1 });
  if (!startsLikePdf(head)) return 'is not a PDF file (its first bytes are not %PDF-)';
  return null;
}

async function publishedExportProblem(
  object: StorageObjectData,
  { competitionId, versionId }: Extract<StoredObject, { kind: 'published-export' }>,
): Promise<string | null> {
  // Publishing writes the version document first, then the file: a file with
  // no document naming it, or whose bytes are not the ones the document
  // hashed, was not written by the publishing function.
  const version = await db.doc(publishedResultPath(competitionId, versionId)).get();
  if (!version.exists || version.get('exportPath') !== object.name) return 'no published version names this file';
  if (!(Number(object.size) <= MAX_EXPORT_BYTES)) return 'too large to be an export';
  const [content] = await fileOf(object).download();
  const sha256 = createHash('sha256').update(content).digest('hex');
  if (sha256 !== version.get('exportSha256')) return 'its SHA-256 differs from the published version’s';
  return null;
}

/**
 * Deletes the object, but only the generation that was checked: a team that
 * replaced a bad upload at once with a good one keeps the good one.
 */
export async function deleteObject(object: StorageObjectData): Promise<void> {
  const generation = Number(object.generation);
  await fileOf(object).delete({
    ignoreNotFound: true,
    ...(Number.isFinite(generation) && generation > 0 ? { ifGenerationMatch: generation } : {}),
  });
}

/**
 * Keeps the entry's `deckPath` equal to what is really stored: set once a
 * deck has passed every check, cleared when it is gone. Clients cannot write
 * `deckPath` (firestore.rules), so a deck path always names a checked file.
 */
export async function recordDeck(object: StorageObjectData, present: boolean): Promise<void> {
  const where = classifyObjectPath(object.name);
  if (where.kind !== 'deck') return;
  const ref = db.doc(entryPath(where.competitionId, where.entryId));
  await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists) return;
    const current: unknown = snap.get('deckPath');
    if (present && current !== object.name) tx.update(ref, { deckPath: object.name });
    if (!present && current === object.name) tx.update(ref, { deckPath: null });
  });
}

/** Whether any generation of the object exists now (a delete event also follows an overwrite). */
export async function objectExists(object: StorageObjectData): Promise<boolean> {
  const [exists] = await fileOf(object).exists();
  return exists;
}
