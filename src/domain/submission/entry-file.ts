// The files a team attaches to answers of the competition's `file` questions
// (competitions/{cid}/entries/{eid}/files/{name}): which types and sizes are
// accepted, how a file is named, and how its first bytes tell its real type.
// Shared by the upload field (to refuse early), storage.rules (which repeat
// the limits) and the Storage trigger (which deletes whatever slipped past).
//
// A file answer is a certificate, a licence or a photo of one: PDF, JPEG or
// PNG, at most 20 MiB like the deck. Its name is generated, never the user's:
// `{questionId}.{pdf|jpg|png}`, so one question holds one file, a new upload
// replaces the old one of the same type, and the name says which question it
// answers (the trigger checks that question exists and asks for a file).

export const ENTRY_FILE_MAX_BYTES = 20 * 1024 * 1024;

export type FileType = 'pdf' | 'jpeg' | 'png';

export const FILE_TYPES: Record<FileType, { contentType: string; extension: string }> = {
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
};

/** What the file picker offers (the check is on the bytes, not on this). */
export const FILE_ANSWER_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

/** How many first bytes sniffFileType needs. */
export const SNIFF_BYTES = 8;

const startsWith = (head: Uint8Array, magic: readonly number[]) =>
  head.length >= magic.length && magic.every((b, i) => head[i] === b);

/** The real type of a file from its first bytes (its name and declared type may lie), or null. */
export function sniffFileType(head: Uint8Array): FileType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  return null;
}

const NAME = /^([a-z][a-z0-9-]{0,39})\.(pdf|jpg|png)$/;
const BY_EXTENSION = Object.fromEntries(
  (Object.keys(FILE_TYPES) as FileType[]).map((t) => [FILE_TYPES[t].extension, t]),
) as Record<string, FileType>;

/** The stored name of the file answering `questionId`. */
export const fileAnswerName = (questionId: string, type: FileType): string =>
  `${questionId}.${FILE_TYPES[type].extension}`;

/** The question and type a stored file's name stands for, or null when the app never makes that name. */
export function parseFileAnswerName(name: string): { questionId: string; type: FileType } | null {
  const m = NAME.exec(name);
  return m ? { questionId: m[1]!, type: BY_EXTENSION[m[2]!]! } : null;
}

export type EntryFileProblem =
  { kind: 'name' } | { kind: 'type'; contentType: string | null } | { kind: 'size'; size: number } | { kind: 'bytes' };

/** Why a stored file's name, declared type or size break the limits, or null. */
export function entryFileMetadataProblem(
  name: string,
  contentType: string | undefined | null,
  size: number,
): EntryFileProblem | null {
  const parsed = parseFileAnswerName(name);
  if (!parsed) return { kind: 'name' };
  if (contentType !== FILE_TYPES[parsed.type].contentType) return { kind: 'type', contentType: contentType ?? null };
  if (!(size <= ENTRY_FILE_MAX_BYTES)) return { kind: 'size', size };
  return null;
}

/**
 * The browser's check before an upload: the real type from the first bytes,
 * then the size. Returns the type to name and declare the file with.
 */
export function checkFileAnswer(
  head: Uint8Array,
  size: number,
): { ok: true; type: FileType } | { ok: false; problem: 'type' | 'size' | 'empty' } {
  if (size === 0) return { ok: false, problem: 'empty' };
  const type = sniffFileType(head);
  if (!type) return { ok: false, problem: 'type' };
  if (size > ENTRY_FILE_MAX_BYTES) return { ok: false, problem: 'size' };
  return { ok: true, type };
}
