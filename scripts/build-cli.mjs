// Bundles the results CLI (scripts/results-cli/main.ts plus the results
// engine in src/domain/results) into one Node ESM file, build/results-cli.mjs,
// so the CLI runs from compiled JavaScript with no TypeScript tooling.
//   node scripts/build-cli.mjs        (npm run build:cli)
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const CLI_ENTRY = join(root, 'scripts/results-cli/main.ts');
export const CLI_OUTFILE = join(root, 'build/results-cli.mjs');

/**
 * Builds into a temporary file then renames it, so several processes that
 * rebuild at once (parallel tests) never import a half-written bundle.
 * With `quiet`, esbuild prints nothing; failures are thrown with esbuild's
 * messages, one per line.
 */
export async function buildCli({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  mkdirSync(dirname(CLI_OUTFILE), { recursive: true });
  const tmp = `${CLI_OUTFILE}.${process.pid}.tmp`;
  try {
    await build({
      entryPoints: [CLI_ENTRY],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      legalComments: 'none',
      logLevel: quiet ? 'silent' : 'warning',
      // papaparse is CommonJS; give its lazy require() calls a real require.
      banner: {
        js: "import { createRequire as __cliCreateRequire } from 'node:module'; const require = __cliCreateRequire(import.meta.url);",
      },
    });
    renameSync(tmp, CLI_OUTFILE);
  } catch (err) {
    rmSync(tmp, { force: true });
    const errors = err && Array.isArray(err.errors) ? err.errors : [];
    if (errors.length > 0) {
      const lines = errors.map((e) =>
        e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ${e.text}` : e.text,
      );
      throw new Error(lines.join('\n'));
    }
    throw err;
  }
  return CLI_OUTFILE;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const out = await buildCli();
    console.log(`built ${out.slice(root.length + 1)}`);
  } catch (err) {
    console.error(`build-cli: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
