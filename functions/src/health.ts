import { onRequest } from 'firebase-functions/v2/https';

// A trivial endpoint so scripts can tell that the functions emulator has
// loaded this codebase.
export const health = onRequest((_req, res) => {
  res.json({ ok: true });
});
