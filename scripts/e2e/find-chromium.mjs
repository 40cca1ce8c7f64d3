// Finds a Chromium or Chrome for the browser suite: $CHROMIUM_PATH (or
// $CHROME_PATH) if set, else one on PATH. Where there is none and we run as
// root on Debian, installs Debian's `chromium` package (it is not in the npm
// registry; Playwright's own browser download cannot work on these machines).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

function lookup() {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

/** @returns {string} the browser's executable path; throws with one line saying what to install. */
export function findChromium() {
  const found = lookup();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
        stdio: 'inherit',
        env,
      });
    if (install && install.status === 0) {
      const installed = lookup();
      if (installed) return installed;
    }
    throw new Error(
      "Installing Debian's chromium failed (see above): install it by hand (apt-get install chromium) or set CHROMIUM_PATH.",
    );
  }
  throw new Error(
    'No Chromium or Chrome found: install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
}
