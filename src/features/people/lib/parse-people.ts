import { normalizeEmail } from '@/domain/model';
import { INVITATION_LIMITS, invitedPersonSchema } from '@/domain/people';

// The organizer's list of people to invite, from a pasted text or a sheet.
// Parsing is lenient (whatever the line holds is shown), checking is strict
// (a row with a problem is shown with it and never sent).

/** One person as read, before checking; `line` counts from 1 in the text or sheet. */
export interface PersonRow {
  line: number;
  name: string;
  email: string;
}

/** A row's problem: which field, and a translation key (`validation.*`, or the duplicate's). */
export interface RowProblem {
  field: 'name' | 'email';
  message: string;
}

export interface CheckedRow extends PersonRow {
  problems: RowProblem[];
}

/** What createInvitations accepts at once. */
export const MAX_PEOPLE = INVITATION_LIMITS.people;
export const DUPLICATE_MESSAGE = 'people.invite.duplicate';
/** A line with no @ anywhere: more helpful than "required". */
export const NO_EMAIL_MESSAGE = 'people.invite.noEmail';

const hasAt = (cell: string) => cell.includes('@');
/** `张三 <zhang@x.com>` and `mailto:` links as mail clients copy them. */
const cleanEmail = (cell: string) =>
  cell
    .trim()
    .replace(/^<|>$/g, '')
    .replace(/^mailto:/i, '');

/**
 * A person from the cells of one line: the cell with an @ is the email, the
 * others together the name (in whichever order they came).
 */
function fromCells(cells: string[], line: number): PersonRow {
  const parts = cells.map((c) => c.trim()).filter(Boolean);
  const at = parts.findIndex(hasAt);
  if (at < 0) return { line, name: parts.join(' '), email: '' };
  const name = parts
    .filter((_, i) => i !== at)
    .join(' ')
    .trim();
  return { line, name, email: cleanEmail(parts[at] ?? '') };
}

/** Splits a line on tabs, else commas (ASCII, full-width or 、; a sheet pasted as text), else spaces. */
function splitLine(text: string): string[] {
  if (text.includes('\t')) return text.split('\t');
  if (/[,，;；、]/.test(text)) return text.split(/[,，;；、]/);
  return text.split(/\s+/);
}

/**
 * People pasted one per line: `张三 zhang@x.com`, `张三, zhang@x.com`,
 * tab-separated (a spreadsheet's rows copied), or an email alone.
 */
export function parsePastedPeople(text: string): PersonRow[] {
  return (
    text
      .split(/\r?\n/)
      .map((raw, i) => ({ raw: raw.trim(), line: i + 1 }))
      .filter(({ raw }) => raw !== '')
      // `张三<zhang@x.com>`: the brackets part name and email even without a space.
      .map(({ raw, line }) => fromCells(splitLine(raw.replace(/<([^<>]*@[^<>]*)>/, ' $1 ')), line))
  );
}

const NAME_HEADERS = ['姓名', '名字', '名称', 'name', 'full name'];
const EMAIL_HEADERS = ['邮箱', '电子邮箱', '邮件', '电子邮件', 'email', 'e-mail', 'mail'];

const headerIndex = (header: string[], names: string[]) =>
  header.findIndex((cell) => names.some((n) => cell === n || cell.includes(n)));

/**
 * People from a sheet's rows (CSV or Excel). With a header row naming the
 * columns (姓名 / name and 邮箱 / email, any case), those columns; without
 * one, the first two columns (the one with an @ is the email).
 */
export function parsePeopleTable(rows: readonly (readonly string[])[]): PersonRow[] {
  const first = rows[0] ?? [];
  const header = first.map((c) => c.trim().toLowerCase());
  const emailAt = header.some(hasAt) ? -1 : headerIndex(header, EMAIL_HEADERS);
  const nameAt = emailAt < 0 ? -1 : headerIndex(header, NAME_HEADERS);
  const body =
    emailAt < 0 ? rows.map((r, i) => ({ r, line: i + 1 })) : rows.slice(1).map((r, i) => ({ r, line: i + 2 }));
  return body
    .filter(({ r }) => r.some((c) => c.trim() !== ''))
    .map(({ r, line }) =>
      emailAt < 0
        ? fromCells(r.slice(0, 2), line)
        : { line, name: (nameAt < 0 ? '' : (r[nameAt] ?? '')).trim(), email: cleanEmail(r[emailAt] ?? '') },
    );
}

/**
 * Checks every row with the schema the function uses (so what passes here
 * passes there) and marks an email already on an earlier row (the first one
 * counts). Emails come back lower-cased and names trimmed, as invitations
 * store them.
 */
export function checkPeople(rows: readonly PersonRow[]): CheckedRow[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const parsed = invitedPersonSchema.safeParse({ name: row.name, email: row.email });
    const email = normalizeEmail(row.email);
    const problems: RowProblem[] = parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          field: issue.path[0] === 'name' ? 'name' : 'email',
          message: issue.path[0] === 'email' && !email ? NO_EMAIL_MESSAGE : issue.message,
        }));
    if (parsed.success && seen.has(email)) problems.push({ field: 'email', message: DUPLICATE_MESSAGE });
    seen.add(email);
    return { line: row.line, name: parsed.success ? parsed.data.name : row.name.trim(), email, problems };
  });
}

/** The rows that can be sent. */
export const sendablePeople = (rows: readonly CheckedRow[]) =>
  rows.filter((r) => r.problems.length === 0).map(({ name, email }) => ({ name, email }));
