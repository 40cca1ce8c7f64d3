// Checks that the emulators can start before firebase-tools is asked to, so a
// missing Java or a busy port ends in one clear line instead of a stack trace.
import { portFree } from '../lib/ports.mjs';
import { emulatorConfig, emulatorEnv } from './emulator-env.mjs';

/** Every port a firebase.json (the project's by default) gives the emulators. */
export function emulatorPorts(configPath) {
  return portsOf(emulatorConfig(configPath));
}

/** Every port in the `emulators` section of a firebase.json, with what uses it. */
export function portsOf(emulators) {
  return Object.entries(emulators)
    .filter(([, v]) => v && typeof v === 'object' && 'port' in v)
    .flatMap(([name, v]) => [
      { name, port: Number(v.port) },
      ...('websocketPort' in v ? [{ name: `${name} websocket`, port: Number(v.websocketPort) }] : []),
    ]);
}

/** @returns {Promise<{ ok: true, env: NodeJS.ProcessEnv } | { ok: false, reason: string }>} */
export async function preflight(configPath) {
  const envResult = emulatorEnv();
  if (!envResult.ok) return envResult;
  for (const { name, port } of emulatorPorts(configPath)) {
    if (!(await portFree(port))) {
      return {
        ok: false,
        reason: `Port ${port} (${name} emulator) is already in use: stop whatever holds it (e.g. an earlier 'npm run dev': lsof -i :${port}) and try again.`,
      };
    }
  }
  return envResult;
}
