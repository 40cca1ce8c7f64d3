import { logger } from 'firebase-functions';
import { onObjectFinalized } from 'firebase-functions/v2/storage';
import { deleteObject, recordDeck, storedObjectProblem } from './stored-object-check';

/**
 * Second line of defence behind storage.rules, run on every new object: what
 * breaks the limits (path, PDF type and bytes, 20 MiB, deadline, entry status,
 * a published export's hash) is deleted; a deck that passes is recorded on its
 * entry. It matters most locally, where the Storage emulator's rules stand-in
 * enforces nothing.
 */
export const validateDeckUpload = onObjectFinalized(async (event) => {
  const problem = await storedObjectProblem(event.data);
  if (!problem) return recordDeck(event.data);
  logger.warn(`Deleting ${event.data.name}: ${problem}`);
  await deleteObject(event.data);
});
