// The team's files in Cloud Storage: resumable uploads with progress and
// cancel, a download URL for the preview, and whether an object is still
// there (the Storage trigger deletes what it refuses). The Storage SDK is
// loaded on first use, not with the entry route: most visits upload nothing,
// and the route has a JavaScript budget (README).
import { errorCode } from '@/lib/errors';

/** The Storage SDK and the app's bucket, loaded on first use (image-storage.ts shares it). */
export const sdk = async () => {
  const [api, { storage }] = await Promise.all([import('firebase/storage'), import('@/lib/firebase/storage')]);
  return { ...api, storage };
};

export interface UploadProgress {
  sent: number;
  total: number;
}

export interface UploadHandle {
  /** Resolves with the stored generation when the upload is complete; rejects on failure or cancel. */
  done: Promise<string>;
  cancel: () => void;
}

/** What `done` rejects with when the upload was cancelled (the SDK's own code). */
const CANCELLED = 'storage/canceled';

/** Uploads `file` to `path` with this Content-Type (storage.rules and the trigger check it). */
export function uploadEntryObject(
  path: string,
  file: Blob,
  contentType: string,
  onProgress: (progress: UploadProgress) => void,
): UploadHandle {
  let cancelled = false;
  let cancelTask: (() => void) | null = null;
  const done = sdk().then(
    ({ ref, storage, uploadBytesResumable }) =>
      new Promise<string>((resolve, reject) => {
        if (cancelled) return reject(Object.assign(new Error('Upload cancelled'), { code: CANCELLED }));
        const task = uploadBytesResumable(ref(storage, path), file, { contentType });
        cancelTask = () => void task.cancel();
        task.on(
          'state_changed',
          (snap) => onProgress({ sent: snap.bytesTransferred, total: snap.totalBytes }),
          reject,
          () => resolve(task.snapshot.metadata.generation),
        );
      }),
  );
  return {
    done,
    cancel: () => {
      cancelled = true;
      cancelTask?.();
    },
  };
}

/** Whether a cancelled upload is what rejected `done` (not a failure to report). */
export const isUploadCancelled = (error: unknown): boolean => errorCode(error) === CANCELLED;

/** A URL to read the object with (the preview hands it to PDF.js). */
export async function entryObjectUrl(path: string): Promise<string> {
  const { getDownloadURL, ref, storage } = await sdk();
  return getDownloadURL(ref(storage, path));
}

/** The generation stored at `path`, or null when nothing is there (e.g. the trigger deleted it). */
export async function storedGeneration(path: string): Promise<string | null> {
  const { getMetadata, ref, storage } = await sdk();
  try {
    return (await getMetadata(ref(storage, path))).generation;
  } catch (error) {
    if (errorCode(error) === 'storage/object-not-found') return null;
    throw error;
  }
}
