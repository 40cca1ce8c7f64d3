// A second set of emulators, every port shifted by an offset, runs beside the
// default one (`npm run test:emulators` runs this file inside it) and serves
// the callable functions: with-emulators --port-offset starts Auth, Firestore
// and Functions on the shifted ports and runs a probe that calls
// computeRoundResults signed out, which only a loaded function answers with
// UNAUTHENTICATED. Needs only its own emulators, on ports it checks are free.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offsetConfigPath, shiftPorts } from '../../scripts/emulators/config-offset.mjs';
import { FIREBASE_CONFIG, root } from '../../scripts/emulators/emulator-env.mjs';
import { portsOf } from '../../scripts/emulators/preflight.mjs';
import { portFree } from '../../scripts/lib/ports.mjs';

const CANDIDATE_OFFSETS = [3000, 3600, 4200, 4800, 5400];
const RUN_TIMEOUT_MS = 140_000;
const STOP_TIMEOUT_MS = 25_000;

async function allFree(ports: number[]): Promise<boolean> {
  return (await Promise.all(ports.map((p) => portFree(p)))).every(Boolean);
}

/** The first candidate offset whose shifted ports are all free. */
async function freeOffset(): Promise<{ offset: number; ports: number[]; functionsPort: number }> {
  const cfg = JSON.parse(readFileSync(FIREBASE_CONFIG, 'utf8'));
  for (const offset of CANDIDATE_OFFSETS) {
    const shifted = shiftPorts(cfg, offset);
    if (!shifted.ok) continue;
    const ports = portsOf(shifted.config.emulators).map((p) => p.port);
    if (await allFree(ports)) return { offset, ports, functionsPort: shifted.config.emulators.functions.port };
  }
  throw new Error(`No free port offset among ${CANDIDATE_OFFSETS.join(', ')}.`);
}

/** Runs with-emulators; on a timeout, asks it to stop (it stops firebase-tools and its emulators). */
function withEmulators(args: string[]): Promise<{ code: number | null; signal: string | null; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['scripts/emulators/with-emulators.mjs', ...args], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const kill = setTimeout(() => {
      output += `\n[test] no exit after ${RUN_TIMEOUT_MS / 1000} s: sending SIGTERM\n`;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS).unref();
    }, RUN_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(kill);
      resolveRun({ code, signal, output });
    });
  });
}

async function waitUntilFree(ports: number[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await allFree(ports)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return allFree(ports);
}

describe('emulators with --port-offset', () => {
  it(
    'load the functions and serve a callable beside the default emulators, then stop',
    async () => {
      const { offset, ports, functionsPort } = await freeOffset();
      const probe = `node scripts/emulators/probe-callable.mjs --port ${functionsPort}`;
      const run = await withEmulators(['--only', 'auth,firestore,functions', '--port-offset', String(offset), probe]);

      const context = `with-emulators --port-offset ${offset} said:\n${run.output}`;
      expect(run.output, context).not.toMatch(/Failed to load function definition/);
      expect(run.output, context).toMatch(/Loaded functions definitions from source: .*computeRoundResults/);
      expect(run.output, context).toContain(
        `✔ probe: computeRoundResults on port ${functionsPort} answered UNAUTHENTICATED (HTTP 401)`,
      );
      expect(run.code, context).toBe(0);

      // Everything it started has stopped, and the generated config is gone.
      expect(await waitUntilFree(ports, 10_000), `ports still in use: ${ports.join(', ')}`).toBe(true);
      expect(existsSync(offsetConfigPath(offset))).toBe(false);
    },
    RUN_TIMEOUT_MS + STOP_TIMEOUT_MS + 15_000,
  );
});
