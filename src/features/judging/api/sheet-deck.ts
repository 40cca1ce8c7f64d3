// A URL to read an entry's deck with (PDF.js fetches it). The Storage SDK is
// loaded on first use, when the judge opens the deck, not with the route:
// the scoring screen has a JavaScript budget (README, "Speed").

/** A download URL for the object at `path` (storage.rules let an assigned judge read the deck). */
export async function sheetDeckUrl(path: string): Promise<string> {
  const [{ getDownloadURL, ref }, { storage }] = await Promise.all([
    import('firebase/storage'),
    import('@/lib/firebase/storage'),
  ]);
  return getDownloadURL(ref(storage, path));
}
