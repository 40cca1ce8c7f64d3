// The registration list (报名汇总表) as a plain table: one header row and one
// row per entry, the same for the CSV and the Excel workbook. Pure: the
// words (column names, statuses, "uploaded") come in already translated, so
// this is tested without i18n and the export speaks the organizer's language.
import type { Competition, Entry, EntryAnswer, EntryIdentity, EntryStatus } from '@/domain/model';
import type { EntryQuestion } from '@/domain/registration/entry-question';

export type Cell = string | number;

export interface RegistrationTable {
  header: string[];
  rows: Cell[][];
}

export const FIXED_COLUMNS = [
  'code',
  'track',
  'status',
  'title',
  'field',
  'team',
  'organization',
  'contactName',
  'phone',
  'email',
  'creditCode',
  'submittedAt',
] as const;
export type FixedColumn = (typeof FIXED_COLUMNS)[number];

export interface RegistrationListWords {
  columns: Record<FixedColumn, string>;
  status: Record<EntryStatus, string>;
  /** How a file answer reads, given the uploaded file's name: "已上传：certificates.pdf". */
  fileAnswer: (fileName: string) => string;
  /** A moment in Beijing time, e.g. "2026-10-25 09:01". */
  dateTime: (millis: number) => string;
  /** 'en' picks the English names and labels where there are any. */
  language: 'zh-CN' | 'en';
}

/**
 * What a spreadsheet must never read as a formula: text starting with = + - @
 * (or a tab or carriage return, which some programs skip before the sign)
 * gets a leading apostrophe. A team could otherwise name itself
 * `=HYPERLINK("http://evil", "点击")` and have the organizer's Excel run it
 * (CSV injection, OWASP).
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const safe = (cell: Cell): Cell => (typeof cell === 'string' ? neutralizeFormula(cell) : cell);

const pick = (language: RegistrationListWords['language'], zh: string, en: string) =>
  language === 'en' && en ? en : zh;

/** The last part of a Storage path: `competitions/c/entries/e/files/ip.pdf` → `ip.pdf`. */
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** An answer as a cell: choices by their label, files as uploaded with their name, numbers as numbers. */
export function answerCell(
  question: EntryQuestion,
  answer: EntryAnswer | undefined,
  words: RegistrationListWords,
): Cell {
  if (answer === undefined || answer === '') return '';
  switch (question.kind) {
    case 'choice': {
      const option = question.options?.find((o) => o.id === answer);
      return option ? pick(words.language, option.label, option.labelEn) : String(answer);
    }
    case 'file':
      return typeof answer === 'string' ? words.fileAnswer(fileName(answer)) : String(answer);
    case 'number':
      return typeof answer === 'number' ? answer : String(answer);
    default:
      return String(answer);
  }
}

export interface RegistrationRowInput {
  entry: Entry;
  identity: EntryIdentity | null;
}

/** The registration list of `rows` (in the order given), with one column per question of the competition. */
export function registrationList(
  competition: Pick<Competition, 'tracks' | 'entryForm'>,
  rows: readonly RegistrationRowInput[],
  words: RegistrationListWords,
): RegistrationTable {
  const questions = competition.entryForm.questions;
  const trackName = new Map(competition.tracks.map((t) => [t.id, pick(words.language, t.name, t.nameEn)]));
  const header = [
    ...FIXED_COLUMNS.map((c) => words.columns[c]),
    ...questions.map((q) => pick(words.language, q.label, q.labelEn)),
  ].map(neutralizeFormula);

  const body = rows.map(({ entry, identity }) =>
    [
      entry.code,
      trackName.get(entry.trackId) ?? entry.trackId,
      words.status[entry.status],
      entry.title,
      entry.field,
      identity?.teamName ?? '',
      identity?.organization ?? '',
      identity?.contactName ?? '',
      identity?.contactPhone ?? '',
      identity?.contactEmail ?? '',
      identity?.creditCode ?? '',
      entry.submittedAt === null ? '' : words.dateTime(entry.submittedAt),
      ...questions.map((q) => answerCell(q, entry.answers[q.id], words)),
    ].map(safe),
  );
  return { header, rows: body };
}

/** "2026-10-25 09:01" in Beijing time, the same on every device. */
export function beijingDateTime(millis: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(millis);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
