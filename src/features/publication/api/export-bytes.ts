// The stored export's exact bytes from Cloud Storage (storage.rules: the
// organizers of the competition read `competitions/{cid}/exports/**`). The
// Storage SDK loads on the first download, not with the page.

/** The bytes at `path`, checked against the SHA-256 they are stored under. */
export async function loadExportBytes(path: string, sha256: string): Promise<Uint8Array> {
  const [{ getBytes, ref }, { storage }] = await Promise.all([
    import('firebase/storage'),
    import('@/lib/firebase/storage'),
  ]);
  const bytes = new Uint8Array(await getBytes(ref(storage, path)));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  if (hex !== sha256) throw new ExportHashMismatch(sha256, hex);
  return bytes;
}

/** The file read is not the one the results were computed from. */
export class ExportHashMismatch extends Error {
  readonly code = 'hash-mismatch';
  constructor(expected: string, actual: string) {
    super(`The stored export hashes to ${actual}, not ${expected}.`);
    this.name = 'ExportHashMismatch';
  }
}
