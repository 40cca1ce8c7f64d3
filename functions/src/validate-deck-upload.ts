import { logger } from 'firebase-functions';
import { onObjectFinalized } from 'firebase-functions/v2/storage';
import { uploadProblem } from '../../src/domain/submission/deck';
import { storage } from './admin';

/**
 * Second line of defence behind storage.rules: deletes any upload that breaks
 * the deck limits (path, PDF type, 20 MiB). It matters most locally, where the
 * Storage emulator's rules stand-in enforces nothing.
 */
export const validateDeckUpload = onObjectFinalized(async (event) => {
  const { name, contentType, size, bucket } = event.data;
  const problem = uploadProblem(name, contentType, Number(size));
  if (!problem) return;
  logger.warn(`Deleting ${name}: upload breaks the ${problem.kind} limit`, problem);
  await storage.bucket(bucket).file(name).delete({ ignoreNotFound: true });
});
