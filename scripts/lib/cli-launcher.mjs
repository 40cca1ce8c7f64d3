// Shared launcher of the command line tools (scripts/results-cli.mjs,
// scripts/assign-cli.mjs): runs the compiled bundle build/<name>-cli.mjs,
// rebuilding it first (quietly) when it is missing or older than any source
// it is built from (CLIS in scripts/build-cli.mjs).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLIS, buildCli } from '../build-cli.mjs';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return /\.test\.ts$/.test(path) ? 0 : st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export async function launch(name) {
  const { outfile, sources } = CLIS[name];
  const stale = !existsSync(outfile) || statSync(outfile).mtimeMs < Math.max(...sources.map(newestMtime));
  if (stale) {
    try {
      await buildCli({ name, quiet: true });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`${name}: cannot build the CLI (try npm run build:cli):\n${message}\n`);
      process.exit(3);
    }
  }
  await import(pathToFileURL(outfile).href);
}
