// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rewritePublicResultsUrl } from './public-results-vite.mjs';

describe('public results route (vite dev and preview)', () => {
  it('serves /r/{cid} with results.html, keeping the query', () => {
    expect(rewritePublicResultsUrl('/r/xining-2021')).toBe('/results.html');
    expect(rewritePublicResultsUrl('/r/xining-2021/')).toBe('/results.html');
    expect(rewritePublicResultsUrl('/r/xining-2021?v=1&lang=en')).toBe('/results.html?v=1&lang=en');
  });

  it('leaves every other path to the SPA and the assets', () => {
    for (const url of ['/', '/r', '/r/', '/r/a/b', '/results', '/c/xining-2021/organizer', '/assets/r/x.js']) {
      expect(rewritePublicResultsUrl(url)).toBe(url);
    }
  });
});
