import { onObjectDeleted } from 'firebase-functions/v2/storage';
import { forgetDeck } from './stored-object-check';

/** A deck that is gone is no longer on its entry (unless it was only overwritten). */
export const forgetDeletedDeck = onObjectDeleted((event) => forgetDeck(event.data));
