// After an upload, the Storage trigger checks the deck and records it on the
// entry (deckPath), or deletes it. The page's live entry brings deckPath in;
// this also looks at the object itself, because a refused first upload
// changes nothing on the entry (deckPath stays null).
import { useEffect, useRef, useState } from 'react';
import { storedGeneration } from '../../api/deck-storage';

export type DeckCheck = 'none' | 'checking' | 'verified' | 'refused';

export interface UploadedDeck {
  path: string;
  generation: string;
  /** A deck was recorded before this upload (deckPath stays the same when it is kept). */
  replacing: boolean;
}

const POLL_MS = 1500;
/**
 * A replaced deck keeps its deckPath, so its recording cannot be seen: the
 * new generation still being there after this many looks means the trigger
 * (which runs within a second or two of the upload) kept it.
 */
const REPLACED_KEPT_AFTER = 3;

/** Whether the deck just uploaded has been checked by the server: kept (verified) or deleted (refused). */
export function useDeckCheck(uploaded: UploadedDeck | null, deckPath: string | null): DeckCheck {
  // The result for one upload; another upload starts 'checking' again.
  const [result, setResult] = useState<{ for: UploadedDeck; check: DeckCheck } | null>(null);
  const recorded = useRef(deckPath);
  useEffect(() => {
    recorded.current = deckPath;
  }, [deckPath]);

  useEffect(() => {
    if (!uploaded) return;
    let looks = 0;
    let timer = 0;
    const settle = (check: DeckCheck) => {
      window.clearInterval(timer);
      setResult({ for: uploaded, check });
    };
    const look = async () => {
      // The trigger recorded a first deck; or cleared a replaced one it deleted.
      if (!uploaded.replacing && recorded.current === uploaded.path) return settle('verified');
      if (uploaded.replacing && recorded.current === null) return settle('refused');
      const generation = await storedGeneration(uploaded.path).catch(() => undefined);
      if (generation === undefined) return; // offline: look again
      looks++;
      if (generation === null) settle('refused');
      // Replaced meanwhile by a newer upload (another tab): that one is checked on its own.
      else if (generation !== uploaded.generation) settle('verified');
      else if (uploaded.replacing && looks >= REPLACED_KEPT_AFTER) settle('verified');
    };
    timer = window.setInterval(() => void look(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [uploaded]);

  if (!uploaded) return 'none';
  if (result?.for === uploaded) return result.check;
  // Seen at once, without waiting for the next look.
  if (!uploaded.replacing && deckPath === uploaded.path) return 'verified';
  return 'checking';
}
