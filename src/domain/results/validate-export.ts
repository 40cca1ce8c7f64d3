import {
  EXPORT_FORMAT,
  type AggregationMethod,
  type CompetitionConfig,
  type Criterion,
  type EntryStatus,
  type Normalization,
  type RankingScope,
  type SheetStatus,
  type ValidEntry,
  type Validation,
} from './types';
import { compareIds } from './compare-ids';

/*
 * Hand-written validation, one pass over the sheets. Hand-written rather than
 * a schema library because (a) every refusal must be one readable line that
 * names the entry, the sheet (entry + judge) or the field path, and (b) a real
 * export holds ~10^5 sheets and this runs inside the CLI benchmark budget.
 *
 * Every problem is collected (the export is refused as a whole, never
 * partially); checks that depend on a broken part (e.g. score ranges when a
 * criterion's max is invalid) are skipped so one mistake yields one line.
 */

type Obj = Record<string, unknown>;

const METHODS: readonly AggregationMethod[] = ['mean', 'median', 'trimmed-mean'];
const NORMALIZATIONS: readonly Normalization[] = ['none', 'zscore'];
const SCOPES: readonly RankingScope[] = ['overall', 'track'];
const ENTRY_STATUSES: readonly EntryStatus[] = ['submitted', 'withdrawn', 'disqualified'];
const SHEET_STATUSES: readonly SheetStatus[] = ['submitted', 'draft', 'recused'];

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
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

/**
 * The spec asks weight > 0 and max > 0. Far outside everyday values the sheet
 * total's products over- or underflow double precision (a weight of 1e-320
 * turns every score into 0), so such rubrics are refused rather than computed
 * wrongly. Weights are relative: any rubric can be rescaled into the range.
 */
const WEIGHT_RANGE = [1e-6, 1e6] as const;
const MAX_RANGE = [1e-6, 1e9] as const;

function inRange(v: unknown, [lo, hi]: readonly [number, number]): v is number {
  return isFiniteNumber(v) && v >= lo && v <= hi;
}

function rangeText([lo, hi]: readonly [number, number]): string {
  return `must be a number > 0, between ${lo} and ${hi}`;
}

function oneOf(list: readonly string[]): string {
  return list.map((x) => `"${x}"`).join(', ');
}

/** What the entry and sheet checks need from the (possibly broken) config. */
interface ConfigDraft {
  config: CompetitionConfig;
  /** Criterion id -> index in config.criteria; null when criteria are unusable. */
  criterionIndex: Map<string, number> | null;
  /** Per criterion: max, or NaN when the max itself is invalid. */
  maxes: number[];
  /** Known tracks; null when `tracks` itself is invalid. */
  trackSet: Set<string> | null;
}

function readCompetition(raw: unknown, problems: string[]): ConfigDraft {
  const config: CompetitionConfig = {
    id: '',
    criteria: [],
    method: 'mean',
    trim: 1,
    normalization: 'none',
    minSheets: 1,
    scope: 'overall',
    tracks: [],
    awards: [],
  };
  const draft: ConfigDraft = { config, criterionIndex: null, maxes: [], trackSet: null };
  if (!isObj(raw)) {
    problems.push(`competition: must be an object, got ${show(raw)}`);
    return draft;
  }

  if (isNonEmptyString(raw.id)) config.id = raw.id;
  else problems.push(`competition.id: must be a non-empty string, got ${show(raw.id)}`);

  readCriteria(raw.rubric, draft, problems);
  readAggregation(raw.aggregation, config, problems);

  const ranking = raw.ranking;
  let scopeKnown = false;
  if (!isObj(ranking)) {
    problems.push(`competition.ranking: must be an object, got ${show(ranking)}`);
  } else if (SCOPES.includes(ranking.scope as RankingScope)) {
    config.scope = ranking.scope as RankingScope;
    scopeKnown = true;
  } else {
    problems.push(`competition.ranking.scope: must be one of ${oneOf(SCOPES)}, got ${show(ranking.scope)}`);
  }

  readTracks(raw.tracks, draft, problems);
  if (scopeKnown) readAwards(raw.awards, draft, problems);
  else if (raw.awards !== undefined && !Array.isArray(raw.awards)) {
    problems.push(`competition.awards: must be an array, got ${show(raw.awards)}`);
  }
  return draft;
}

function readCriteria(rubric: unknown, draft: ConfigDraft, problems: string[]): void {
  if (!isObj(rubric)) {
    problems.push(`competition.rubric: must be an object, got ${show(rubric)}`);
    return;
  }
  const list = rubric.criteria;
  if (!Array.isArray(list) || list.length === 0) {
    problems.push(`competition.rubric.criteria: must be a non-empty array, got ${show(list)}`);
    return;
  }
  const index = new Map<string, number>();
  const criteria: Criterion[] = [];
  const maxes: number[] = [];
  list.forEach((c: unknown, i) => {
    const at = `competition.rubric.criteria[${i}]`;
    if (!isObj(c)) {
      problems.push(`${at}: must be an object, got ${show(c)}`);
      return;
    }
    const name = isNonEmptyString(c.id) ? ` (${c.id})` : '';
    if (!isNonEmptyString(c.id)) {
      problems.push(`${at}.id: must be a non-empty string, got ${show(c.id)}`);
    } else if (index.has(c.id)) {
      problems.push(`${at}${name}: duplicate criterion id "${c.id}"`);
    }
    const weightOk = inRange(c.weight, WEIGHT_RANGE);
    if (!weightOk) problems.push(`${at}.weight${name}: ${rangeText(WEIGHT_RANGE)}, got ${show(c.weight)}`);
    const maxOk = inRange(c.max, MAX_RANGE);
    if (!maxOk) problems.push(`${at}.max${name}: ${rangeText(MAX_RANGE)}, got ${show(c.max)}`);
    if (isNonEmptyString(c.id) && !index.has(c.id)) {
      index.set(c.id, criteria.length);
      criteria.push({ id: c.id, weight: weightOk ? (c.weight as number) : NaN, max: maxOk ? (c.max as number) : NaN });
      maxes.push(maxOk ? (c.max as number) : NaN);
    }
  });
  draft.config.criteria = criteria;
  draft.criterionIndex = index;
  draft.maxes = maxes;
}

function readAggregation(raw: unknown, config: CompetitionConfig, problems: string[]): void {
  const at = 'competition.aggregation';
  if (!isObj(raw)) {
    problems.push(`${at}: must be an object, got ${show(raw)}`);
    return;
  }
  if (METHODS.includes(raw.method as AggregationMethod)) config.method = raw.method as AggregationMethod;
  else problems.push(`${at}.method: must be one of ${oneOf(METHODS)}, got ${show(raw.method)}`);

  if (raw.trim !== undefined) {
    if (Number.isInteger(raw.trim) && (raw.trim as number) >= 0) config.trim = raw.trim as number;
    else problems.push(`${at}.trim: must be an integer >= 0, got ${show(raw.trim)}`);
  }

  // No default for normalization: silently assuming "none" for an export
  // meant for "zscore" would publish different results.
  if (NORMALIZATIONS.includes(raw.normalization as Normalization)) {
    config.normalization = raw.normalization as Normalization;
  } else {
    problems.push(`${at}.normalization: must be one of ${oneOf(NORMALIZATIONS)}, got ${show(raw.normalization)}`);
  }

  if (raw.minSheets !== undefined) {
    if (Number.isInteger(raw.minSheets) && (raw.minSheets as number) >= 1) config.minSheets = raw.minSheets as number;
    else problems.push(`${at}.minSheets: must be an integer >= 1, got ${show(raw.minSheets)}`);
  }
}

function readTracks(raw: unknown, draft: ConfigDraft, problems: string[]): void {
  const { config } = draft;
  if (raw === undefined) {
    if (config.scope === 'track') problems.push('competition.tracks: required under track scope');
    draft.trackSet = config.scope === 'track' ? null : new Set();
    return;
  }
  if (!Array.isArray(raw)) {
    problems.push(`competition.tracks: must be an array of track ids, got ${show(raw)}`);
    return;
  }
  const set = new Set<string>();
  raw.forEach((t: unknown, i) => {
    if (!isNonEmptyString(t)) problems.push(`competition.tracks[${i}]: must be a non-empty string, got ${show(t)}`);
    else if (set.has(t)) problems.push(`competition.tracks[${i}]: duplicate track "${t}"`);
    else set.add(t);
  });
  config.tracks = [...set];
  draft.trackSet = set;
}

function readAwards(raw: unknown, draft: ConfigDraft, problems: string[]): void {
  const { config, trackSet } = draft;
  if (raw === undefined) return;
  if (!Array.isArray(raw)) {
    problems.push(`competition.awards: must be an array, got ${show(raw)}`);
    return;
  }
  // Tier ids must be unique within a ranking group, or `award` would be ambiguous.
  const seen = new Set<string>();
  raw.forEach((t: unknown, i) => {
    const at = `competition.awards[${i}]`;
    if (!isObj(t)) {
      problems.push(`${at}: must be an object, got ${show(t)}`);
      return;
    }
    const id = isNonEmptyString(t.id) ? t.id : null;
    const name = id ? ` (${id})` : '';
    if (!id) problems.push(`${at}.id: must be a non-empty string, got ${show(t.id)}`);
    if (t.label !== undefined && typeof t.label !== 'string') {
      problems.push(`${at}.label${name}: must be a string, got ${show(t.label)}`);
    }
    const countOk = Number.isInteger(t.count) && (t.count as number) >= 0;
    if (!countOk) problems.push(`${at}.count${name}: must be an integer >= 0, got ${show(t.count)}`);

    let track: string | null = null;
    let trackOk = true;
    if (config.scope === 'track') {
      if (!isNonEmptyString(t.track)) {
        trackOk = false;
        problems.push(`${at}.track${name}: required under track scope, got ${show(t.track)}`);
      } else if (trackSet && !trackSet.has(t.track)) {
        trackOk = false;
        problems.push(`${at}.track${name}: unknown track "${t.track}" (not in competition.tracks)`);
      } else {
        track = t.track;
      }
    } else if (t.track !== undefined && t.track !== null) {
      trackOk = false;
      problems.push(`${at}.track${name}: must be absent under overall scope, got ${show(t.track)}`);
    }

    if (id && trackOk) {
      const key = `${track ?? ''}\u0000${id}`;
      if (seen.has(key)) {
        problems.push(`${at}${name}: duplicate tier id "${id}"${track ? ` in track "${track}"` : ''}`);
      }
      seen.add(key);
    }
    if (id && countOk && trackOk) {
      config.awards.push({ id, label: typeof t.label === 'string' ? t.label : id, count: t.count as number, track });
    }
  });
}

function readEntries(raw: unknown, draft: ConfigDraft, problems: string[]): ValidEntry[] {
  if (!Array.isArray(raw)) {
    problems.push(`entries: must be an array, got ${show(raw)}`);
    return [];
  }
  const { config, trackSet } = draft;
  const entries: ValidEntry[] = [];
  const firstAt = new Map<string, number>();
  for (let i = 0; i < raw.length; i++) {
    const e: unknown = raw[i];
    if (!isObj(e)) {
      problems.push(`entries[${i}]: must be an object, got ${show(e)}`);
      continue;
    }
    if (!isNonEmptyString(e.id)) {
      problems.push(`entries[${i}].id: must be a non-empty string, got ${show(e.id)}`);
      continue;
    }
    const at = `entries[${i}] (${e.id})`;
    const first = firstAt.get(e.id);
    if (first !== undefined) {
      problems.push(`${at}: duplicate entry id "${e.id}" (first at entries[${first}])`);
      continue;
    }
    firstAt.set(e.id, i);

    let track: string | null = null;
    if (e.track === undefined || e.track === null) {
      if (config.scope === 'track') problems.push(`${at}: track is required under track scope`);
    } else if (typeof e.track !== 'string') {
      problems.push(`${at}: track must be a string, got ${show(e.track)}`);
    } else if (trackSet && !trackSet.has(e.track)) {
      problems.push(`${at}: unknown track "${e.track}" (not in competition.tracks)`);
    } else {
      track = e.track;
    }

    let title = '';
    if (typeof e.title === 'string') title = e.title;
    else if (e.title !== undefined) problems.push(`${at}: title must be a string, got ${show(e.title)}`);

    let status: EntryStatus = 'submitted';
    if (ENTRY_STATUSES.includes(e.status as EntryStatus)) status = e.status as EntryStatus;
    else if (e.status !== undefined) {
      problems.push(`${at}: status must be one of ${oneOf(ENTRY_STATUSES)}, got ${show(e.status)}`);
    }
    entries.push({ id: e.id, track, title, status, sheets: [] });
  }
  return entries;
}

function sheetAt(i: number, s: Obj, entryId: string | null, judgeId: string | null): string {
  return `sheets[${i}] (entry ${entryId ?? show(s.entryId)}, judge ${judgeId ?? show(s.judgeId)})`;
}

interface SheetProblem {
  index: number;
  text: string;
}

function readSheets(raw: unknown, draft: ConfigDraft, byId: Map<string, ValidEntry>, problems: string[]): void {
  if (!Array.isArray(raw)) {
    problems.push(`sheets: must be an array, got ${show(raw)}`);
    return;
  }
  const { config, criterionIndex, maxes } = draft;
  const criteria = config.criteria;
  const nCrit = criteria.length;
  const found: SheetProblem[] = [];

  for (let i = 0; i < raw.length; i++) {
    const s: unknown = raw[i];
    if (!isObj(s)) {
      found.push({ index: i, text: `sheets[${i}]: must be an object, got ${show(s)}` });
      continue;
    }
    const entryId = isNonEmptyString(s.entryId) ? s.entryId : null;
    const judgeId = isNonEmptyString(s.judgeId) ? s.judgeId : null;
    // The sheet's label is built only when there is a problem: no string
    // or closure is allocated per sheet on the happy path.
    if (!entryId)
      found.push({ index: i, text: `${sheetAt(i, s, entryId, judgeId)}: entryId must be a non-empty string` });
    if (!judgeId)
      found.push({ index: i, text: `${sheetAt(i, s, entryId, judgeId)}: judgeId must be a non-empty string` });
    const entry = entryId ? byId.get(entryId) : undefined;
    if (entryId && !entry)
      found.push({ index: i, text: `${sheetAt(i, s, entryId, judgeId)}: unknown entry "${entryId}"` });
    const status = s.status;
    if (status !== 'submitted' && status !== 'draft' && status !== 'recused') {
      found.push({
        index: i,
        text: `${sheetAt(i, s, entryId, judgeId)}: status must be one of ${oneOf(SHEET_STATUSES)}, got ${show(status)}`,
      });
      continue;
    }
    const scores = s.scores;
    // Drafts and recused sheets are ignored, so only their shape is checked:
    // an unfinished draft may legitimately lack scores.
    if (status !== 'submitted' || !entry || entry.status !== 'submitted') {
      if (scores !== undefined && scores !== null && !isObj(scores)) {
        found.push({
          index: i,
          text: `${sheetAt(i, s, entryId, judgeId)}: scores must be an object, got ${show(scores)}`,
        });
      }
      continue;
    }
    if (!isObj(scores)) {
      found.push({
        index: i,
        text: `${sheetAt(i, s, entryId, judgeId)}: scores must be an object, got ${show(scores)}`,
      });
      continue;
    }
    if (!criterionIndex) continue; // rubric broken: already reported
    const values = new Array<number>(nCrit);
    let present = 0;
    let missing: string[] | null = null;
    for (let c = 0; c < nCrit; c++) {
      const crit = criteria[c]!;
      // Own keys only: a criterion called "constructor" must not find Object's.
      const v = Object.hasOwn(scores, crit.id) ? scores[crit.id] : undefined;
      values[c] = typeof v === 'number' ? v : NaN;
      if (v === undefined) {
        (missing ??= []).push(crit.id);
        continue;
      }
      present++;
      if (!isFiniteNumber(v)) {
        found.push({
          index: i,
          text: `${sheetAt(i, s, entryId, judgeId)}: scores.${crit.id} must be a number, got ${show(v)}`,
        });
      } else if (v < 0 || v > maxes[c]!) {
        found.push({
          index: i,
          text: `${sheetAt(i, s, entryId, judgeId)}: scores.${crit.id} = ${v} is out of range [0, ${maxes[c]!}]`,
        });
      }
    }
    if (missing)
      found.push({ index: i, text: `${sheetAt(i, s, entryId, judgeId)}: missing score for ${missing.join(', ')}` });
    // Unknown criteria: count keys without allocating; list them only if any.
    let keyCount = 0;
    for (const k in scores) if (Object.hasOwn(scores, k)) keyCount++;
    if (keyCount !== present) {
      for (const k of Object.keys(scores)) {
        if (!criterionIndex.has(k))
          found.push({ index: i, text: `${sheetAt(i, s, entryId, judgeId)}: unknown criterion "${k}" in scores` });
      }
    }
    // Kept even when broken, so a duplicate is reported alongside its other
    // problems (the export is refused anyway, the values are never used).
    if (judgeId)
      entry.sheets.push({
        entryId: entry.id,
        judgeId,
        scores: values,
        index: i,
      });
  }

  // One judge, one counted sheet per entry. Sorting by judgeId also gives
  // each entry a canonical sheet order, so every later sum is independent
  // of the order of sheets in the export.
  for (const entry of byId.values()) {
    const list = entry.sheets;
    if (list.length < 2) continue;
    list.sort((a, b) => compareIds(a.judgeId, b.judgeId) || a.index - b.index);
    for (let k = 1; k < list.length; k++) {
      const prev = list[k - 1]!;
      const cur = list[k]!;
      if (prev.judgeId === cur.judgeId) {
        found.push({
          index: cur.index,
          text:
            `sheets[${cur.index}] (entry ${cur.entryId}, judge ${cur.judgeId}): ` +
            `second counted sheet by judge ${cur.judgeId} for entry ${cur.entryId} (also sheets[${prev.index}])`,
        });
      }
    }
  }
  found.sort((a, b) => a.index - b.index);
  for (const f of found) problems.push(f.text);
}

/**
 * Checks an export against results format v1 and returns either the
 * validated model (defaults applied) or every problem found, one line each.
 */
export function validateExport(input: unknown): Validation {
  const problems: string[] = [];
  if (!isObj(input)) return { ok: false, problems: [`export: must be a JSON object, got ${show(input)}`] };
  if (input.format !== EXPORT_FORMAT) {
    problems.push(`format: must be "${EXPORT_FORMAT}", got ${show(input.format)}`);
  }
  const draft = readCompetition(input.competition, problems);
  const entries = readEntries(input.entries, draft, problems);
  const byId = new Map<string, ValidEntry>();
  for (const e of entries) byId.set(e.id, e);
  readSheets(input.sheets, draft, byId, problems);
  if (problems.length > 0) return { ok: false, problems: problems.map(oneLine) };
  return { ok: true, value: { config: draft.config, entries } };
}

/**
 * Problem lines quote ids and titles from the export as they are; a line
 * break inside one would split a problem over two lines (or forge a second
 * one), so control characters are shown escaped.
 */
function oneLine(problem: string): string {
  // eslint-disable-next-line no-control-regex
  return problem.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => JSON.stringify(ch).slice(1, -1));
}
