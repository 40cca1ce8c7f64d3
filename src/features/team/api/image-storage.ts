// The entry's optional product images in Cloud Storage: what the images
// folder holds, one per slot, with a URL to show each. Loaded with the same
// on-demand Storage SDK as the deck (deck-storage.ts).
import { entryImagesFolder, parseImageName } from '@/domain/submission';
import { sdk } from './deck-storage';

export interface EntryImage {
  slot: number;
  /** The stored name, e.g. `image-2.png`. */
  name: string;
  path: string;
  url: string;
}

/**
 * The images of an entry, by slot. Names the app never makes are left out
 * (the trigger deletes them); while a slot briefly holds two types (a new
 * upload, before the trigger removes the older one), the later name wins.
 */
export async function listEntryImages(competitionId: string, entryId: string): Promise<EntryImage[]> {
  const { getDownloadURL, listAll, ref, storage } = await sdk();
  const { items } = await listAll(ref(storage, entryImagesFolder(competitionId, entryId)));
  const bySlot = new Map<number, { name: string; path: string }>();
  for (const item of items) {
    const parsed = parseImageName(item.name);
    if (parsed) bySlot.set(parsed.slot, { name: item.name, path: item.fullPath });
  }
  const found = [...bySlot.entries()].sort(([a], [b]) => a - b);
  const urls = await Promise.all(found.map(([, { path }]) => getDownloadURL(ref(storage, path)).catch(() => null)));
  return found.flatMap(([slot, { name, path }], i) => (urls[i] ? [{ slot, name, path, url: urls[i] }] : []));
}
