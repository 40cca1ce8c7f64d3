/**
 * A readable line per field of an audit event's `data`: known fields get a
 * translated label and a value made readable by the page (ids to names and
 * entry codes); any other field shows as `key: value`, so nothing a newer
 * function writes is hidden. Pure: the page passes the lookups.
 */

/** Fields with a translated label (`auditLog.fields.<key>`), in the order they show. */
export const KNOWN_FIELDS = [
  'reason',
  'answer',
  'decision',
  'from',
  'to',
  'code',
  'entryCodes',
  'seed',
  'fromCodes',
  'score',
  'missing',
  'roundId',
  'fromRoundId',
  'entryId',
  'judgeUid',
  'role',
  'email',
  'section',
  'scope',
  'n',
  'entryIds',
  'tiedAtCut',
  'excluded',
  'version',
  'versionId',
  'noticeUntil',
  'sheets',
  'added',
  'removed',
  'skipped',
  'assignmentsAdded',
  'assignmentsRemoved',
  'strategy',
  'replacement',
  'previousStatus',
  'exportSha256',
] as const;

export type KnownField = (typeof KNOWN_FIELDS)[number];

export interface SummaryLine {
  /** The data key. */
  key: string;
  /** True when `auditLog.fields.<key>` labels it. */
  known: boolean;
  value: string;
}

export interface SummaryLookups {
  entryCode: (entryId: string) => string;
  roundName: (roundId: string) => string;
  personName: (uid: string) => string;
  /** Epoch ms (or an ISO string) as a Beijing time. */
  time: (value: number | string) => string;
}

/** Lists longer than this show their first items and how many more. */
const LIST_MAX = 12;
/** Values longer than this (a pools object, say) are cut. */
const TEXT_MAX = 200;

const cut = (text: string) => (text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text);

function plain(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function list(value: unknown, each: (item: string) => string): string {
  if (!Array.isArray(value)) return plain(value);
  const items = value.map((v) => (typeof v === 'string' ? each(v) : plain(v)));
  if (items.length === 0) return '—';
  const more = items.length > LIST_MAX ? ` … (+${items.length - LIST_MAX})` : '';
  return items.slice(0, LIST_MAX).join(', ') + more;
}

function knownValue(key: KnownField, value: unknown, look: SummaryLookups): string {
  const str = (f: (s: string) => string) => (typeof value === 'string' ? f(value) : plain(value));
  switch (key) {
    case 'roundId':
    case 'fromRoundId':
      return str(look.roundName);
    case 'entryId':
      return str(look.entryCode);
    case 'judgeUid':
    case 'replacement':
      return str(look.personName);
    case 'entryIds':
    case 'tiedAtCut':
    case 'excluded':
      return list(value, look.entryCode);
    case 'entryCodes':
    case 'fromCodes':
      return list(value, (s) => s);
    case 'exportSha256':
      return str((s) => s.slice(0, 12));
    case 'noticeUntil':
      return typeof value === 'number' || typeof value === 'string' ? look.time(value) : plain(value);
    case 'skipped':
      return Array.isArray(value) ? String(value.length) : plain(value);
    default:
      return Array.isArray(value) ? list(value, (s) => s) : plain(value);
  }
}

/** The lines of an event's data: known fields first in a fixed order, then the others by key. */
export function summarizeData(data: Readonly<Record<string, unknown>>, look: SummaryLookups): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const key of KNOWN_FIELDS) {
    if (Object.hasOwn(data, key)) lines.push({ key, known: true, value: cut(knownValue(key, data[key], look)) });
  }
  const others = Object.keys(data)
    .filter((k) => !(KNOWN_FIELDS as readonly string[]).includes(k))
    .sort();
  for (const key of others) lines.push({ key, known: false, value: cut(plain(data[key])) });
  return lines;
}
