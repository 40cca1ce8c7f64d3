// After an upload the Storage trigger checks the object and deletes it if it
// breaks a limit: this looks a few times whether the generation just uploaded
// is still there, then reports it kept or refused.
import { useEffect, useState } from 'react';
import { storedGeneration } from '../../api/deck-storage';

export interface UploadedObject {
  path: string;
  generation: string;
}

/** How many looks, and how far apart: the trigger runs within a second or two of an upload. */
const CHECK_LOOKS = 4;
const CHECK_MS = 1500;

/** Calls `settle` once the object uploaded is known kept or refused (null: nothing to check). */
export function useUploadCheck(uploaded: UploadedObject | null, settle: (kept: boolean) => void): boolean {
  const [checking, setChecking] = useState<UploadedObject | null>(null);
  const [seen, setSeen] = useState<UploadedObject | null>(null);
  if (uploaded !== seen) {
    setSeen(uploaded);
    setChecking(uploaded);
  }
  useEffect(() => {
    if (!checking) return;
    let looks = 0;
    const timer = window.setInterval(() => {
      void storedGeneration(checking.path).then(
        (generation) => {
          looks++;
          const refused = generation === null;
          if (refused || looks >= CHECK_LOOKS) {
            window.clearInterval(timer);
            setChecking(null);
            settle(!refused);
          }
        },
        () => undefined, // offline: look again
      );
    }, CHECK_MS);
    return () => window.clearInterval(timer);
  }, [checking, settle]);
  return checking !== null;
}
