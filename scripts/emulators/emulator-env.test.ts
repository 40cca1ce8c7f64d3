// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emulatorEnv } from './emulator-env.mjs';

const env = emulatorEnv();
const shimmed = env.ok && env.mode === 'shimmed';

describe('emulatorEnv', () => {
  it('either can run the emulators or says in one line what to install', () => {
    if (env.ok) expect(['native', 'shimmed']).toContain(env.mode);
    else expect(env.reason).toMatch(/install/i);
  });

  // Only where the machine needs the shim (Java < 21 with the Debian jar).
  it.runIf(shimmed)('puts a java shim first on PATH that reports Java 21 to firebase-tools', () => {
    if (!env.ok) throw new Error('unreachable');
    const shim = join(String(env.env.PATH).split(':')[0] ?? '', 'java');
    const version = spawnSync(shim, ['-version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stderr).toMatch(/version "21/);
    // Anything else reaches the real java.
    const real = execFileSync(shim, ['--version'], { encoding: 'utf8' });
    expect(real).not.toMatch(/shim/);
    expect(env.env.FIRESTORE_EMULATOR_BINARY_PATH).toMatch(/firestore-emulator\.jar$/);
    expect(env.env.STORAGE_EMULATOR_BINARY_PATH).toMatch(/storage-rules-runtime\.jar$/);
  });
});
