// Writes a copy of firebase.json whose emulator ports are shifted by `offset`,
// so a second set of emulators can run beside the default one (`npm run dev`,
// `npm run test:emulators`).
//
// The copy is written next to firebase.json, as .firebase.offset-N.json
// (git-ignored), with every path left as it is: firebase-tools takes the
// directory of the --config file as the project directory and resolves the
// config's paths against it; the Functions emulator even path.join()s
// functions[].source onto it, so an absolute source does not survive a config
// written anywhere else.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREBASE_CONFIG, root } from './emulator-env.mjs';
import { portsOf } from './preflight.mjs';

// Ports fetch() refuses to connect to (the WHATWG Fetch standard's "bad ports",
// as in Node's undici and in browsers): an emulator there cannot be reached
// by the tests, the seed or the app.
export const FETCH_BLOCKED_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

const MAX_PORT = 65535;

/** Where configWithPortOffset writes the config for `offset`. */
export function offsetConfigPath(offset) {
  return join(root, `.firebase.offset-${offset}.json`);
}

/**
 * The firebase.json object `cfg` with every emulator port shifted by
 * `offsetArg` (a number, or the digits given on the command line), or why that
 * offset cannot run beside the emulators `cfg` itself describes.
 * @returns {{ ok: true, config: any } | { ok: false, reason: string }}
 */
export function shiftPorts(cfg, offsetArg) {
  const refuse = (why) => ({ ok: false, reason: `--port-offset ${offsetArg} cannot be used: ${why}.` });
  const offset = typeof offsetArg === 'string' && /^\d+$/.test(offsetArg) ? Number(offsetArg) : offsetArg;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset <= 0)
    return refuse('it must be a whole number above 0');
  const base = portsOf(cfg.emulators);
  const baseNames = new Map(base.map(({ name, port }) => [port, name]));
  for (const { name, port } of base) {
    const shifted = port + offset;
    if (shifted > MAX_PORT) return refuse(`it puts ${name} on ${shifted}, above ${MAX_PORT}`);
    const taken = baseNames.get(shifted);
    if (taken)
      return refuse(
        `it puts ${name} on ${shifted}, the ${taken} port of firebase.json, where the default emulators run; pick another offset`,
      );
    if (FETCH_BLOCKED_PORTS.has(shifted))
      return refuse(
        `it puts ${name} on ${shifted}, a port fetch() and browsers refuse to connect to; pick another offset`,
      );
  }
  const config = structuredClone(cfg);
  for (const v of Object.values(config.emulators)) {
    if (v && typeof v === 'object' && 'port' in v) v.port = Number(v.port) + offset;
    if (v && typeof v === 'object' && 'websocketPort' in v) v.websocketPort = Number(v.websocketPort) + offset;
  }
  return { ok: true, config };
}

/**
 * Writes the project's firebase.json with its emulator ports shifted by `offsetArg`.
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function configWithPortOffset(offsetArg) {
  const shifted = shiftPorts(JSON.parse(readFileSync(FIREBASE_CONFIG, 'utf8')), offsetArg);
  if (!shifted.ok) return shifted;
  const path = offsetConfigPath(Number(offsetArg));
  writeFileSync(path, `${JSON.stringify(shifted.config, null, 2)}\n`);
  return { ok: true, path };
}
