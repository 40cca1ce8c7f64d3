import { logger } from 'firebase-functions';
import { onObjectFinalized } from 'firebase-functions/v2/storage';
import { deleteObject, recordDeck, replaceOlderImagesOfSlot, storedObjectProblem } from './stored-object-check';

/**
 * Second line of defence behind storage.rules, run on every new object: what
 * breaks the limits (path, type and first bytes, 20 MiB for a deck or a file
 * answer and 5 MiB for an image, deadline, entry status, a published export's
 * hash) is deleted; a deck that passes is recorded on its entry, an image that
 * passes replaces the older image of its slot. It matters most locally, where the Storage emulator's rules stand-in
 * enforces nothing.
 */
export const validateDeckUpload = onObjectFinalized(async (event) => {
  const problem = await storedObjectProblem(event.data);
  if (!problem) {
    await Promise.all([recordDeck(event.data), replaceOlderImagesOfSlot(event.data)]);
    return;
  }
  logger.warn(`Deleting ${event.data.name}: ${problem}`);
  await deleteObject(event.data);
});
