// Download URLs for what a team uploaded (deck, file answers); storage.rules
// let organizers of the competition read them. The Storage SDK loads on first
// use, when the organizer opens the deck or a file, not with the route.

/** A URL to read the object at `path` with (PDF.js for the deck, a link for a file answer). */
export async function entryFileUrl(path: string): Promise<string> {
  const [{ getDownloadURL, ref }, { storage }] = await Promise.all([
    import('firebase/storage'),
    import('@/lib/firebase/storage'),
  ]);
  return getDownloadURL(ref(storage, path));
}
