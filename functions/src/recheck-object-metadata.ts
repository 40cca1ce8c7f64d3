import { logger } from 'firebase-functions';
import { onObjectMetadataUpdated } from 'firebase-functions/v2/storage';
import { deleteObject, storedObjectProblem } from './stored-object-check';

/**
 * A metadata update (e.g. a deck's Content-Type switched to text/html, so a
 * browser would render it) is checked again for what metadata can change:
 * storage.rules refuse it where they run, and this deletes what got past them.
 */
export const recheckObjectMetadata = onObjectMetadataUpdated(async (event) => {
  const problem = await storedObjectProblem(event.data, { metadataOnly: true });
  if (!problem) return;
  logger.warn(`Deleting ${event.data.name} after a metadata update: ${problem}`);
  await deleteObject(event.data);
});
