import { sendPasswordResetEmail } from 'firebase/auth';
import { errorCode } from '@/lib/errors';
import { auth } from '@/lib/firebase/auth';

/**
 * Asks Firebase to mail a reset link. An unknown address counts as success:
 * the page must not reveal which addresses have accounts. (In the emulator
 * the link is printed in the emulator's log.)
 */
export async function requestPasswordReset(email: string, languageCode: string): Promise<void> {
  auth.languageCode = languageCode;
  try {
    await sendPasswordResetEmail(auth, email);
  } catch (error) {
    if (errorCode(error) === 'auth/user-not-found') return;
    throw error;
  }
}
