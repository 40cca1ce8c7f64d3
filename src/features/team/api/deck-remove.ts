import { httpsCallable } from 'firebase/functions';
import { functions } from '@/lib/firebase/functions';

/** The deck, the file answering a `file` question (its stored name, e.g. `certificates.pdf`) or an image slot (1–6). */
export type RemovableFile = { kind: 'deck' } | { kind: 'file'; name: string } | { kind: 'image'; slot: number };

const removeEntryFileCall = httpsCallable<
  { competitionId: string; entryId: string } & RemovableFile,
  { removed: string }
>(functions, 'removeEntryFile');

/**
 * Deletes one of the team's files (callable `removeEntryFile`: clients
 * cannot delete in Storage). Errors are the SDK's; errorKind/callableCode read them.
 */
export async function removeEntryFile(competitionId: string, entryId: string, file: RemovableFile): Promise<void> {
  await removeEntryFileCall({ competitionId, entryId, ...file });
}
