// The emulators the app uses (firebase.json configures their ports).
export const ALL_EMULATORS = 'auth,firestore,functions,storage';
