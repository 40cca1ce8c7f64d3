// The public results page, rendered from the published file: the latest
// version (or the one asked for with ?v=), its notice state, every version
// one click away, and how to re-check the numbers. Scores are shown exactly
// as published (strings with 2 decimals), never re-rounded.
import {
  confidencePercent,
  versionState,
  type PublicResultsFile,
  type PublishedEntry,
  type PublishedTier,
  type PublishedVersion,
} from '@/domain/publication';
import { formatDateTime } from '@/lib/format/date';
import { el } from './dom';
import { downloadUrl, exportPath, fullResultsPath, type StorageLocation } from './storage-url';
import { format, STRINGS, type Language, type StringKey } from './strings';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'unknown' }
  | { kind: 'not-published' }
  | { kind: 'network' }
  | { kind: 'unreadable' }
  | { kind: 'ok'; file: PublicResultsFile; requestedVersion: number | null };

export interface RenderContext {
  lang: Language;
  now: number;
  cid: string;
  location: StorageLocation;
  /** The page's address to print on paper (this version's). */
  pageUrl(version: number | null): string;
  /** The page's own URL with these query parameters changed. */
  hrefFor(change: { lang?: Language; v?: number | null }): string;
  /** Follows one of the page's own links without reloading (the file is already here). */
  navigate(href: string): void;
  retry(): void;
  print(): void;
}

export function render(root: HTMLElement, state: PageState, ctx: RenderContext): void {
  const t = (key: StringKey, params?: Record<string, string | number>) => format(STRINGS[ctx.lang][key], params);
  document.documentElement.lang = ctx.lang;

  const link = (href: string, label: string, attrs: Record<string, string> = {}) => {
    const a = el('a', { href, ...attrs }, label);
    a.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      ctx.navigate(href);
    });
    return a;
  };

  const toolbar = el(
    'div',
    { class: 'pr-toolbar' },
    state.kind === 'ok' && button(t('print'), ctx.print, 'pr-button pr-button--quiet'),
    link(ctx.hrefFor({ lang: ctx.lang === 'en' ? 'zh-CN' : 'en' }), t('switchLanguage'), {
      class: 'pr-button pr-button--quiet',
      lang: ctx.lang === 'en' ? 'zh-CN' : 'en',
    }),
  );

  if (state.kind !== 'ok') {
    document.title = t('pageTitle');
    root.replaceChildren(
      el(
        'header',
        { class: 'pr-header' },
        el('div', { class: 'pr-bar' }, el('span', { class: 'pr-eyebrow' }, t('eyebrow')), toolbar),
      ),
      el('main', { class: 'pr-main' }, messageFor(state.kind)),
    );
    return;
  }

  const { file } = state;
  const latest = file.versions.reduce((a, b) => (b.version > a.version ? b : a));
  const first = file.versions.reduce((a, b) => (b.version < a.version ? b : a));
  const asked = state.requestedVersion;
  const shown = (asked !== null && file.versions.find((v) => v.version === asked)) || latest;
  const en = ctx.lang === 'en';
  const pick = (zh: string, english: string | undefined) => (en && english ? english : zh);
  const title = pick(file.competition.title, file.competition.titleEn);
  const date = (millis: number) => formatDateTime(millis, ctx.lang);
  document.title = `${title} · ${t('pageTitle')}`;

  root.replaceChildren(
    el(
      'header',
      { class: 'pr-header' },
      el('div', { class: 'pr-bar' }, el('span', { class: 'pr-eyebrow' }, t('eyebrow')), toolbar),
      el('h1', {}, title),
      el(
        'p',
        { class: 'pr-organizer' },
        t('organizer', { name: pick(file.competition.organizerName, file.competition.organizerNameEn) }),
      ),
      el(
        'p',
        { class: 'pr-print-only pr-muted' },
        t('onlineAt', { url: ctx.pageUrl(shown.version === latest.version ? null : shown.version) }),
      ),
    ),
    el(
      'main',
      { class: 'pr-main' },
      asked !== null &&
        shown.version !== asked &&
        el('p', { class: 'pr-note' }, t('versionMissing', { version: asked })),
      versionSection(shown, latest),
      awardsSection(shown),
      file.versions.length > 1 && versionsSection(shown),
      recheckSection(shown),
    ),
  );

  function versionSection(version: PublishedVersion, newest: PublishedVersion): HTMLElement {
    const state = versionState(version, newest.version, ctx.now);
    const badge =
      state === 'notice'
        ? el('p', { class: 'pr-state pr-state--notice' }, t('stateNotice', { date: date(version.noticeUntil ?? 0) }))
        : state === 'final'
          ? el('p', { class: 'pr-state pr-state--final' }, t('stateFinal'))
          : el('p', { class: 'pr-state pr-state--superseded' }, t('stateSuperseded', { latest: newest.version }));
    return el(
      'section',
      { class: 'pr-version', 'aria-labelledby': 'pr-version-heading' },
      el(
        'h2',
        { id: 'pr-version-heading' },
        t('versionHeading', { version: version.version, round: pick(version.roundName, version.roundNameEn) }),
      ),
      badge,
      state === 'notice' && el('p', { class: 'pr-muted' }, t('stateNoticeHelp')),
      state === 'superseded' &&
        el(
          'p',
          { class: 'pr-screen-only' },
          link(ctx.hrefFor({ v: null }), t('viewLatest', { latest: newest.version })),
        ),
      version.version === 1
        ? el('p', {}, t('publishedOn', { date: date(version.publishedAt) }))
        : el('p', {}, t('firstPublishedOn', { date: date(first.publishedAt) })),
      version.version > 1 &&
        version.reason &&
        el(
          'p',
          { class: 'pr-reason' },
          t('updatedBecause', { date: date(version.publishedAt), reason: version.reason }),
        ),
    );
  }

  function awardsSection(version: PublishedVersion): HTMLElement {
    const samples = confidenceSamples(version);
    return el(
      'section',
      { class: 'pr-awards', 'aria-labelledby': 'pr-awards-heading' },
      el('h2', { id: 'pr-awards-heading' }, t('awardsHeading')),
      samples !== null &&
        el(
          'p',
          { class: 'pr-muted pr-confidence-help' },
          t('confidenceHelp', { samples, seed: version.confidence?.seed ?? '' }),
        ),
      version.tiers.length === 0 && el('p', { class: 'pr-muted' }, t('noTiers')),
      ...version.tiers.map((tier, i) => tierSection(tier, `pr-tier-${i}`, samples)),
    );
  }

  /** The winner's award confidence and 95 % rank range, when the version publishes them. */
  function confidenceLine(entry: PublishedEntry, samples: number | null): HTMLElement | null {
    const c = entry.confidence;
    if (samples === null || !c || ![c.sameAward, c.rankLow, c.rankHigh].every(Number.isFinite)) return null;
    const range =
      c.rankLow === c.rankHigh
        ? t('confidenceRank', { rank: c.rankLow })
        : t('confidenceRange', { low: c.rankLow, high: c.rankHigh });
    return el(
      'span',
      { class: 'pr-confidence' },
      // Each part on one line ("rank 2–4" never split); the line breaks between them.
      el('span', {}, t('confidenceShare', { percent: confidencePercent(c.sameAward, samples) })),
      ' · ',
      el('span', {}, range),
    );
  }

  function tierSection(tier: PublishedTier, id: string, samples: number | null): HTMLElement {
    const label = pick(tier.label, tier.labelEn);
    const heading = tier.track ? t('tierTrack', { tier: label, track: pick(tier.trackName, tier.trackNameEn) }) : label;
    if (tier.entries.length === 0) {
      return el('section', { class: 'pr-tier' }, el('h3', {}, heading), el('p', { class: 'pr-muted' }, t('tierEmpty')));
    }
    const columns: [StringKey, string][] = [
      ['colRank', 'pr-rank'],
      ['colCode', 'pr-code'],
      ['colTitle', 'pr-title'],
      ['colTeam', 'pr-team'],
      ['colOrganization', 'pr-org'],
      ['colScore', 'pr-score'],
    ];
    return el(
      'section',
      { class: 'pr-tier', 'aria-labelledby': id },
      el('h3', { id }, heading),
      el(
        'table',
        { class: 'pr-table', 'aria-labelledby': id },
        el('thead', {}, el('tr', {}, ...columns.map(([key, cls]) => el('th', { scope: 'col', class: cls }, t(key))))),
        el(
          'tbody',
          {},
          ...tier.entries.map((entry) =>
            el(
              'tr',
              {},
              el('td', { class: 'pr-rank' }, String(entry.rank)),
              el('td', { class: 'pr-code', 'data-label': t('colCode') }, entry.code),
              el('td', { class: 'pr-title' }, entry.title, confidenceLine(entry, samples)),
              el('td', { class: 'pr-team' }, entry.team),
              el('td', { class: 'pr-org' }, entry.organization),
              el('td', { class: 'pr-score' }, entry.score),
            ),
          ),
        ),
      ),
    );
  }

  function versionsSection(current: PublishedVersion): HTMLElement {
    const newestFirst = [...file.versions].sort((a, b) => b.version - a.version);
    return el(
      'section',
      { class: 'pr-versions pr-screen-only', 'aria-labelledby': 'pr-versions-heading' },
      el('h2', { id: 'pr-versions-heading' }, t('versionsHeading')),
      el('p', { class: 'pr-muted' }, t('versionsIntro')),
      el(
        'ol',
        { class: 'pr-version-list' },
        ...newestFirst.map((v) => {
          const label = t('versionItem', { version: v.version, date: date(v.publishedAt) });
          const isCurrent = v.version === current.version;
          return el(
            'li',
            {},
            isCurrent
              ? el('span', { 'aria-current': 'page' }, label, ' ', t('versionItemCurrent'))
              : link(ctx.hrefFor({ v: v.version === latest.version ? null : v.version }), label),
            v.reason &&
              el('span', { class: 'pr-muted pr-version-reason' }, t('versionItemReason', { reason: v.reason })),
          );
        }),
      ),
    );
  }

  function recheckSection(version: PublishedVersion): HTMLElement {
    const path = version.exportPath || exportPath(ctx.cid, version.version);
    const confidence = confidenceSamples(version) !== null ? version.confidence : undefined;
    const m = version.method;
    const method = !m
      ? null
      : t('recheckMethod', {
          method:
            m.method === 'trimmed-mean'
              ? t('methodTrimmed', { trim: m.trim })
              : m.method === 'median'
                ? t('methodMedian')
                : t('methodMean'),
          normalization: m.normalization === 'zscore' ? t('normalizationZscore') : t('normalizationNone'),
          minSheets: m.minSheets,
        });
    return el(
      'section',
      { class: 'pr-recheck', 'aria-labelledby': 'pr-recheck-heading' },
      el('h2', { id: 'pr-recheck-heading' }, t('recheckHeading')),
      el('p', {}, t('recheckIntro')),
      method && el('p', { class: 'pr-muted' }, method),
      el(
        'ol',
        { class: 'pr-steps' },
        el(
          'li',
          {},
          t('recheckStep1'),
          ' ',
          el(
            'a',
            {
              class: 'pr-download',
              href: downloadUrl(ctx.location, path),
              download: `${ctx.cid}-v${version.version}-export.json`,
            },
            t('recheckDownload', { version: version.version }),
          ),
        ),
        el('li', {}, t('recheckStep2'), el('code', { class: 'pr-hash' }, version.exportSha256)),
        el('li', {}, t('recheckStep3'), el('code', { class: 'pr-command' }, 'npm run --silent results -- export.json')),
        el(
          'li',
          {},
          t('recheckStep4'),
          ' ',
          el(
            'a',
            {
              class: 'pr-full-results',
              href: downloadUrl(ctx.location, fullResultsPath(ctx.cid, version.version)),
              download: `${ctx.cid}-v${version.version}-results.json`,
            },
            t('recheckFullResults', { version: version.version }),
          ),
          el('code', { class: 'pr-command' }, 'diff <(npm run --silent results -- export.json) results.json'),
        ),
        confidence &&
          el(
            'li',
            {},
            t('recheckConfidence'),
            el(
              'code',
              { class: 'pr-command' },
              `npm run --silent results -- export.json --confidence --samples ${confidence.samples} --seed ${confidence.seed}`,
            ),
          ),
      ),
      version.computedAt > 0 && el('p', { class: 'pr-muted' }, t('computedAt', { date: date(version.computedAt) })),
    );
  }

  function messageFor(kind: Exclude<PageState['kind'], 'ok'>): HTMLElement {
    if (kind === 'loading') return el('p', { class: 'pr-loading', role: 'status' }, t('loading'));
    const [title, body] = (
      {
        unknown: ['unknownTitle', 'unknownBody'],
        'not-published': ['notPublishedTitle', 'notPublishedBody'],
        network: ['networkTitle', 'networkBody'],
        unreadable: ['unreadableTitle', 'unreadableBody'],
      } as const
    )[kind];
    const canRetry = kind === 'network' || kind === 'unreadable';
    return el(
      'section',
      { class: 'pr-message', role: kind === 'network' ? 'alert' : 'status' },
      el('h1', {}, t(title)),
      el('p', {}, t(body)),
      canRetry && button(t('retry'), ctx.retry, 'pr-button'),
    );
  }
}

/** B of a version that publishes the award confidence, or null (absent, or not a count it can divide by). */
function confidenceSamples(version: PublishedVersion): number | null {
  const samples = version.confidence?.samples;
  return typeof samples === 'number' && Number.isInteger(samples) && samples > 0 ? samples : null;
}

function button(label: string, onClick: () => void, className: string): HTMLButtonElement {
  const b = el('button', { type: 'button', class: className }, label);
  b.addEventListener('click', onClick);
  return b;
}
