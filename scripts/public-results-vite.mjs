// Vite plugin for the public results page (results.html, src/public-results),
// a second entry beside the SPA:
// - `vite` and `vite preview` serve `/r/{cid}` with results.html, as
//   Firebase Hosting does (firebase.json's rewrite before the SPA's `**`);
// - in a build, the page gets its own copy of every module it shares with
//   the SPA (the date formatter, the Firebase config, domain/publication).
//   Rollup would otherwise move each shared module into a chunk of its own,
//   which the SPA would then load as extra requests: adding the page would
//   change the SPA's chunks. The copies weigh a few hundred bytes, and the
//   page stays one JS file with nothing to preload.

const OWN_COPY = '?public-results';
const NO_POLYFILL = '\0public-results-no-polyfill';
const PAGE_HTML = /\/results\.html$/;
const PAGE_DIR = '/src/public-results/';

/** `/r/{cid}` (with an optional trailing slash and query) → `/results.html` with the same query. */
export function rewritePublicResultsUrl(url) {
  if (!/^\/r\/[^/?#]+\/?(?:[?#]|$)/.test(url)) return url;
  const query = url.indexOf('?');
  return `/results.html${query === -1 ? '' : url.slice(query)}`;
}

/** @returns {import('vite').Plugin} */
export function publicResultsPage() {
  /** @type {import('vite').Connect.NextHandleFunction} */
  const rewrite = (req, _res, next) => {
    if (req.url) req.url = rewritePublicResultsUrl(req.url);
    next();
  };
  return {
    name: 'public-results-page',
    // Before Vite's own resolvers, which would otherwise answer first.
    enforce: 'pre',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
    async resolveId(source, importer, options) {
      if (this.environment?.mode !== 'build' || !importer) return null;
      const fromPage = PAGE_HTML.test(importer) || importer.includes(PAGE_DIR) || importer.endsWith(OWN_COPY);
      if (!fromPage) return null;
      if (source === 'vite/modulepreload-polyfill') return NO_POLYFILL;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.includes('\0') || resolved.id.includes('?')) return resolved;
      if (resolved.id.includes(PAGE_DIR) || resolved.id.includes('/node_modules/')) return resolved;
      // Keep package.json's sideEffects verdict, so unused exports still drop out.
      return { ...resolved, id: `${resolved.id}${OWN_COPY}` };
    },
    load: (id) => (id === NO_POLYFILL ? '' : null),
  };
}
