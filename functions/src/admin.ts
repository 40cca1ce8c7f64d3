import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';

// One Admin SDK app per function instance. In the emulators the SDK finds
// FIRESTORE_EMULATOR_HOST & co. by itself.
const app = getApps()[0] ?? initializeApp();

export const db = getFirestore(app);
export const storage = getStorage(app);
