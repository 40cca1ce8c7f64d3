// One upload of one of the team's files: read the first bytes and check them
// in the browser (nothing leaves the device when they fail), then upload with
// progress and cancel. The caller says where the file goes and under which
// type, from those bytes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorKind, type ErrorKind } from '@/lib/errors';
import { isUploadCancelled, uploadEntryObject, type UploadHandle } from '../../api/deck-storage';

/** What to do with a chosen file: upload it (to `path`, as `contentType`) or refuse it with a message. */
export type UploadPlan = { ok: true; path: string; contentType: string } | { ok: false; message: string };

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'uploading'; sent: number; total: number }
  | { phase: 'refused'; message: string }
  | { phase: 'failed'; kind: ErrorKind }
  | { phase: 'cancelled' }
  | { phase: 'done'; path: string; generation: string };

/** How many first bytes the checks read (PDF, JPEG and PNG signatures fit). */
const HEAD_BYTES = 8;

/** The file's first bytes, or null if it cannot be read. FileReader: older in-app browsers lack Blob.arrayBuffer. */
function readHead(file: Blob): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result instanceof ArrayBuffer ? new Uint8Array(reader.result) : null);
    reader.onerror = () => resolve(null);
    reader.readAsArrayBuffer(file.slice(0, HEAD_BYTES));
  });
}

export function useEntryUpload() {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const handle = useRef<UploadHandle | null>(null);
  // Leaving the page stops an upload nobody would see finish.
  useEffect(() => () => handle.current?.cancel(), []);

  const upload = useCallback(
    async (file: File, plan: (head: Uint8Array | null, size: number) => UploadPlan): Promise<UploadState> => {
      setState({ phase: 'reading' });
      const decided = plan(await readHead(file), file.size);
      if (!decided.ok) {
        const next: UploadState = { phase: 'refused', message: decided.message };
        setState(next);
        return next;
      }
      setState({ phase: 'uploading', sent: 0, total: file.size });
      const current = uploadEntryObject(decided.path, file, decided.contentType, ({ sent, total }) =>
        setState({ phase: 'uploading', sent, total }),
      );
      handle.current = current;
      let next: UploadState;
      try {
        next = { phase: 'done', path: decided.path, generation: await current.done };
      } catch (error) {
        next = isUploadCancelled(error) ? { phase: 'cancelled' } : { phase: 'failed', kind: errorKind(error) };
      } finally {
        if (handle.current === current) handle.current = null;
      }
      setState(next);
      return next;
    },
    [],
  );

  const cancel = useCallback(() => handle.current?.cancel(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, upload, cancel, reset };
}
