// Optional product images of an entry: competitions/{cid}/entries/{eid}/images/
// image-{1..6}.{jpg|png|webp}. Six numbered slots, so at most six images by
// construction; a slot holds one image (a new upload into a slot replaces the
// one there, whatever its type). JPEG, PNG or WebP by their first bytes, at
// most 5 MiB each. Shared by the images section (to refuse early), storage.rules
// (which repeat the limits) and the Storage trigger (which deletes whatever
// slipped past, and the older image of a slot).
import { sniffFileType } from './entry-file';

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const IMAGE_SLOTS = 6;

export type ImageType = 'jpeg' | 'png' | 'webp';
export const IMAGE_TYPES: Record<ImageType, { contentType: string; extension: string }> = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
  webp: { contentType: 'image/webp', extension: 'webp' },
};
const IMAGE_TYPE_LIST = Object.keys(IMAGE_TYPES) as ImageType[];

/** What the file picker offers (the check is on the bytes, not on this). */
export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp';

/** How many first bytes sniffImageType needs (WebP: "RIFF", 4 size bytes, "WEBP"). */
export const IMAGE_SNIFF_BYTES = 12;

const ascii = (head: Uint8Array, from: number, text: string) =>
  head.length >= from + text.length && [...text].every((c, i) => head[from + i] === c.charCodeAt(0));

/** The real type of an image from its first bytes (its name and declared type may lie), or null. */
export function sniffImageType(head: Uint8Array): ImageType | null {
  const type = sniffFileType(head);
  if (type === 'jpeg' || type === 'png') return type;
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return 'webp';
  return null;
}

const NAME = /^image-([1-6])\.(jpg|png|webp)$/;
const BY_EXTENSION = Object.fromEntries(IMAGE_TYPE_LIST.map((t) => [IMAGE_TYPES[t].extension, t])) as Record<
  string,
  ImageType
>;

export const isImageSlot = (slot: unknown): slot is number =>
  typeof slot === 'number' && Number.isInteger(slot) && slot >= 1 && slot <= IMAGE_SLOTS;

/** The stored name of the image in `slot` (1–6). */
export function imageName(slot: number, type: ImageType): string {
  if (!isImageSlot(slot)) throw new RangeError(`not an image slot: ${slot}`);
  return `image-${slot}.${IMAGE_TYPES[type].extension}`;
}

/** The slot and type a stored image's name stands for, or null when the app never makes that name. */
export function parseImageName(name: string): { slot: number; type: ImageType } | null {
  const m = NAME.exec(name);
  return m ? { slot: Number(m[1]), type: BY_EXTENSION[m[2]!]! } : null;
}

/** Every name slot `slot` may have (one per type): replacing or removing it clears them all. */
export const imageSlotNames = (slot: number): string[] => IMAGE_TYPE_LIST.map((t) => imageName(slot, t));

export const entryImagesFolder = (competitionId: string, entryId: string): string =>
  `competitions/${competitionId}/entries/${entryId}/images`;

export const entryImagePath = (competitionId: string, entryId: string, name: string): string =>
  `${entryImagesFolder(competitionId, entryId)}/${name}`;

/** The first slot no image holds, or null when all six do. */
export function firstFreeSlot(names: readonly string[]): number | null {
  const taken = new Set(names.map((n) => parseImageName(n)?.slot));
  for (let slot = 1; slot <= IMAGE_SLOTS; slot++) if (!taken.has(slot)) return slot;
  return null;
}

export type EntryImageProblem =
  { kind: 'name' } | { kind: 'type'; contentType: string | null } | { kind: 'size'; size: number };

/** Why a stored image's name, declared type or size break the limits, or null. */
export function entryImageMetadataProblem(
  name: string,
  contentType: string | undefined | null,
  size: number,
): EntryImageProblem | null {
  const parsed = parseImageName(name);
  if (!parsed) return { kind: 'name' };
  if (contentType !== IMAGE_TYPES[parsed.type].contentType) return { kind: 'type', contentType: contentType ?? null };
  if (!(size <= IMAGE_MAX_BYTES)) return { kind: 'size', size };
  return null;
}

/** The browser's check before an upload: the real type from the first bytes, then the size. */
export function checkImageFile(
  head: Uint8Array,
  size: number,
): { ok: true; type: ImageType } | { ok: false; problem: 'type' | 'size' | 'empty' } {
  if (size === 0) return { ok: false, problem: 'empty' };
  const type = sniffImageType(head);
  if (!type) return { ok: false, problem: 'type' };
  if (size > IMAGE_MAX_BYTES) return { ok: false, problem: 'size' };
  return { ok: true, type };
}
