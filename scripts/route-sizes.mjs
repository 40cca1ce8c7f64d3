// Per-route JavaScript weight of the production build (part of npm run bench):
// for each route, the gzipped JS a browser downloads before the page shows,
// i.e. the entry chunk and every lazy route module on the route's path, each
// with the chunks it imports statically. Modules loaded later on demand (the
// PDF viewer, a chart) are not counted. Reads Vite's build manifest.
//
//   node scripts/route-sizes.mjs           build, then print the table
//   node scripts/route-sizes.mjs --no-build  use the existing dist/
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './emulators/emulator-env.mjs';

/** The budget issues 7 and 8 set for the team's and the judge's routes. */
export const BUDGET_KB = 250;

/**
 * Pages with an entry of their own (not the SPA's index.html), each with the
 * budget its issue set: the public results page (issue 10), opened from a
 * QR code on a phone, loads at most 60 kB.
 */
export const PAGES = [{ path: '/r/:cid (results.html)', entry: 'results.html', budgetKb: 60 }];

// The route modules on each reported route's path, as nested in
// src/app/router.tsx (a unit test checks that they are all there).
const R = (name) => `src/app/routes/${name}.tsx`;
export const ROUTES = [
  { path: '/sign-in', modules: [R('root'), R('guest-layout'), R('sign-in')] },
  { path: '/explore', modules: [R('root'), R('explore-layout'), R('explore')] },
  { path: '/explore/:cid', modules: [R('root'), R('explore-layout'), R('explore-competition')] },
  { path: '/explore/:cid/register', modules: [R('root'), R('explore-layout'), R('explore-register')] },
  { path: '/c/:cid/team', modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('team-home')] },
  {
    path: '/c/:cid/team/entries/:eid',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('team-entry')],
  },
  {
    path: '/c/:cid/team/entries/:eid/receipt',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('team-receipt')],
  },
  { path: '/c/:cid/judge', modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('judge-home')] },
  {
    path: '/c/:cid/judge/rounds/:rid/entries/:eid',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('judge-entry')],
  },
  {
    path: '/c/:cid/organizer',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-home')],
  },
  {
    path: '/c/:cid/organizer/results',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-results')],
  },
  {
    path: '/c/:cid/organizer/assignment',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-assignment')],
  },
  { path: '/competitions/new', modules: [R('root'), R('signed-in-layout'), R('shell-layout'), R('competition-new')] },
  {
    path: '/c/:cid/organizer/settings',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-settings')],
  },
  {
    path: '/c/:cid/organizer/people',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-people')],
  },
  {
    path: '/c/:cid/organizer/entries',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-entries')],
  },
  {
    path: '/c/:cid/organizer/entries/:eid',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-entry')],
  },
  {
    path: '/c/:cid/organizer/dashboard',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-dashboard')],
  },
  {
    path: '/c/:cid/organizer/publish',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-publish')],
  },
  {
    path: '/c/:cid/organizer/fairness',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-fairness')],
  },
  {
    path: '/c/:cid/organizer/objections',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-objections')],
  },
  {
    path: '/c/:cid/organizer/advance',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-advance')],
  },
  {
    path: '/c/:cid/organizer/audit',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-audit')],
  },
  {
    path: '/c/:cid/judge/stage/:rid',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('judge-stage')],
  },
  {
    path: '/c/:cid/organizer/stage',
    modules: [R('root'), R('signed-in-layout'), R('competition-layout'), R('organizer-stage')],
  },
  { path: '/invite/:cid/:token', modules: [R('root'), R('invite')] },
  { path: '/screen/:token', modules: [R('root'), R('screen')] },
];

/** The chunk files a manifest key loads, with everything it imports statically. */
function closure(manifest, key, out = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest: is it still a route module?`);
  if (out.has(chunk.file)) return out;
  out.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, out);
  return out;
}

/** Every SPA route, then every page of its own, with its budget. */
export function routeSizes(distDir = join(root, 'dist')) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const gzipped = new Map();
  const sizeOf = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(distDir, file))).length);
    return gzipped.get(file);
  };
  const weigh = (path, keys, budgetKb) => {
    const files = new Set();
    for (const key of keys) closure(manifest, key, files);
    const js = [...files].filter((f) => f.endsWith('.js'));
    return { path, kb: js.reduce((sum, f) => sum + sizeOf(f), 0) / 1000, chunks: js.length, budgetKb };
  };
  return [
    ...ROUTES.map(({ path, modules }) => weigh(path, ['index.html', ...modules], BUDGET_KB)),
    ...PAGES.map(({ path, entry, budgetKb }) => weigh(path, [entry], budgetKb)),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const rows = routeSizes();
  console.log(`\n${'route'.padEnd(36)} gzipped JS before the page shows`);
  for (const { path, kb, chunks, budgetKb } of rows) {
    const over = kb > budgetKb ? `  over the ${budgetKb} kB budget` : '';
    console.log(`${path.padEnd(36)} ${kb.toFixed(1).padStart(6)} kB in ${chunks} chunks${over}`);
  }
}
