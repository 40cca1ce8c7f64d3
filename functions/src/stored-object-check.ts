// Decides whether an object in Cloud Storage may stay, for the Storage
// triggers. It mirrors storage.rules (which the local emulator cannot enforce,
// and which a metadata update or a lying Content-Type could slip past) and
// adds what rules cannot see: the file's first bytes and, for a published
// export, its SHA-256 against the version document that published it.
//
// Each check reads the generation it was told about, not whatever is stored
// now: events for one path can arrive in any order.
import { createHash } from 'node:crypto';
import { logger } from 'firebase-functions';
import type { StorageObjectData } from 'firebase-functions/v2/storage';
import { z } from 'zod';
import {
  classifyObjectPath,
  deckMetadataProblem,
  PDF_MAGIC,
  startsLikePdf,
  type StoredObject,
} from '../../src/domain/submission/deck';
import {
  entryFileMetadataProblem,
  parseFileAnswerName,
  SNIFF_BYTES,
  sniffFileType,
} from '../../src/domain/submission/entry-file';
import {
  entryImageMetadataProblem,
  entryImagePath,
  IMAGE_SNIFF_BYTES,
  imageSlotNames,
  parseImageName,
  sniffImageType,
} from '../../src/domain/submission/entry-image';
import { db, storage } from './admin';
import { parseDoc, timestamp } from './documents';
import { competitionPath, entryPath, publishedResultPath } from './paths';

/** Published exports are JSON of a few MB at most; anything far larger is not one. */
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

// Only what the checks need: an organizer's unrelated mistake elsewhere in the
// competition (a track name too long) must not cost every team its deck.
const DeckCompetition = z.object({ submissionDeadline: timestamp });
// A file answer's name must name one of the competition's `file` questions.
const FileCompetition = DeckCompetition.extend({
  entryForm: z.object({ questions: z.array(z.object({ id: z.string(), kind: z.string() })) }).optional(),
});
const DeckEntry = z.object({ status: z.enum(['draft', 'submitted', 'withdrawn', 'disqualified']) });
const PublishedVersion = z.object({ exportPath: z.string(), exportSha256: z.string() });

const generationOf = (object: StorageObjectData): number | null => {
  const g = Number(object.generation);
  return Number.isSafeInteger(g) && g > 0 ? g : null;
};
const liveFile = (object: StorageObjectData) => storage.bucket(object.bucket).file(object.name);
const checkedFile = (object: StorageObjectData) => {
  const generation = generationOf(object);
  return storage.bucket(object.bucket).file(object.name, generation ? { generation } : {});
};

/**
 * Why the object must go, or null when it may stay. After a metadata update
 * only what metadata can change is checked again (the type and the size): the
 * bytes, the deadline and the entry's status were checked on upload, and a
 * disqualified entry's deck is evidence that stays.
 */
export async function storedObjectProblem(
  object: StorageObjectData,
  { metadataOnly = false }: { metadataOnly?: boolean } = {},
): Promise<string | null> {
  const where = classifyObjectPath(object.name);
  switch (where.kind) {
    case 'deck': {
      const metadata = deckMetadataProblem(object.contentType, Number(object.size));
      if (metadata) return `breaks the deck's ${metadata.kind} limit`;
      return metadataOnly ? null : deckProblem(object, where);
    }
    case 'entry-file': {
      const metadata = entryFileMetadataProblem(where.name, object.contentType, Number(object.size));
      if (metadata) return `breaks the file answer's ${metadata.kind} limit`;
      return metadataOnly ? null : entryFileProblem(object, where);
    }
    case 'entry-image': {
      const metadata = entryImageMetadataProblem(where.name, object.contentType, Number(object.size));
      if (metadata) return `breaks the image's ${metadata.kind} limit`;
      return metadataOnly ? null : entryImageProblem(object, where);
    }
    case 'published-export':
      return metadataOnly ? null : publishedExportProblem(object, where);
    case 'stored-export': {
      const metadata = jsonMetadataProblem(object);
      if (metadata) return metadata;
      return metadataOnly ? null : storedExportProblem(object, where);
    }
    case 'results-json':
      return jsonMetadataProblem(object, MAX_RESULTS_BYTES);
    case 'unknown':
      return 'nothing may be stored at this path';
  }
}

async function deckProblem(
  object: StorageObjectData,
  { competitionId, entryId }: Extract<StoredObject, { kind: 'deck' }>,
): Promise<string | null> {
  return entryObjectProblem(object, competitionId, entryId, DeckCompetition, async () => {
    const [head] = await checkedFile(object).download({ start: 0, end: PDF_MAGIC.length - 1 });
    return startsLikePdf(head) ? null : 'is not a PDF file (its first bytes are not %PDF-)';
  });
}

async function entryFileProblem(
  object: StorageObjectData,
  { competitionId, entryId, name }: Extract<StoredObject, { kind: 'entry-file' }>,
): Promise<string | null> {
  // entryFileMetadataProblem has checked the name already.
  const { questionId, type } = parseFileAnswerName(name)!;
  return entryObjectProblem(object, competitionId, entryId, FileCompetition, async (competition) => {
    const question = competition.entryForm?.questions.find((q) => q.id === questionId);
    if (question?.kind !== 'file') return `the competition has no file question "${questionId}"`;
    const [head] = await checkedFile(object).download({ start: 0, end: SNIFF_BYTES - 1 });
    const real = sniffFileType(head);
    return real === type ? null : `its first bytes are not those of a ${type} file`;
  });
}

async function entryImageProblem(
  object: StorageObjectData,
  { competitionId, entryId, name }: Extract<StoredObject, { kind: 'entry-image' }>,
): Promise<string | null> {
  // entryImageMetadataProblem has checked the name already.
  const { type } = parseImageName(name)!;
  return entryObjectProblem(object, competitionId, entryId, DeckCompetition, async () => {
    const [head] = await checkedFile(object).download({ start: 0, end: IMAGE_SNIFF_BYTES - 1 });
    return sniffImageType(head) === type ? null : `its first bytes are not those of a ${type} image`;
  });
}

/**
 * What a deck, a file answer and an image share: an existing entry that is a draft, an
 * upload created before the deadline; then `content` checks the bytes.
 */
async function entryObjectProblem<C extends typeof DeckCompetition>(
  object: StorageObjectData,
  competitionId: string,
  entryId: string,
  competitionSchema: C,
  content: (competition: z.output<C>) => Promise<string | null>,
): Promise<string | null> {
  const [competitionSnap, entrySnap] = await Promise.all([
    db.doc(competitionPath(competitionId)).get(),
    db.doc(entryPath(competitionId, entryId)).get(),
  ]);
  if (!competitionSnap.exists || !entrySnap.exists) return 'no such competition or entry';
  const competition = parseDoc(competitionSnap, competitionSchema);
  const entry = parseDoc(entrySnap, DeckEntry);
  if (!competition.ok || !entry.ok) {
    // The documents are the organizers' to repair; the team's file stays.
    const problems = [competition, entry].flatMap((r) => (r.ok ? [] : r.problems));
    logger.error(`Kept ${object.name} unchecked: its competition or entry is malformed`, { problems });
    return null;
  }
  // As storage.rules: only a draft's files may change (a submitted entry was
  // checked with them; reopen it first).
  if (entry.value.status !== 'draft') return `the entry is ${entry.value.status}: its files are frozen`;
  const created = new Date(object.timeCreated ?? NaN).getTime();
  if (!(created < competition.value.submissionDeadline)) return 'uploaded after the submission deadline';
  return content(competition.value as z.output<C>);
}

async function publishedExportProblem(
  object: StorageObjectData,
  { competitionId, versionId }: Extract<StoredObject, { kind: 'published-export' }>,
): Promise<string | null> {
  // Publishing writes the version document first, then the file: a file with
  // no document naming it, or whose bytes are not the ones the document
  // hashed, was not written by the publishing function.
  const snap = await db.doc(publishedResultPath(competitionId, versionId)).get();
  const version = snap.exists ? parseDoc(snap, PublishedVersion) : null;
  if (!version?.ok || version.value.exportPath !== object.name) return 'no published version names this file';
  if (!(Number(object.size) <= MAX_EXPORT_BYTES)) return 'too large to be an export';
  const [content] = await checkedFile(object).download();
  const sha256 = createHash('sha256').update(content).digest('hex');
  if (sha256 !== version.value.exportSha256) return 'its SHA-256 differs from the published version’s';
  return null;
}

/**
 * Results JSON is far smaller than an export: a 30,000-entry round's is about
 * 3 MB (docs/publication.md), the public page's file a few kB per version.
 */
const MAX_RESULTS_BYTES = 16 * 1024 * 1024;

/** The publishing functions write JSON, and none near these sizes. */
function jsonMetadataProblem(object: StorageObjectData, maxBytes = MAX_EXPORT_BYTES): string | null {
  if (object.contentType !== 'application/json') return 'is not JSON (its Content-Type)';
  if (!(Number(object.size) <= maxBytes)) return 'too large to be an export or results';
  return null;
}

/** A computation's export is named by its SHA-256: bytes that do not hash to the name were not written by compute. */
async function storedExportProblem(
  object: StorageObjectData,
  { sha256 }: Extract<StoredObject, { kind: 'stored-export' }>,
): Promise<string | null> {
  const [content] = await checkedFile(object).download();
  return createHash('sha256').update(content).digest('hex') === sha256 ? null : 'its SHA-256 differs from its name';
}

/**
 * Deletes the generation that was checked, and only that one: a team that
 * replaced a bad upload at once with a good one keeps the good one (the
 * precondition then fails with 412, which means exactly that). The deletion
 * event then clears the entry's deckPath (forgetDeletedDeck).
 */
export async function deleteObject(object: StorageObjectData): Promise<void> {
  const generation = generationOf(object);
  try {
    await liveFile(object).delete({ ignoreNotFound: true, ...(generation ? { ifGenerationMatch: generation } : {}) });
  } catch (err) {
    if ((err as { code?: unknown }).code === 412) return;
    throw err;
  }
}

/**
 * Records a deck that passed every check on its entry, unless a newer upload
 * has replaced it meanwhile (that one's own event records it). Clients cannot
 * write `deckPath` (firestore.rules).
 */
export async function recordDeck(object: StorageObjectData): Promise<void> {
  const where = classifyObjectPath(object.name);
  if (where.kind !== 'deck') return;
  const [exists] = await liveFile(object).exists();
  if (!exists) return;
  const [live] = await liveFile(object).getMetadata();
  const generation = generationOf(object);
  if (generation && Number(live.generation) !== generation) return;
  await setDeckPath(where, object.name);
}

/** Clears the entry's deckPath once its deck is gone (a delete event also follows an overwrite). */
export async function forgetDeck(object: StorageObjectData): Promise<void> {
  const where = classifyObjectPath(object.name);
  if (where.kind !== 'deck') return;
  const [exists] = await liveFile(object).exists();
  if (!exists) await setDeckPath(where, null);
}

async function setDeckPath(where: Extract<StoredObject, { kind: 'deck' }>, path: string | null): Promise<void> {
  const ref = db.doc(entryPath(where.competitionId, where.entryId));
  await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (snap.exists && snap.get('deckPath') !== path) tx.update(ref, { deckPath: path });
  });
}

/**
 * A slot holds one image: once a new image of a slot has passed its checks,
 * the slot's images of other types created before it go (image-2.png
 * uploaded over image-2.jpg replaces it). Comparing creation times makes the
 * outcome the same whichever event runs first; a newer upload that is
 * refused is deleted by its own check and leaves the older one in place.
 */
export async function replaceOlderImagesOfSlot(object: StorageObjectData): Promise<void> {
  const where = classifyObjectPath(object.name);
  if (where.kind !== 'entry-image') return;
  const parsed = parseImageName(where.name);
  if (!parsed) return;
  const created = new Date(object.timeCreated ?? NaN).getTime();
  if (!Number.isFinite(created)) return;
  const bucket = storage.bucket(object.bucket);
  const others = imageSlotNames(parsed.slot).filter((n) => n !== where.name);
  await Promise.all(
    others.map(async (name) => {
      const file = bucket.file(entryImagePath(where.competitionId, where.entryId, name));
      const [exists] = await file.exists();
      if (!exists) return;
      const [meta] = await file.getMetadata();
      if (!(new Date(String(meta.timeCreated)).getTime() < created)) return;
      try {
        await file.delete({ ifGenerationMatch: Number(meta.generation) });
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        if (code !== 412 && code !== 404) throw err;
      }
    }),
  );
}
