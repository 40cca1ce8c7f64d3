// Bundles the functions with esbuild. The pure domain code (../src/domain) is
// bundled in from its one source folder, never copied; the Firebase SDKs stay
// external and come from this package's dependencies at deploy time.
import { build } from 'esbuild';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

await build({
  absWorkingDir: here,
  entryPoints: ['src/index.ts'],
  outfile: 'lib/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  packages: 'external',
  // The domain folder is outside this package, so esbuild would otherwise
  // treat its bare imports as external too; it has none but zod.
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
