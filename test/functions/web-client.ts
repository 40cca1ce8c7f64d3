// A web SDK client of the local emulators, signed in as a demo account: what
// a user's browser can do, rules included (the emulators load firestore.rules).
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, setLogLevel, type Firestore } from 'firebase/firestore';
import { DEMO_PASSWORD } from '../../scripts/seed/demo-accounts.mjs';

setLogLevel('silent');

function hostPort(variable: string): [string, number] {
  const value = process.env[variable];
  if (!value) throw new Error(`${variable} is not set: run this suite through scripts/emulators/with-emulators.mjs.`);
  const at = value.lastIndexOf(':');
  return [value.slice(0, at), Number(value.slice(at + 1))];
}

let apps = 0;

export async function signedInAs(email: string): Promise<{ db: Firestore; close: () => Promise<void> }> {
  const app: FirebaseApp = initializeApp({ projectId: 'demo-judging', apiKey: 'demo-key' }, `web-${++apps}`);
  const auth = getAuth(app);
  const [authHost, authPort] = hostPort('FIREBASE_AUTH_EMULATOR_HOST');
  connectAuthEmulator(auth, `http://${authHost}:${authPort}`, { disableWarnings: true });
  await signInWithEmailAndPassword(auth, email, DEMO_PASSWORD);
  const db = getFirestore(app);
  connectFirestoreEmulator(db, ...hostPort('FIRESTORE_EMULATOR_HOST'));
  return { db, close: () => deleteApp(app) };
}
