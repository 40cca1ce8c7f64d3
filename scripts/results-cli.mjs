// Launcher for the results CLI (`npm run --silent results -- export.json`).
// Runs the compiled bundle build/results-cli.mjs, rebuilding it first (quietly)
// when it is missing or older than any source it is built from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outfile = join(root, 'build/results-cli.mjs');
const sources = [
  join(root, 'src/domain/results'),
  join(root, 'scripts/results-cli'),
  join(root, 'scripts/build-cli.mjs'),
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return /\.test\.ts$/.test(path) ? 0 : st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

const stale = !existsSync(outfile) || statSync(outfile).mtimeMs < Math.max(...sources.map(newestMtime));

if (stale) {
  try {
    const { buildCli } = await import('./build-cli.mjs');
    await buildCli({ quiet: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`results: cannot build the CLI (try npm run build:cli):\n${message}\n`);
    process.exit(3);
  }
}

await import(pathToFileURL(outfile).href);
