import { signInWithEmailAndPassword } from 'firebase/auth';
import { auth } from '@/lib/firebase/auth';

/** Signs in; the session store learns of it through the auth listener. */
export async function signIn(email: string, password: string): Promise<void> {
  await signInWithEmailAndPassword(auth, email, password);
}
