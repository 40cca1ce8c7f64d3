// Award certificates (获奖证书): one page per award-winning entry. The page
// model is pure so that what a certificate says is tested without a PDF;
// the PDF drawing lives with the page that offers the download.
import type { ResultSection, ResultRowModel } from './result-table';

export interface CertificatePage {
  competitionTitle: string;
  /** The award tier, e.g. 一等奖. Never empty: no award, no certificate. */
  award: string;
  /** The track, when the award is given per track (e.g. 企业组). */
  trackName: string;
  entryTitle: string;
  code: string;
  team: string;
  organization: string;
  /** The date printed, already formatted (e.g. 2021年10月25日). */
  date: string;
  organizer: string;
}

export interface CertificateContext {
  competitionTitle: string;
  organizer: string;
  date: string;
  /** Whether awards are given per track (the track is printed under the award). */
  perTrack: boolean;
}

/** Thrown when asked for a certificate of an entry that won nothing. */
export class NoAwardError extends Error {
  constructor(code: string) {
    super(`Entry ${code} has no award: no certificate is made for it.`);
    this.name = 'NoAwardError';
  }
}

/** The certificate of one result row; refuses a row without an award. */
export function certificatePage(row: ResultRowModel, context: CertificateContext): CertificatePage {
  if (row.rank === null || row.award.trim() === '') throw new NoAwardError(row.code);
  return {
    competitionTitle: context.competitionTitle,
    award: row.award,
    trackName: context.perTrack ? row.trackName : '',
    entryTitle: row.title,
    code: row.code,
    team: row.team,
    organization: row.organization,
    date: context.date,
    organizer: context.organizer,
  };
}

/** The certificates of a computation: its award winners only, group by group in rank order. */
export function certificatePages(sections: readonly ResultSection[], context: CertificateContext): CertificatePage[] {
  return sections.flatMap((s) =>
    s.rows.filter((r) => r.rank !== null && r.award !== '').map((r) => certificatePage(r, context)),
  );
}

/** "2021年10月25日" in Beijing time: how a Chinese certificate is dated. */
export function certificateDate(millis: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(millis);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}年${get('month')}月${get('day')}日`;
}

/** Every character the certificates print, so a font can be checked (or subset) for them. */
export function certificateText(pages: readonly CertificatePage[], fixed: readonly string[]): string {
  return [...fixed, ...pages.flatMap((p) => Object.values(p))].join('');
}
