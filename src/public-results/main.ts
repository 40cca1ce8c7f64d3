// The public results page (results.html, served at /r/{cid}): its own small
// entry, without React, i18next or the Firebase SDK, so a phone opening it
// from a QR code downloads a few kilobytes. It reads the published file from
// Cloud Storage once; version and language switches re-render from it.
import './styles.css';
import { loadResults } from './load-results';
import { render, type PageState, type RenderContext } from './render';
import { competitionIdFromPath, storageLocation } from './storage-url';
import { pickLanguage, type Language } from './strings';

const root = document.getElementById('app');
if (!root) throw new Error('results.html has no #app element');
const app: HTMLElement = root;

const cid = competitionIdFromPath(window.location.pathname);
const files = storageLocation();
let state: PageState = cid ? { kind: 'loading' } : { kind: 'unknown' };

const browserLanguages = () => (navigator.languages?.length ? navigator.languages : [navigator.language]);
const requestedVersion = (): number | null => {
  const v = Number(new URLSearchParams(window.location.search).get('v'));
  return Number.isInteger(v) && v > 0 ? v : null;
};

function hrefFor(change: { lang?: Language; v?: number | null }): string {
  const params = new URLSearchParams(window.location.search);
  if (change.lang) params.set('lang', change.lang);
  if (change.v === null) params.delete('v');
  else if (change.v !== undefined) params.set('v', String(change.v));
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

function draw(): void {
  if (state.kind === 'ok') state = { ...state, requestedVersion: requestedVersion() };
  const ctx: RenderContext = {
    lang: pickLanguage(window.location.search, browserLanguages()),
    now: Date.now(),
    cid: cid ?? '',
    location: files,
    hrefFor,
    pageUrl: (v) => `${window.location.origin}${window.location.pathname}${v === null ? '' : `?v=${v}`}`,
    navigate(href) {
      const versionBefore = requestedVersion();
      window.history.pushState(null, '', href);
      draw();
      if (requestedVersion() !== versionBefore) window.scrollTo(0, 0);
    },
    retry: () => void load(),
    print: () => window.print(),
  };
  render(app, state, ctx);
}

async function load(): Promise<void> {
  if (!cid) return;
  state = { kind: 'loading' };
  draw();
  const outcome = await loadResults(files, cid);
  state = outcome.kind === 'ok' ? { kind: 'ok', file: outcome.file, requestedVersion: null } : outcome;
  draw();
}

window.addEventListener('popstate', draw);
draw();
void load();
