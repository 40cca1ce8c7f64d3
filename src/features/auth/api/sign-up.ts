import { createUserWithEmailAndPassword, updateProfile } from 'firebase/auth';
import type { Language } from '@/i18n/languages';
import type { SessionUser } from '@/lib/auth/session-store';
import { auth } from '@/lib/firebase/auth';

export interface SignUpInput {
  displayName: string;
  email: string;
  password: string;
  locale: Language;
}

/**
 * Creates the account, names it, and writes the `users/{uid}` profile
 * (fields as in docs/data-model.md; `email` must equal the token's email).
 */
export async function signUp({ displayName, email, password, locale }: SignUpInput): Promise<SessionUser> {
  const { user } = await createUserWithEmailAndPassword(auth, email, password);
  await updateProfile(user, { displayName });
  // Loaded here, not at the top: the sign-in pages then need no Firestore.
  const [{ doc, serverTimestamp, setDoc }, { db }] = await Promise.all([
    import('firebase/firestore/lite'),
    import('@/lib/firebase/firestore'),
  ]);
  await setDoc(doc(db, 'users', user.uid), {
    displayName,
    email: user.email ?? email,
    locale,
    createdAt: serverTimestamp(),
  });
  return { uid: user.uid, email: user.email ?? email, displayName };
}
