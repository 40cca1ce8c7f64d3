// Bundles the functions with esbuild. The pure domain code (../src/domain) is
// bundled in from its one source folder, never copied; the Firebase SDKs and
// zod stay external and come from this package's dependencies at deploy time.
//   node functions/build.mjs          build once
//   node functions/build.mjs --watch  rebuild on change (npm run dev)
import { context } from 'esbuild';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const watch = process.argv.includes('--watch');

const ctx = await context({
  absWorkingDir: here,
  entryPoints: ['src/index.ts'],
  outfile: 'lib/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  packages: 'external',
  logLevel: watch ? 'info' : 'warning',
});

if (watch) {
  await ctx.watch();
  const stop = () => ctx.dispose().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  await ctx.rebuild();
  await ctx.dispose();
}
