// Bundles each command line tool (its scripts/<name>-cli/main.ts plus the
// pure engine it uses from src/domain) into one Node ESM file,
// build/<name>-cli.mjs, so the CLIs run from compiled JavaScript with no
// TypeScript tooling:
//   results → build/results-cli.mjs (src/domain/results)
//   assign  → build/assign-cli.mjs  (src/domain/assignment)
//   node scripts/build-cli.mjs        (npm run build:cli; builds every CLI)
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** name → entry point, bundle, and the sources whose changes make the bundle stale. */
export const CLIS = {
  results: {
    entry: join(root, 'scripts/results-cli/main.ts'),
    outfile: join(root, 'build/results-cli.mjs'),
    sources: [
      join(root, 'src/domain/results'),
      join(root, 'scripts/results-cli'),
      join(root, 'scripts/cli-shared'),
      join(root, 'scripts/build-cli.mjs'),
    ],
  },
  assign: {
    entry: join(root, 'scripts/assign-cli/main.ts'),
    outfile: join(root, 'build/assign-cli.mjs'),
    sources: [
      join(root, 'src/domain/assignment'),
      join(root, 'src/domain/results'), // compare-ids
      join(root, 'scripts/assign-cli'),
      join(root, 'scripts/results-cli'), // parse-json
      join(root, 'scripts/cli-shared'),
      join(root, 'scripts/build-cli.mjs'),
    ],
  },
};

/**
 * Builds one CLI into a temporary file then renames it, so several processes
 * that rebuild at once (parallel tests) never import a half-written bundle.
 * With `quiet`, esbuild prints nothing; failures are thrown with esbuild's
 * messages, one per line. Returns the bundle's path.
 */
export async function buildCli({ name = 'results', quiet = false } = {}) {
  const cli = CLIS[name];
  if (!cli) throw new Error(`unknown CLI "${name}" (known: ${Object.keys(CLIS).join(', ')})`);
  const { build } = await import('esbuild');
  mkdirSync(dirname(cli.outfile), { recursive: true });
  const tmp = `${cli.outfile}.${process.pid}.tmp`;
  try {
    await build({
      entryPoints: [cli.entry],
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
    renameSync(tmp, cli.outfile);
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
  return cli.outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const name of Object.keys(CLIS)) {
    try {
      const out = await buildCli({ name });
      console.log(`built ${out.slice(root.length + 1)}`);
    } catch (err) {
      console.error(`build-cli (${name}): ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    }
  }
}
