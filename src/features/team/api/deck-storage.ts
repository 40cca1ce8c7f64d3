// The team's files in Cloud Storage: resumable uploads with progress and
// cancel, a download URL for the preview, and whether an object is still
// there (the Storage trigger deletes what it refuses).
import { getDownloadURL, getMetadata, ref, uploadBytesResumable } from 'firebase/storage';
import { errorCode } from '@/lib/errors';
import { storage } from '@/lib/firebase/storage';

export interface UploadProgress {
  sent: number;
  total: number;
}

export interface UploadHandle {
  /** Resolves with the stored generation when the upload is complete; rejects on failure or cancel. */
  done: Promise<string>;
  cancel: () => void;
}

/** Uploads `file` to `path` with this Content-Type (storage.rules and the trigger check it). */
export function uploadEntryObject(
  path: string,
  file: Blob,
  contentType: string,
  onProgress: (progress: UploadProgress) => void,
): UploadHandle {
  const task = uploadBytesResumable(ref(storage, path), file, { contentType });
  const done = new Promise<string>((resolve, reject) => {
    task.on(
      'state_changed',
      (snap) => onProgress({ sent: snap.bytesTransferred, total: snap.totalBytes }),
      reject,
      () => resolve(task.snapshot.metadata.generation),
    );
  });
  return { done, cancel: () => void task.cancel() };
}

/** Whether a cancelled upload is what rejected `done` (not a failure to report). */
export const isUploadCancelled = (error: unknown): boolean => errorCode(error) === 'storage/canceled';

/** A URL to read the object with (the preview hands it to PDF.js). */
export const entryObjectUrl = (path: string): Promise<string> => getDownloadURL(ref(storage, path));

/** The generation stored at `path`, or null when nothing is there (e.g. the trigger deleted it). */
export async function storedGeneration(path: string): Promise<string | null> {
  try {
    return (await getMetadata(ref(storage, path))).generation;
  } catch (error) {
    if (errorCode(error) === 'storage/object-not-found') return null;
    throw error;
  }
}
