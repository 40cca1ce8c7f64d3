/**
 * Stands in for `re2js` in the SPA build (vite.config.ts aliases it here).
 *
 * Firestore v12 imports re2js only to evaluate the regular expressions of
 * pipeline queries (`like`, `regexContains`, `regexMatch`) on the device. The
 * app runs no pipeline queries, and re2js is about 40 kB of the entry page's
 * gzipped JavaScript, so it is left out. Firestore calls it inside try/catch:
 * were a pipeline ever to use it, that expression would evaluate to an error
 * (and this message be logged), never crash the page.
 */
export const RE2JS = {
  compile(): never {
    throw new Error(
      'Regular expressions in Firestore pipeline queries are not bundled in this app (re2js is stubbed).',
    );
  },
};
