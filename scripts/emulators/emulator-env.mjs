// Works out how the Firebase emulators can run on this machine and returns the
// environment to start firebase-tools with.
//
// firebase-tools 15 wants Java 21 and downloads the Firestore emulator and the
// Storage rules runtime at first start. Machines without Java 21 or internet
// (ours: Java 17, npm registry only) still have Google's Firestore emulator
// from the Debian package google-cloud-cli-firestore-emulator. There we:
// - put a `java` shim first on PATH that answers `java -version` with 21 and
//   otherwise runs the real java, redirecting the two "-jar <placeholder>"
//   launches to the installed Firestore jar and to our Storage rules stand-in;
// - point FIRESTORE_/STORAGE_EMULATOR_BINARY_PATH at those placeholders.
// Where Java >= 21 is present, firebase-tools runs untouched.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '../..');
export const PROJECT_ID = 'demo-judging';
export const FIREBASE_CONFIG = join(root, 'firebase.json');

/** The `emulators` section of a firebase.json (the project's by default). */
export function emulatorConfig(configPath = FIREBASE_CONFIG) {
  return JSON.parse(readFileSync(configPath, 'utf8')).emulators;
}

const KNOWN_FIRESTORE_JARS = [
  '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar',
  '/usr/share/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar',
];
const FIRESTORE_MAIN = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';

// `java -version` prints to stderr (and exits 0).
function javaMajorVersion(javaBin = 'java') {
  const run = spawnSync(javaBin, ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const m = /version "(\d+)/.exec(`${run.stderr ?? ''}${run.stdout ?? ''}`);
  return m ? Number(m[1]) : null;
}

// PATH without our java shims: a run started inside another (with-emulators
// inside `npm run test:emulators`) inherits the outer run's shim first on PATH,
// and a shim must never be taken for the real java (it would exec itself).
const SHIM_DIR_NAME = 'emulator-shims';
function pathWithoutShims(path = process.env.PATH ?? '') {
  return path
    .split(delimiter)
    .filter((dir) => dir && basename(dir) !== SHIM_DIR_NAME)
    .join(delimiter);
}

function realJavaPath() {
  try {
    const env = { ...process.env, PATH: pathWithoutShims() };
    return execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8', env }).trim() || null;
  } catch {
    return null;
  }
}

/** Writes `content` unless the file already holds it (a running set may be using it). */
function writeIfChanged(path, content) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
  writeFileSync(path, content);
}

function findFirestoreJar() {
  const fromEnv = process.env.FIRESTORE_EMULATOR_JAR;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const known = KNOWN_FIRESTORE_JARS.find((p) => existsSync(p));
  if (known) return known;
  try {
    const listed = execFileSync('dpkg', ['-L', 'google-cloud-cli-firestore-emulator'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return listed.split('\n').find((l) => l.endsWith('cloud-firestore-emulator.jar')) ?? null;
  } catch {
    return null;
  }
}

/**
 * @returns {{ ok: true, env: NodeJS.ProcessEnv, mode: 'native' | 'shimmed' } | { ok: false, reason: string }}
 */
export function emulatorEnv() {
  const javaBin = realJavaPath();
  if (!javaBin) {
    return {
      ok: false,
      reason:
        "Java is not installed: the Firestore emulator needs it. Install Java 21+ (firebase-tools then downloads the emulators, which needs internet), or Java 17 with Google's google-cloud-cli-firestore-emulator package.",
    };
  }
  const major = javaMajorVersion(javaBin);
  if (major !== null && major >= 21) return { ok: true, env: { ...process.env }, mode: 'native' };

  const jar = findFirestoreJar();
  if (!jar) {
    return {
      ok: false,
      reason: `Java ${major ?? '?'} is older than the 21 firebase-tools needs, and the Firestore emulator jar of Google's package google-cloud-cli-firestore-emulator is not installed: install Java 21+ (with internet access for the emulator download), or that package.`,
    };
  }

  const shimDir = join(root, '.tmp', SHIM_DIR_NAME);
  mkdirSync(shimDir, { recursive: true });
  const firestorePlaceholder = join(shimDir, 'firestore-emulator.jar');
  const storagePlaceholder = join(shimDir, 'storage-rules-runtime.jar');
  // firebase-tools chmods these and checks they exist; the shim never runs them.
  for (const p of [firestorePlaceholder, storagePlaceholder])
    writeIfChanged(p, 'placeholder: see scripts/emulators/emulator-env.mjs\n');

  const standIn = join(here, 'storage-rules-standin.mjs');
  const shim = `#!/bin/sh
# Generated by scripts/emulators/emulator-env.mjs; see the comment there.
for a in "$@"; do
  case "$a" in
    -version) echo 'openjdk version "21.0.0" (shim for firebase-tools; real java: ${javaBin})' >&2; exit 0 ;;
    ${firestorePlaceholder})
      # Drop everything up to and including the jar path, keep the emulator's own flags.
      while [ "$1" != "${firestorePlaceholder}" ]; do shift; done; shift
      exec "${javaBin}" -Duser.language=en -cp "${jar}" ${FIRESTORE_MAIN} "$@" ;;
    ${storagePlaceholder})
      exec "${process.execPath}" "${standIn}" ;;
  esac
done
exec "${javaBin}" "$@"
`;
  const shimPath = join(shimDir, 'java');
  writeIfChanged(shimPath, shim);
  chmodSync(shimPath, 0o755);

  return {
    ok: true,
    mode: 'shimmed',
    env: {
      ...process.env,
      PATH: `${shimDir}${delimiter}${pathWithoutShims()}`,
      FIRESTORE_EMULATOR_BINARY_PATH: firestorePlaceholder,
      STORAGE_EMULATOR_BINARY_PATH: storagePlaceholder,
    },
  };
}
