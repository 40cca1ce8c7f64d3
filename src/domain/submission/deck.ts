// What may be stored in Cloud Storage, and the pitch deck's limits: shared by
// the upload form (to refuse early, with a message), storage.rules (which
// repeat them) and the Storage triggers (which delete whatever slipped past).

export const DECK_MAX_BYTES = 20 * 1024 * 1024;
export const DECK_CONTENT_TYPE = 'application/pdf';
/** Every PDF file starts with these bytes (ISO 32000-1, 7.5.2). */
export const PDF_MAGIC = '%PDF-';

/** What a stored object's path says it is. */
export type StoredObject =
  | { kind: 'deck'; competitionId: string; entryId: string }
  /** The export a published version froze, public: `public/{cid}/v{n}/export.json`. */
  | { kind: 'published-export'; competitionId: string; versionId: string }
  /** A computation's export, `competitions/{cid}/exports/{sha256}.json`, named by its own SHA-256. */
  | { kind: 'stored-export'; competitionId: string; sha256: string }
  /**
   * JSON the publishing functions write beside the exports: a computation's
   * results (`exports/{sha256}.results.json`) and award confidence
   * (`exports/{sha256}.confidence.json`), a version's
   * (`public/{cid}/v{n}/results.json`) and the public page's file
   * (`public/{cid}/results.json`).
   */
  | { kind: 'results-json'; competitionId: string }
  /** A file answering one of the competition's `file` questions (entry-file.ts names it). */
  | { kind: 'entry-file'; competitionId: string; entryId: string; name: string }
  /** One of the entry's optional product images (entry-image.ts names it). */
  | { kind: 'entry-image'; competitionId: string; entryId: string; name: string }
  | { kind: 'unknown' };

// Ids as the app makes them (letters, digits, '-', '_'): a path with any other
// id, e.g. one Firestore reserves ('__x__'), names nothing of the app's.
const ID = '([A-Za-z0-9_-]{1,128})';
const DECK_PATH = new RegExp(`^competitions/${ID}/entries/${ID}/deck\\.pdf$`);
// Any name here; whether the app makes it is the trigger's check (entry-file.ts).
const ENTRY_FILE_PATH = new RegExp(`^competitions/${ID}/entries/${ID}/files/([^/]{1,200})$`);
const ENTRY_IMAGE_PATH = new RegExp(`^competitions/${ID}/entries/${ID}/images/([^/]{1,200})$`);
const PUBLISHED_EXPORT_PATH = new RegExp(`^public/${ID}/(v[1-9][0-9]{0,8})/export\\.json$`);
const STORED_EXPORT_PATH = new RegExp(`^competitions/${ID}/exports/([0-9a-f]{64})\\.json$`);
const RESULTS_JSON_PATHS = [
  new RegExp(`^competitions/${ID}/exports/[0-9a-f]{64}\\.results\\.json$`),
  // The award confidence computed with those results (computeRoundResults).
  new RegExp(`^competitions/${ID}/exports/[0-9a-f]{64}\\.confidence\\.json$`),
  new RegExp(`^public/${ID}/v[1-9][0-9]{0,8}/results\\.json$`),
  new RegExp(`^public/${ID}/results\\.json$`),
];
const isAppId = (id: string) => !/^__.*__$/.test(id);

export function classifyObjectPath(path: string): StoredObject {
  const deck = DECK_PATH.exec(path);
  if (deck && isAppId(deck[1]!) && isAppId(deck[2]!)) {
    return { kind: 'deck', competitionId: deck[1]!, entryId: deck[2]! };
  }
  const file = ENTRY_FILE_PATH.exec(path);
  if (file && isAppId(file[1]!) && isAppId(file[2]!)) {
    return { kind: 'entry-file', competitionId: file[1]!, entryId: file[2]!, name: file[3]! };
  }
  const image = ENTRY_IMAGE_PATH.exec(path);
  if (image && isAppId(image[1]!) && isAppId(image[2]!)) {
    return { kind: 'entry-image', competitionId: image[1]!, entryId: image[2]!, name: image[3]! };
  }
  const published = PUBLISHED_EXPORT_PATH.exec(path);
  if (published && isAppId(published[1]!) && isAppId(published[2]!)) {
    return { kind: 'published-export', competitionId: published[1]!, versionId: published[2]! };
  }
  const stored = STORED_EXPORT_PATH.exec(path);
  if (stored && isAppId(stored[1]!)) {
    return { kind: 'stored-export', competitionId: stored[1]!, sha256: stored[2]! };
  }
  for (const pattern of RESULTS_JSON_PATHS) {
    const results = pattern.exec(path);
    if (results && isAppId(results[1]!)) return { kind: 'results-json', competitionId: results[1]! };
  }
  return { kind: 'unknown' };
}

export type DeckProblem =
  { kind: 'type'; contentType: string | null } | { kind: 'size'; size: number } | { kind: 'not-pdf' };

/** Why a file's declared type and size break the deck's limits, or null. */
export function deckMetadataProblem(contentType: string | undefined | null, size: number): DeckProblem | null {
  if (contentType !== DECK_CONTENT_TYPE) return { kind: 'type', contentType: contentType ?? null };
  if (!(size <= DECK_MAX_BYTES)) return { kind: 'size', size };
  return null;
}

/** Whether a file's first bytes are a PDF header (its type and name may lie). */
export function startsLikePdf(head: Uint8Array): boolean {
  if (head.length < PDF_MAGIC.length) return false;
  for (let i = 0; i < PDF_MAGIC.length; i++) if (head[i] !== PDF_MAGIC.charCodeAt(i)) return false;
  return true;
}

export type DeckFileCheck = { ok: true } | { ok: false; problem: 'empty' | 'not-pdf' | 'size' };

/**
 * The browser's check before a deck is uploaded: its first bytes (a renamed
 * file is refused whatever its name) and its size. The server checks again.
 */
export function checkDeckFile(head: Uint8Array, size: number): DeckFileCheck {
  if (size === 0) return { ok: false, problem: 'empty' };
  if (!startsLikePdf(head)) return { ok: false, problem: 'not-pdf' };
  if (size > DECK_MAX_BYTES) return { ok: false, problem: 'size' };
  return { ok: true };
}
