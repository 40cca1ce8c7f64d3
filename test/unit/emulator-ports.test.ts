// @vitest-environment node
// The SPA connects to the emulators on fixed ports; they must stay the ports
// firebase.json starts them on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMULATOR_HOST, EMULATOR_PORTS } from '../../src/lib/firebase/config';

describe('emulator ports', () => {
  it('are the ports firebase.json starts the emulators on', () => {
    const { emulators } = JSON.parse(readFileSync(join(process.cwd(), 'firebase.json'), 'utf8')) as {
      emulators: Record<string, { host?: string; port?: number }>;
    };
    for (const [name, port] of Object.entries(EMULATOR_PORTS)) {
      expect(emulators[name], name).toMatchObject({ host: EMULATOR_HOST, port });
    }
  });
});
