import { onObjectDeleted } from 'firebase-functions/v2/storage';
import { objectExists, recordDeck } from './stored-object-check';

/** A deck that is gone is no longer on its entry (unless it was only overwritten). */
export const forgetDeletedDeck = onObjectDeleted(async (event) => {
  if (await objectExists(event.data)) return;
  await recordDeck(event.data, false);
});
