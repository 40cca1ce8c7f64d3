// Writes a copy of firebase.json whose emulator ports are shifted by `offset`,
// so a test run can go on while `npm run dev` holds the default ports.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREBASE_CONFIG, root } from './emulator-env.mjs';

export function configWithPortOffset(offset) {
  const cfg = JSON.parse(readFileSync(FIREBASE_CONFIG, 'utf8'));
  for (const v of Object.values(cfg.emulators)) {
    if (v && typeof v === 'object' && 'port' in v) v.port = Number(v.port) + offset;
    if (v && typeof v === 'object' && 'websocketPort' in v) v.websocketPort = Number(v.websocketPort) + offset;
  }
  // Paths in a config are relative to it: make them absolute.
  cfg.firestore.rules = join(root, cfg.firestore.rules);
  cfg.firestore.indexes = join(root, cfg.firestore.indexes);
  cfg.storage.rules = join(root, cfg.storage.rules);
  for (const f of cfg.functions) f.source = join(root, f.source);
  cfg.hosting.public = join(root, cfg.hosting.public);
  const dir = join(root, '.tmp');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `firebase.offset-${offset}.json`);
  writeFileSync(out, JSON.stringify(cfg, null, 2));
  return out;
}
