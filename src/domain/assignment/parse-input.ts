import { forbiddenReason } from './forbidden';
import { INPUT_FORMAT, type Parsed, type ParsedEntry, type ParsedJudge, type PreviousPair } from './types';

/*
 * Hand-written validation, like the results engine's: every refusal is one
 * readable line naming the field path or the entry, every problem is
 * collected (the input is refused whole), and checks that depend on a broken
 * part (capacity checks when an id or `k` is broken) are skipped so one
 * mistake yields one line.
 */

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

/** Short rendering of an offending value for a problem line. */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/** An optional list of strings; `null` or absent is the empty list. */
function readStrings(v: unknown, at: string, problems: string[]): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    problems.push(`${at}: must be an array of strings or null, got ${show(v)}`);
    return [];
  }
  const out: string[] = [];
  v.forEach((x: unknown, i) => {
    if (typeof x === 'string') out.push(x);
    else problems.push(`${at}[${i}]: must be a string, got ${show(x)}`);
  });
  return out;
}

/**
 * Reads a list of objects with unique non-empty ids. Returns null when the
 * list itself is unusable; items with a broken id are left out (their problem
 * is already listed, and the capacity checks are skipped anyway).
 */
function readList<T>(
  raw: unknown,
  name: string,
  problems: string[],
  read: (o: Obj, id: string, at: string) => T,
): T[] | null {
  if (!Array.isArray(raw)) {
    problems.push(`${name}: must be an array, got ${show(raw)}`);
    return null;
  }
  const seen = new Set<string>();
  const out: T[] = [];
  raw.forEach((item: unknown, i) => {
    const at = `${name}[${i}]`;
    if (!isObj(item)) {
      problems.push(`${at}: must be an object, got ${show(item)}`);
      return;
    }
    if (!isNonEmptyString(item.id)) {
      problems.push(`${at}.id: must be a non-empty string, got ${show(item.id)}`);
      return;
    }
    if (seen.has(item.id)) problems.push(`${at}: duplicate id ${JSON.stringify(item.id)}`);
    seen.add(item.id);
    out.push(read(item, item.id, at));
  });
  return out;
}

function readEntry(o: Obj, id: string, at: string, problems: string[]): ParsedEntry {
  let organization = '';
  if (typeof o.organization === 'string') organization = o.organization.trim();
  else if (o.organization !== undefined && o.organization !== null) {
    problems.push(`${at}.organization: must be a string or null, got ${show(o.organization)}`);
  }
  return { id, organization, tags: readStrings(o.tags, `${at}.tags`, problems) };
}

function readJudge(o: Obj, id: string, at: string, problems: string[]): ParsedJudge {
  const organizations = readStrings(o.organizations, `${at}.organizations`, problems)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return {
    id,
    organizations: new Set(organizations),
    tags: new Set(readStrings(o.tags, `${at}.tags`, problems)),
    conflicts: new Set(readStrings(o.conflicts, `${at}.conflicts`, problems)),
  };
}

interface RawPair {
  index: number;
  judgeId: string;
  entryId: string;
  locked: boolean;
}

function readPrevious(raw: unknown, problems: string[]): RawPair[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push(`previous: must be an array or null, got ${show(raw)}`);
    return [];
  }
  const out: RawPair[] = [];
  raw.forEach((item: unknown, i) => {
    const at = `previous[${i}]`;
    if (!isObj(item)) {
      problems.push(`${at}: must be an object, got ${show(item)}`);
      return;
    }
    let ok = true;
    for (const key of ['judgeId', 'entryId'] as const) {
      if (!isNonEmptyString(item[key])) {
        problems.push(`${at}.${key}: must be a non-empty string, got ${show(item[key])}`);
        ok = false;
      }
    }
    const locked = item.locked;
    if (locked !== undefined && locked !== null && typeof locked !== 'boolean') {
      problems.push(`${at}.locked: must be true, false or null, got ${show(locked)}`);
      ok = false;
    }
    if (ok)
      out.push({ index: i, judgeId: item.judgeId as string, entryId: item.entryId as string, locked: locked === true });
  });
  return out;
}

/** `k` is a number with an integer value: `5` and `5.0` are the same in JSON. */
function readK(raw: unknown, problems: string[]): number | null {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1) return raw;
  problems.push('k: must be an integer ≥ 1');
  return null;
}

/**
 * Validates an input object (already parsed from JSON) and returns either the
 * problems, one line each, or the parsed input ready for the solver.
 */
export function parseInput(raw: unknown): Parsed {
  const problems: string[] = [];
  if (!isObj(raw)) return { ok: false, problems: [`input: must be an object, got ${show(raw)}`] };

  if (raw.format !== INPUT_FORMAT) {
    problems.push(`format: must be ${JSON.stringify(INPUT_FORMAT)}, got ${show(raw.format)}`);
  }
  const k = readK(raw.k, problems);
  const entries = readList(raw.entries, 'entries', problems, (o, id, at) => readEntry(o, id, at, problems));
  const judges = readList(raw.judges, 'judges', problems, (o, id, at) => readJudge(o, id, at, problems));
  const rawPrevious = readPrevious(raw.previous, problems);
  if (problems.length > 0 || k === null || entries === null || judges === null) return { ok: false, problems };

  const entryIndex = new Map(entries.map((e, i) => [e.id, i]));
  const judgeIndex = new Map(judges.map((j, i) => [j.id, i]));

  // Deduplicate first ("a pair listed twice counts once, locked if any copy
  // is"), so a pair repeated in `previous` is dropped, kept or moved once.
  const distinct = new Map<string, RawPair>();
  for (const p of rawPrevious) {
    const key = JSON.stringify([p.judgeId, p.entryId]);
    const seen = distinct.get(key);
    if (seen === undefined) distinct.set(key, { ...p });
    else if (p.locked && !seen.locked) {
      seen.locked = true;
      seen.index = p.index; // warnings name the copy that locks it
    }
  }

  const previous: PreviousPair[] = [];
  const warnings: string[] = [];
  let dropped = 0;
  for (const p of distinct.values()) {
    const judge = judgeIndex.get(p.judgeId);
    const entry = entryIndex.get(p.entryId);
    const pair = `judge ${JSON.stringify(p.judgeId)}, entry ${JSON.stringify(p.entryId)}`;
    if (judge === undefined || entry === undefined) {
      dropped += 1;
      if (p.locked) {
        const gone = [judge === undefined ? 'judge' : '', entry === undefined ? 'entry' : '']
          .filter((s) => s !== '')
          .join(' and ');
        warnings.push(`previous[${p.index}]: locked pair (${pair}) dropped: its ${gone} is not in the input`);
      }
      continue;
    }
    if (p.locked) {
      const why = forbiddenReason(judges[judge]!, entries[entry]!);
      if (why !== null) warnings.push(`previous[${p.index}]: locked pair (${pair}) kept although forbidden (${why})`);
    }
    previous.push({ judge, entry, locked: p.locked });
  }

  checkCapacity(k, entries, judges, previous, problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { k, entries, judges, previous, dropped, warnings } };
}

/**
 * Per entry: at most k locked pairs, and at least k allowed judges (not
 * forbidden, or locked). Together these are exactly the condition for some
 * assignment to exist, since loads are free until the balance step, which
 * only chooses among assignments that exist.
 */
function checkCapacity(
  k: number,
  entries: ParsedEntry[],
  judges: ParsedJudge[],
  previous: PreviousPair[],
  problems: string[],
): void {
  const lockedBy = entries.map(() => new Set<number>());
  for (const p of previous) if (p.locked) lockedBy[p.entry]!.add(p.judge);
  entries.forEach((entry, e) => {
    const at = `entries[${e}] (${entry.id})`;
    const locked = lockedBy[e]!;
    if (locked.size > k) {
      problems.push(`${at}: ${locked.size} locked pairs, at most ${k} (k)`);
      return;
    }
    let allowed = 0;
    judges.forEach((judge, j) => {
      if (locked.has(j) || forbiddenReason(judge, entry) === null) allowed += 1;
    });
    if (allowed < k) {
      problems.push(
        `${at}: ${allowed} allowed judges (no conflict, no shared organization; locked ones counted), ${k} needed`,
      );
    }
  });
}
