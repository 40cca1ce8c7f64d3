// Waits until the emulator hub lists every emulator the app uses and each
// answers on its port.
import { emulatorConfig } from './emulator-env.mjs';
import { ALL_EMULATORS } from './emulator-list.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitForEmulators({ timeoutMs = 120_000, configPath } = {}) {
  const cfg = emulatorConfig(configPath);
  const hub = `http://${cfg.hub.host}:${cfg.hub.port}/emulators`;
  const wanted = ALL_EMULATORS.split(',');
  const deadline = Date.now() + timeoutMs;
  let missing = wanted;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(hub);
      if (res.ok) {
        const running = await res.json();
        missing = wanted.filter((name) => !running[name]);
        if (missing.length === 0) return;
      }
    } catch {
      /* hub not up yet */
    }
    await sleep(500);
  }
  throw new Error(
    `The emulators did not start within ${timeoutMs / 1000} s (still waiting for: ${missing.join(', ')}); see the log above.`,
  );
}
